using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Docs;

/// <summary>The examples of docs/time-zones.md (regions checked by <see cref="DocSnippetTests"/>), with their values asserted.</summary>
public sealed class TimeZonesDocTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    [Fact]
    public void Provider_FakeSource_ZonesComeOnlyFromTheInjectedProvider()
    {
        // snippet: tz-provider
        // Tests and tools can inject any provider: here a synthetic zone that springs forward from +01 to +02.
        var source = new FakeDateTimeZoneSource.Builder
        {
            new SingleTransitionDateTimeZone(Instant.FromUtc(2025, 3, 30, 1, 0), Offset.FromHours(1), Offset.FromHours(2), "Test/Spring"),
        }.Build();
        IDateTimeZoneProvider zones = new DateTimeZoneCache(source);

        var calendar = new WorkingCalendarBuilder("test", zones["Test/Spring"]).Build();
        var day = ZonedDateRange.ForDay(new LocalDate(2025, 3, 30), calendar.Zone).ToInstantRange();   // 23 hours
        // end snippet

        day.Duration.Should().Be(Duration.FromHours(23));
        day.Start.Should().Be(Instant.FromUtc(2025, 3, 29, 23, 0));
        var unknown = () => zones["Europe/Vienna"];
        unknown.Should().Throw<DateTimeZoneNotFoundException>();
    }

    [Fact]
    public void Resolution_BC03SkippedAndRepeatedBerlinTimes_LenientAndStrict()
    {
        // snippet: tz-resolution
        var berlin = Tzdb["Europe/Berlin"];
        var skipped = new LocalDateTime(2025, 3, 30, 2, 30);    // does not exist: clocks go 02:00 -> 03:00
        var repeated = new LocalDateTime(2025, 10, 26, 2, 30);  // happens twice: clocks go 03:00 -> 02:00

        var late = LocalTimeResolver.ToInstant(skipped, berlin, LocalTimeResolution.Lenient);     // 2025-03-30T01:30:00Z = 03:30 CEST
        var first = LocalTimeResolver.ToInstant(repeated, berlin, LocalTimeResolution.Lenient);   // 2025-10-26T00:30:00Z = the first 02:30
        var strict = () => LocalTimeResolver.ToInstant(skipped, berlin, LocalTimeResolution.Strict); // throws SkippedTimeException
        // end snippet

        late.Should().Be(Instant.FromUtc(2025, 3, 30, 1, 30));
        first.Should().Be(Instant.FromUtc(2025, 10, 26, 0, 30));
        strict.Should().Throw<SkippedTimeException>();
        var ambiguous = () => LocalTimeResolver.ToInstant(repeated, berlin, LocalTimeResolution.Strict);
        ambiguous.Should().Throw<AmbiguousTimeException>();
    }

    [Fact]
    public void TimedItem_BC01VisitAcrossSpringForward_LastsTwoHours()
    {
        // snippet: tz-timed-item
        var vienna = Tzdb["Europe/Vienna"];
        var visit = ItemTiming.Timed(
            new LocalDateTime(2025, 3, 30, 1, 0), new LocalDateTime(2025, 3, 30, 4, 0), vienna, LocalTimeResolution.Strict);
        var range = visit.ToInstantRange();                       // [2025-03-30T00:00Z, 02:00Z): 2 hours, not 3
        var call = InstantRange.FromInstants(Instant.FromUtc(2025, 3, 30, 2, 0), Instant.FromUtc(2025, 3, 30, 3, 0));
        var clash = range.Overlaps(call);                         // false: they touch at 02:00Z
        // end snippet

        range.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 3, 30, 0, 0), Instant.FromUtc(2025, 3, 30, 2, 0)));
        range.Duration.Should().Be(Duration.FromHours(2));
        clash.Should().BeFalse();
    }

    [Fact]
    public void DateRange_BC02AndBC03c_DaysAreNotAlways24Hours()
    {
        // snippet: tz-date-range
        var nationalDay = ZonedDateRange.ForDay(new LocalDate(2025, 10, 26), Tzdb["Europe/Vienna"]).ToInstantRange();
        // 2025-10-25T22:00:00Z/2025-10-26T23:00:00Z: 25 hours (fall-back day)
        var chile = ZonedDateRange.ForDay(new LocalDate(2025, 9, 7), Tzdb["America/Santiago"]).ToInstantRange();
        // 2025-09-07T04:00:00Z/2025-09-08T03:00:00Z: starts at 01:00 local (midnight is skipped), 23 hours
        // end snippet

        nationalDay.ToString().Should().Be("2025-10-25T22:00:00Z/2025-10-26T23:00:00Z");
        nationalDay.Duration.Should().Be(Duration.FromHours(25));
        chile.ToString().Should().Be("2025-09-07T04:00:00Z/2025-09-08T03:00:00Z");
        chile.Duration.Should().Be(Duration.FromHours(23));
    }

    [Fact]
    public void DayLoop_BC02LocalDates_EachDateOnce()
    {
        // snippet: tz-day-loop
        var days = new List<LocalDate>();
        foreach (var date in new DateInterval(new LocalDate(2025, 10, 24), new LocalDate(2025, 10, 28)))
        {
            days.Add(date);                                       // 24, 25, 26, 27, 28: each once
        }
        // end snippet

        days.Select(d => d.Day).Should().Equal(24, 25, 26, 27, 28);
    }

    [Fact]
    public void Deadline_BC25EndOfLocalDay_InTheResponsiblePartysZone()
    {
        // snippet: tz-deadline
        var israel = new WorkingCalendarBuilder("ISR", Tzdb["Asia/Jerusalem"]).AddWeekendRule(WeekendRule.FridaySaturday).Build();
        var austria = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"])
            .AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday")
            .Build();

        var israelLast = israel.WorkingDaysFrom(new LocalDate(2025, 6, 8), 5).End;     // Thu 2025-06-12
        var austriaLast = austria.WorkingDaysFrom(new LocalDate(2025, 6, 8), 5).End;   // Mon 2025-06-16
        var israelDue = israel.DeadlineInstant(israelLast, DeadlineRoll.None);         // 2025-06-12T21:00:00Z: 24:00 in Jerusalem
        var austriaDue = austria.DeadlineInstant(austriaLast, DeadlineRoll.None);      // 2025-06-16T22:00:00Z: 24:00 in Vienna
        // end snippet

        israelLast.Should().Be(new LocalDate(2025, 6, 12));
        austriaLast.Should().Be(new LocalDate(2025, 6, 16));
        israelDue.Should().Be(Instant.FromUtc(2025, 6, 12, 21, 0));
        austriaDue.Should().Be(Instant.FromUtc(2025, 6, 16, 22, 0));
    }

    [Fact]
    public void OddOffsets_BC06LordHowe_HalfHourShift()
    {
        // snippet: tz-lord-howe
        var lordHowe = Tzdb["Australia/Lord_Howe"];
        var inGap = LocalTimeResolver.ToInstant(new LocalDateTime(2025, 10, 5, 2, 15), lordHowe, LocalTimeResolution.Lenient);
        // 2025-10-04T15:45:00Z = 02:45 at +11:00: the gap is 30 minutes, not an hour
        var shortDay = ZonedDateRange.ForDay(new LocalDate(2025, 10, 5), lordHowe).ToInstantRange().Duration;   // 23.5 hours
        // end snippet

        inGap.Should().Be(Instant.FromUtc(2025, 10, 4, 15, 45));
        inGap.InZone(lordHowe).Offset.Should().Be(Offset.FromHours(11));
        shortDay.Should().Be(Duration.FromMinutes(23 * 60 + 30));
        ZonedDateRange.ForDay(new LocalDate(2025, 4, 6), lordHowe).ToInstantRange().Duration.Should().Be(Duration.FromMinutes(24 * 60 + 30));
    }
}
