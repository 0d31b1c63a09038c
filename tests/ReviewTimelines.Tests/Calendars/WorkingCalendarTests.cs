using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Tests.Calendars;

public class WorkingCalendarTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    [Fact]
    public void BC25_FiveWorkingDayStage_IsraelAndAustria_EndOnTheirOwnWorkingDays()
    {
        var israel = new WorkingCalendarBuilder("ISR", Tzdb["Asia/Jerusalem"]).AddWeekendRule(WeekendRule.FridaySaturday).Build();
        var austria = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"])
            .AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday")
            .Build();

        var inIsrael = israel.WorkingDaysFrom(new LocalDate(2025, 6, 8), 5);
        var inAustria = austria.WorkingDaysFrom(new LocalDate(2025, 6, 8), 5);

        (inIsrael == new DateInterval(new LocalDate(2025, 6, 8), new LocalDate(2025, 6, 12))).Should().BeTrue(inIsrael.ToString());
        israel.DeadlineInstant(inIsrael.End, DeadlineRoll.None).Should().Be(Instant.FromUtc(2025, 6, 12, 21, 0));
        (inAustria == new DateInterval(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 16))).Should().BeTrue(inAustria.ToString());
        austria.DeadlineInstant(inAustria.End, DeadlineRoll.None).Should().Be(Instant.FromUtc(2025, 6, 16, 22, 0));
    }

    [Fact]
    public void BC25_UaeWeekendChange_UsesRuleInForceOnEachDate()
    {
        var uae = new WorkingCalendarBuilder("ARE", Tzdb["Asia/Dubai"])
            .AddWeekendRule(new WeekendRule(new LocalDate(2006, 9, 1), [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]))
            .AddWeekendRule(new WeekendRule(new LocalDate(2022, 1, 1), [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]))
            .Build();

        var window = uae.WorkingDaysFrom(new LocalDate(2021, 12, 30), 3);

        window.End.Should().Be(new LocalDate(2022, 1, 4));
        uae.IsWorkingDay(new LocalDate(2021, 12, 31)).Should().BeFalse();
        uae.IsWorkingDay(new LocalDate(2022, 1, 2)).Should().BeFalse();
        uae.DeadlineInstant(window.End, DeadlineRoll.None).Should().Be(Instant.FromUtc(2022, 1, 4, 20, 0));
    }

    [Fact]
    public void BC25_FixedRules_WouldGiveTheWrongWindows()
    {
        var fixedFriSat = new WorkingCalendarBuilder("ARE-fixed", Tzdb["Asia/Dubai"]).AddWeekendRule(WeekendRule.FridaySaturday).Build();
        var fixedSatSun = new WorkingCalendarBuilder("ARE-fixed", Tzdb["Asia/Dubai"]).Build();

        fixedFriSat.WorkingDaysFrom(new LocalDate(2021, 12, 30), 3).End.Should().Be(new LocalDate(2022, 1, 3));
        fixedSatSun.WorkingDaysFrom(new LocalDate(2021, 12, 30), 3).End.Should().Be(new LocalDate(2022, 1, 3));
        fixedSatSun.IsWorkingDay(new LocalDate(2021, 12, 31)).Should().BeTrue();
    }

    [Fact]
    public void BC25_UaeWeekendChange_WeekendRuleOnEachSideOfTheChange()
    {
        var uae = Uae();

        uae.WeekendRuleOn(new LocalDate(2021, 12, 31)).WeekendDays.Should().Equal(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday);
        uae.WeekendRuleOn(new LocalDate(2022, 1, 1)).WeekendDays.Should().Equal(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday);
        uae.WeekendRuleOn(new LocalDate(2006, 8, 31)).Should().Be(WeekendRule.SaturdaySunday, "no rule is in force before the first effective date");
        uae.CountWorkingDays(new DateInterval(new LocalDate(2021, 12, 30), new LocalDate(2022, 1, 4))).Should().Be(3);
    }

    [Theory]
    [InlineData(2004, 5, "2004-05-31")]
    [InlineData(2004, 6, "2004-06-30")]
    [InlineData(2004, 7, "2004-07-30")]
    [InlineData(2004, 8, "2004-08-31")]
    [InlineData(2004, 9, "2004-09-30")]
    [InlineData(2004, 10, "2004-10-29")]
    [InlineData(2004, 11, "2004-11-30")]
    [InlineData(2004, 12, "2004-12-31")]
    [InlineData(2005, 1, "2005-01-31")]
    [InlineData(2005, 2, "2005-02-28")]
    [InlineData(2005, 3, "2005-03-31")]
    [InlineData(2005, 4, "2005-04-29")]
    public void BC17a_LastWorkingDayOfMonth_SaturdaySundayCountry(int year, int month, string expected)
    {
        var calendar = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"]).AddWeekendRule(WeekendRule.SaturdaySunday).Build();

        calendar.LastWorkingDayOfMonth(new YearMonth(year, month)).Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value);
    }

    [Fact]
    public void BC17b_LastWorkingDayOfMonth_FridaySaturdayCountry2025()
    {
        var israel = new WorkingCalendarBuilder("ISR", Tzdb["Asia/Jerusalem"]).AddWeekendRule(WeekendRule.FridaySaturday).Build();
        var satSun = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"]).Build();
        var months = Enumerable.Range(1, 6).Select(m => new YearMonth(2025, m)).ToList();

        months.Select(israel.LastWorkingDayOfMonth).Should().Equal(
            new LocalDate(2025, 1, 30), new LocalDate(2025, 2, 27), new LocalDate(2025, 3, 31),
            new LocalDate(2025, 4, 30), new LocalDate(2025, 5, 29), new LocalDate(2025, 6, 30));
        months.Select(satSun.LastWorkingDayOfMonth).Should().Equal(
            new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), new LocalDate(2025, 3, 31),
            new LocalDate(2025, 4, 30), new LocalDate(2025, 5, 30), new LocalDate(2025, 6, 30));
    }

    [Fact]
    public void LastWorkingDayOfMonth_HolidayOnLastDay_SkipsIt()
    {
        var calendar = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"])
            .AddClosure(new DateInterval(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 31)), "Year-end closure")
            .Build();

        calendar.LastWorkingDayOfMonth(new YearMonth(2025, 12)).Should().Be(new LocalDate(2025, 12, 23));
        calendar.FirstWorkingDayOfMonth(new YearMonth(2025, 11)).Should().Be(new LocalDate(2025, 11, 3));
    }

    [Fact]
    public void LastWorkingDayOfMonth_MonthFullyClosed_ThrowsInvalidOperation()
    {
        var calendar = new WorkingCalendarBuilder("X", DateTimeZone.Utc)
            .AddClosure(new DateInterval(new LocalDate(2025, 8, 1), new LocalDate(2025, 8, 31)), "Summer closure")
            .Build();

        var act = () => calendar.LastWorkingDayOfMonth(new YearMonth(2025, 8));

        act.Should().Throw<InvalidOperationException>().WithMessage("*2025-08*");
    }

    [Theory]
    [InlineData("Working day unchanged", 2025, 6, 10, DeadlineRoll.NextWorkingDay, 2025, 6, 10)]
    [InlineData("Whit Monday to Tuesday", 2025, 6, 9, DeadlineRoll.NextWorkingDay, 2025, 6, 10)]
    [InlineData("Saturday back to Friday", 2025, 6, 7, DeadlineRoll.PreviousWorkingDay, 2025, 6, 6)]
    [InlineData("Sunday forward over holiday", 2025, 6, 8, DeadlineRoll.NextWorkingDay, 2025, 6, 10)]
    [InlineData("None keeps a Sunday", 2025, 6, 8, DeadlineRoll.None, 2025, 6, 8)]
    public void Roll_AustriaAroundWhitMonday(string name, int y, int m, int d, DeadlineRoll rule, int ey, int em, int ed)
    {
        Austria().Roll(new LocalDate(y, m, d), rule).Should().Be(new LocalDate(ey, em, ed), name);
    }

    [Fact]
    public void DeadlineInstant_RolledSaturdayDeadline_EndsMondayMidnightVienna()
    {
        Austria().DeadlineInstant(new LocalDate(2025, 6, 7), DeadlineRoll.NextWorkingDay).Should().Be(Instant.FromUtc(2025, 6, 10, 22, 0));
    }

    [Fact]
    public void AddWorkingDays_AcrossWhitMonday_SkipsWeekendAndHoliday()
    {
        var austria = Austria();

        austria.AddWorkingDays(new LocalDate(2025, 6, 6), 1).Should().Be(new LocalDate(2025, 6, 10));
        austria.AddWorkingDays(new LocalDate(2025, 6, 10), -1).Should().Be(new LocalDate(2025, 6, 6));
        austria.AddWorkingDays(new LocalDate(2025, 6, 8), 0).Should().Be(new LocalDate(2025, 6, 8));
    }

    [Fact]
    public void AddWorkingDays_LargeCount_MatchesCount()
    {
        var austria = Austria();
        var start = new LocalDate(2025, 1, 1);

        var end = austria.AddWorkingDays(start, 1_000_000);

        austria.CountWorkingDays(new DateInterval(start.PlusDays(1), end)).Should().Be(1_000_000);
        austria.IsWorkingDay(end).Should().BeTrue();
        austria.AddWorkingDays(end, -1_000_000).Should().Be(start);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void AddWorkingDays_CountBeyondSupportedDates_ThrowsArgumentOutOfRangeNamingDays(int days)
    {
        var act = () => Austria().AddWorkingDays(new LocalDate(2025, 1, 1), days);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }

    [Fact]
    public void AddWorkingDays_AtLastSupportedDate_ThrowsArgumentOutOfRangeNamingDays()
    {
        var act = () => Austria().AddWorkingDays(LocalDate.MaxIsoValue.PlusDays(-3), 5);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }

    [Fact]
    public void Roll_NoWorkingDayBeforeFirstSupportedDate_ThrowsArgumentOutOfRangeNamingDate()
    {
        var calendar = new WorkingCalendarBuilder("X", DateTimeZone.Utc)
            .AddClosure(new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(9)), "Closed")
            .Build();

        var act = () => calendar.Roll(LocalDate.MinIsoValue.PlusDays(5), DeadlineRoll.PreviousWorkingDay);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Fact]
    public void DeadlineInstant_LastSupportedDate_ThrowsArgumentOutOfRangeNamingDate()
    {
        var act = () => Austria().DeadlineInstant(new LocalDate(9999, 12, 31), DeadlineRoll.None);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Fact]
    public void IsWorkingDay_NonIsoDate_ThrowsArgumentNamingDate()
    {
        var julian = new LocalDate(2025, 6, 1, CalendarSystem.Julian);

        var act = () => Austria().IsWorkingDay(julian);

        act.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void WorkingDaysFrom_ZeroDays_ThrowsArgumentOutOfRangeNamingDays()
    {
        var act = () => Austria().WorkingDaysFrom(new LocalDate(2025, 6, 1), 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }

    [Fact]
    public void Roll_UndefinedRule_ThrowsArgumentOutOfRangeNamingRule()
    {
        var act = () => Austria().Roll(new LocalDate(2025, 6, 1), (DeadlineRoll)9);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rule");
    }

    [Fact]
    public void CountWorkingDays_AcrossWeekendRuleChanges_MatchesDayByDayCount()
    {
        var uae = Uae();
        var dates = new DateInterval(new LocalDate(2005, 1, 3), new LocalDate(2023, 2, 17));

        uae.CountWorkingDays(dates).Should().Be(dates.Count(uae.IsWorkingDay));
    }

    [Fact]
    public void AddWeekendRule_SameEffectiveDateTwice_ThrowsArgumentWithIsoDate()
    {
        var builder = new WorkingCalendarBuilder("ARE", Tzdb["Asia/Dubai"]).AddWeekendRule(WeekendRule.SaturdaySunday.From(new LocalDate(2022, 1, 1)));

        var act = () => builder.AddWeekendRule(WeekendRule.FridaySaturday.From(new LocalDate(2022, 1, 1)));

        act.Should().Throw<ArgumentException>().WithParameterName("rule").WithMessage("*2022-01-01*");
    }

    [Fact]
    public void WeekendRule_AllSevenDays_ThrowsArgument()
    {
        var act = () => new WeekendRule(null, Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None));

        act.Should().Throw<ArgumentException>().WithParameterName("weekendDays");
    }

    [Fact]
    public void WeekendRule_ToStringAndEquality_AreValueBased()
    {
        var rule = new WeekendRule(new LocalDate(2006, 9, 1), [IsoDayOfWeek.Saturday, IsoDayOfWeek.Friday]);

        rule.ToString().Should().Be("Fri,Sat from 2006-09-01");
        rule.Should().Be(WeekendRule.FridaySaturday.From(new LocalDate(2006, 9, 1)));
    }

    [Fact]
    public void NonWorkingDay_WithNullName_ThrowsArgumentNull()
    {
        var day = new NonWorkingDay(new LocalDate(2025, 6, 9), "Whit Monday", NonWorkingDayKind.PublicHoliday);

        var act = () => day with { Name = null! };

        act.Should().Throw<ArgumentNullException>();
        day.ToString().Should().Be("2025-06-09 Whit Monday (PublicHoliday)");
    }

    [Fact]
    public void PublicLists_CannotBeCastBackAndMutated()
    {
        var calendar = new WorkingCalendarBuilder("X", DateTimeZone.Utc)
            .AddWeekendRule(WeekendRule.FridaySaturday)
            .AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday")
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Monday], WorkingHoursRange.FromHours(9, 0, 17, 0)))
            .SetWorkingHoursOn(new LocalDate(2025, 6, 2), [WorkingHoursRange.FromHours(10, 0, 12, 0)])
            .Build();

        (calendar.WeekendRules as WeekendRule[]).Should().BeNull();
        (calendar.NonWorkingDays as NonWorkingDay[]).Should().BeNull();
        (calendar.WorkingHoursOn(new LocalDate(2025, 6, 2)) as WorkingHoursRange[]).Should().BeNull();
        (calendar.WorkingHoursPatterns[0].On(IsoDayOfWeek.Monday) as WorkingHoursRange[]).Should().BeNull();
        (calendar.WeekendRules[0].WeekendDays as IsoDayOfWeek[]).Should().BeNull();
    }

    private static WorkingCalendar Austria() =>
        new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"]).AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday").Build();

    private static WorkingCalendar Uae() =>
        new WorkingCalendarBuilder("ARE", Tzdb["Asia/Dubai"])
            .AddWeekendRule(new WeekendRule(new LocalDate(2006, 9, 1), [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]))
            .AddWeekendRule(new WeekendRule(new LocalDate(2022, 1, 1), [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]))
            .Build();
}
