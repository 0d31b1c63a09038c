using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Tests.Calendars;

public class SoftPeriodTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    // Ramadan 2021: 13 April to 12 May, ±1 day by moon sighting and country (REVIEW-MECHANISMS.md §6.2, §7).
    private static readonly SoftPeriod Ramadan2021 = SoftPeriod.Religious(
        "Ramadan 1442", new DateInterval(new LocalDate(2021, 4, 13), new LocalDate(2021, 5, 12)), 1, SoftPeriodSeverity.Warning);

    [Theory]
    [InlineData("Two days before", 2021, 4, 11, false)]
    [InlineData("Uncertain first day", 2021, 4, 12, true)]
    [InlineData("Expected first day", 2021, 4, 13, true)]
    [InlineData("Expected last day", 2021, 5, 12, true)]
    [InlineData("Uncertain last day", 2021, 5, 13, true)]
    [InlineData("Two days after", 2021, 5, 14, false)]
    public void Touches_RamadanWithOneDayUncertainty_CountsTheMargin(string name, int y, int m, int d, bool expected)
    {
        Ramadan2021.Touches(new LocalDate(y, m, d)).Should().Be(expected, name);
    }

    [Fact]
    public void PossibleDates_RamadanWithOneDayUncertainty_WidensBothEnds()
    {
        (Ramadan2021.PossibleDates == new DateInterval(new LocalDate(2021, 4, 12), new LocalDate(2021, 5, 13))).Should().BeTrue(Ramadan2021.PossibleDates.ToString());
        Ramadan2021.ToString().Should().Be("Ramadan 1442 2021-04-13/2021-05-12 \u00b11d (Religious, Warning)");
    }

    [Fact]
    public void SoftPeriodsTouching_VisitEndingOnUncertainDay_FindsRamadan()
    {
        var egypt = Egypt();

        egypt.SoftPeriodsTouching(new DateInterval(new LocalDate(2021, 4, 5), new LocalDate(2021, 4, 12))).Should().Equal(Ramadan2021);
        egypt.SoftPeriodsTouching(new DateInterval(new LocalDate(2021, 4, 5), new LocalDate(2021, 4, 11))).Should().BeEmpty();
        egypt.SoftPeriodsOn(new LocalDate(2021, 5, 13)).Should().Equal(Ramadan2021);
    }

    [Fact]
    public void SoftPeriodsOn_OverlappingPeriods_ReturnsAllInStartOrder()
    {
        var election = SoftPeriod.Election("Parliamentary election", new DateInterval(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 3)));
        var egypt = new WorkingCalendarBuilder("EGY", Tzdb["Africa/Cairo"]).AddSoftPeriod(election).AddSoftPeriod(Ramadan2021).Build();

        egypt.SoftPeriodsOn(new LocalDate(2021, 5, 2)).Should().Equal(Ramadan2021, election);
        egypt.SoftPeriods.Should().Equal(Ramadan2021, election);
        election.Severity.Should().Be(SoftPeriodSeverity.Warning);
        election.Kind.Should().Be(SoftPeriodKind.Election);
    }

    [Fact]
    public void SoftPeriod_NeverChangesWorkingDays()
    {
        var egypt = Egypt();

        egypt.IsWorkingDay(new LocalDate(2021, 4, 15)).Should().BeTrue("Thursday in Ramadan is still a working day");
        egypt.IsWorkingDay(new LocalDate(2021, 4, 16)).Should().BeFalse("Friday is the Egyptian weekend");
    }

    [Fact]
    public void SoftPeriodsTouching_ZonedRangeInAnotherZone_ComparesInstants()
    {
        var vienna = Tzdb["Europe/Vienna"];
        var newYork = Tzdb["America/New_York"];
        var closure = new SoftPeriod("Christmas week", new DateInterval(new LocalDate(2025, 12, 25), new LocalDate(2025, 12, 31)), SoftPeriodKind.Other, SoftPeriodSeverity.Hard, 0);
        var seat = new WorkingCalendarBuilder("UNOV", vienna).AddSoftPeriod(closure).Build();

        // 24 Dec in New York is [24T05:00Z, 25T05:00Z); 25 Dec in Vienna starts at 24T23:00Z: six shared hours.
        seat.SoftPeriodsTouching(ZonedDateRange.ForDay(new LocalDate(2025, 12, 24), newYork)).Should().Equal(closure);
        seat.SoftPeriodsTouching(ZonedDateRange.ForDay(new LocalDate(2025, 12, 24), vienna)).Should().BeEmpty();
        seat.SoftPeriodsTouching(ZonedDateRange.ForDay(new LocalDate(2025, 12, 23), newYork)).Should().BeEmpty();
    }

    [Fact]
    public void SoftPeriodsTouching_DefaultRange_ThrowsArgumentNamingRange()
    {
        var act = () => Egypt().SoftPeriodsTouching(default(ZonedDateRange));

        act.Should().Throw<ArgumentException>().WithParameterName("range");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public void Constructor_UncertaintyOutOfRange_ThrowsArgumentOutOfRangeNamingIt(int days)
    {
        var act = () => SoftPeriod.Religious("Ramadan", new DateInterval(new LocalDate(2021, 4, 13), new LocalDate(2021, 5, 12)), days, SoftPeriodSeverity.Warning);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("uncertaintyDays");
    }

    [Fact]
    public void Constructor_EmptyName_ThrowsArgument()
    {
        var act = () => SoftPeriod.Election(" ", new DateInterval(new LocalDate(2021, 4, 13), new LocalDate(2021, 5, 12)));

        act.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void PossibleDates_NearFirstSupportedDate_ClampsInsteadOfThrowing()
    {
        var period = SoftPeriod.Religious("Early", new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(3)), 5, SoftPeriodSeverity.Hard);

        period.PossibleDates.Start.Should().Be(LocalDate.MinIsoValue);
        period.PossibleDates.End.Should().Be(LocalDate.MinIsoValue.PlusDays(8));
    }

    [Fact]
    public void Equality_SameFields_AreEqual()
    {
        var copy = SoftPeriod.Religious("Ramadan 1442", new DateInterval(new LocalDate(2021, 4, 13), new LocalDate(2021, 5, 12)), 1, SoftPeriodSeverity.Warning);

        copy.Should().Be(Ramadan2021);
        copy.GetHashCode().Should().Be(Ramadan2021.GetHashCode());
        copy.Should().NotBe(SoftPeriod.Religious("Ramadan 1442", copy.Dates, 2, SoftPeriodSeverity.Warning));
    }

    private static WorkingCalendar Egypt() =>
        new WorkingCalendarBuilder("EGY", Tzdb["Africa/Cairo"])
            .AddWeekendRule(WeekendRule.FridaySaturday)
            .AddSoftPeriod(Ramadan2021)
            .Build();
}
