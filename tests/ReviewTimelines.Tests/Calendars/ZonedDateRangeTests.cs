using NodaTime;
using NodaTime.Testing.TimeZones;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Calendars;

public class ZonedDateRangeTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    [Fact]
    public void BC02_AustrianNationalDayOnFallBack_Blocks25Hours()
    {
        var holiday = ZonedDateRange.ForDay(new LocalDate(2025, 10, 26), Tzdb["Europe/Vienna"]).ToInstantRange();

        holiday.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 10, 25, 22, 0), Instant.FromUtc(2025, 10, 26, 23, 0)));
        holiday.Duration.Should().Be(Duration.FromHours(25));
    }

    [Fact]
    public void BC02_DayLoopAcrossFallBack_LocalDateIteration_YieldsEachDateOnce()
    {
        var days = new DateInterval(new LocalDate(2025, 10, 24), new LocalDate(2025, 10, 28)).ToList();

        days.Select(d => d.Day).Should().Equal(24, 25, 26, 27, 28);
    }

    [Fact]
    public void BC02_DayLoopAcrossFallBack_Adding24Hours_RepeatsThe26th()
    {
        var vienna = Tzdb["Europe/Vienna"];
        var instant = new LocalDate(2025, 10, 24).AtStartOfDayInZone(vienna).ToInstant();
        var seen = new List<LocalDateTime>();
        for (var i = 0; i < 5; i++, instant += Duration.FromHours(24))
        {
            seen.Add(instant.InZone(vienna).LocalDateTime);
        }

        seen.Select(t => t.Day).Should().Equal(24, 25, 26, 26, 27);
        seen[3].Hour.Should().Be(23);
        seen[4].Hour.Should().Be(23);
    }

    [Theory]
    [InlineData(2024, 11, 3, 25, 7, 8)]
    [InlineData(2024, 3, 10, 23, 8, 7)]
    public void BC02_LosAngelesDstDays_LastTheirExactLength(int year, int month, int day, int hours, int startUtcHour, int endUtcHour)
    {
        var range = ZonedDateRange.ForDay(new LocalDate(year, month, day), Tzdb["America/Los_Angeles"]).ToInstantRange();

        range.Duration.Should().Be(Duration.FromHours(hours));
        range.Start.Should().Be(Instant.FromUtc(year, month, day, startUtcHour, 0));
        range.End.Should().Be(Instant.FromUtc(year, month, day + 1, endUtcHour, 0));
    }

    [Fact]
    public void ToInstantRange_ApiaWhollySkippedDate_IsZeroLengthAtTheTransition()
    {
        // Samoa skipped 30 Dec 2011: 29 Dec 23:59:59 -10:00 was followed by 31 Dec 00:00 +14:00 (2011-12-30T10:00Z).
        var apia = Tzdb["Pacific/Apia"];

        var skipped = ZonedDateRange.ForDay(new LocalDate(2011, 12, 30), apia).ToInstantRange();

        skipped.Start.Should().Be(Instant.FromUtc(2011, 12, 30, 10, 0));
        skipped.End.Should().Be(skipped.Start);
        skipped.Duration.Should().Be(NodaTime.Duration.Zero);
    }

    [Fact]
    public void ToInstantRange_ApiaRangeOverTheSkippedDate_LastsTwoDays()
    {
        var apia = Tzdb["Pacific/Apia"];

        var range = ZonedDateRange.FromDates(new LocalDate(2011, 12, 29), new LocalDate(2011, 12, 31), apia).ToInstantRange();

        range.Start.Should().Be(Instant.FromUtc(2011, 12, 29, 10, 0), "29 Dec 00:00 at -10:00");
        range.End.Should().Be(Instant.FromUtc(2011, 12, 31, 10, 0), "1 Jan 2012 00:00 at +14:00");
        range.Duration.Should().Be(NodaTime.Duration.FromHours(48));
    }

    [Fact]
    public void ToInstantRange_ApiaRangeEndingOnTheSkippedDate_EndsAtTheTransition()
    {
        var apia = Tzdb["Pacific/Apia"];

        var range = ZonedDateRange.FromDates(new LocalDate(2011, 12, 29), new LocalDate(2011, 12, 30), apia).ToInstantRange();

        range.End.Should().Be(Instant.FromUtc(2011, 12, 30, 10, 0));
        range.Duration.Should().Be(NodaTime.Duration.FromHours(24));
    }

    [Fact]
    public void BC03c_SantiagoSkippedMidnight_DayStartsAt0400ZAndLasts23Hours()
    {
        var blackout = ZonedDateRange.ForDay(new LocalDate(2025, 9, 7), Tzdb["America/Santiago"]).ToInstantRange();

        blackout.Start.Should().Be(Instant.FromUtc(2025, 9, 7, 4, 0));
        blackout.End.Should().Be(Instant.FromUtc(2025, 9, 8, 3, 0));
        blackout.Duration.Should().Be(Duration.FromHours(23));
        blackout.Start.InZone(Tzdb["America/Santiago"]).LocalDateTime.Should().Be(new LocalDateTime(2025, 9, 7, 1, 0));
    }

    [Fact]
    public void BC03c_SantiagoDeadlineOnEveOfSkippedMidnight_ExpiresAt0400Z()
    {
        var chile = new WorkingCalendarBuilder("CHL", Tzdb["America/Santiago"]).Build();

        chile.DeadlineInstant(new LocalDate(2025, 9, 6), DeadlineRoll.None).Should().Be(Instant.FromUtc(2025, 9, 7, 4, 0));
    }

    [Fact]
    public void ToInstantRange_SyntheticZoneSkippingMidnight_DayStartsAtGapEnd()
    {
        // Offset -4 until 2025-09-07T04:00Z, then -3: local midnight on 2025-09-07 does not exist.
        var zone = new SingleTransitionDateTimeZone(Instant.FromUtc(2025, 9, 7, 4, 0), -4, -3);

        var day = ZonedDateRange.ForDay(new LocalDate(2025, 9, 7), zone).ToInstantRange();

        day.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 9, 7, 4, 0), Instant.FromUtc(2025, 9, 8, 3, 0)));
    }

    [Fact]
    public void BC13b_ViennaClosure24To26December_BlocksThreeViennaDays()
    {
        var closure = ZonedDateRange.FromDates(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 26), Tzdb["Europe/Vienna"]);
        var review = LocalTimeResolver.ToInstant(new LocalDateTime(2025, 12, 27, 9, 0), Tzdb["Europe/Vienna"], LocalTimeResolution.Lenient);

        var blocked = closure.ToInstantRange();

        blocked.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 12, 23, 23, 0), Instant.FromUtc(2025, 12, 26, 23, 0)));
        blocked.Overlaps(InstantRange.StartingAt(review, Duration.FromHours(1))).Should().BeFalse();
        blocked.Contains(review).Should().BeFalse();
    }

    [Fact]
    public void BC13b_ViennaClosureSeenFromNewYork_Is23DecemberToThe26th1800()
    {
        var newYork = Tzdb["America/New_York"];
        var blocked = ZonedDateRange.FromDates(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 26), Tzdb["Europe/Vienna"]).ToInstantRange();

        blocked.Start.InZone(newYork).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 23, 18, 0));
        blocked.End.InZone(newYork).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 26, 18, 0));
    }

    [Fact]
    public void ToInstantRange_Default_ThrowsInvalidOperation()
    {
        var act = () => default(ZonedDateRange).ToInstantRange();

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ToInstantRange_EndsOnLastSupportedDate_ThrowsInvalidOperation()
    {
        var act = () => ZonedDateRange.ForDay(LocalDate.MaxIsoValue, DateTimeZone.Utc).ToInstantRange();

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Equality_SameDatesAndZone_AreEqualAndFormatAsIso()
    {
        var a = ZonedDateRange.FromDates(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 26), Tzdb["Europe/Vienna"]);
        var b = new ZonedDateRange(new DateInterval(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 26)), Tzdb["Europe/Vienna"]);

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != ZonedDateRange.ForDay(new LocalDate(2025, 12, 24), Tzdb["Europe/Vienna"])).Should().BeTrue();
        a.ToString().Should().Be("2025-12-24/2025-12-26 Europe/Vienna");
    }
}
