using NodaTime;
using NodaTime.Testing.TimeZones;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Calendars;

public class LocalTimeResolverTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    private static Instant Lenient(int year, int month, int day, int hour, int minute, string zone) =>
        LocalTimeResolver.ToInstant(new LocalDateTime(year, month, day, hour, minute), Tzdb[zone], LocalTimeResolution.Lenient);

    [Fact]
    public void TzdbVersion_NodaTime337_Is2026f()
    {
        // NodaTime 3.3.7 embeds tzdb 2026f. The field cases were computed against 2025b; the 2024–2025 transitions
        // they rely on are the same in both, and this pin makes a silent data change visible when NodaTime is updated.
        Tzdb.VersionId.Should().Be("TZDB: 2026f (mapping: 49)");
    }

    [Fact]
    public void BC01_VisitAcrossSpringForward_Lasts2Hours_AndTouchingCallDoesNotClash()
    {
        var visit = InstantRange.FromInstants(Lenient(2025, 3, 30, 1, 0, "Europe/Vienna"), Lenient(2025, 3, 30, 4, 0, "Europe/Vienna"));
        var call = InstantRange.FromInstants(Instant.FromUtc(2025, 3, 30, 2, 0), Instant.FromUtc(2025, 3, 30, 3, 0));

        visit.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 3, 30, 0, 0), Instant.FromUtc(2025, 3, 30, 2, 0)));
        visit.Duration.Should().Be(Duration.FromHours(2));
        visit.Overlaps(call).Should().BeFalse();

        // The wall-clock difference (3 h) is what a naive implementation would use, and it would clash for an hour.
        var naive = InstantRange.StartingAt(visit.Start, Period.Between(new LocalDateTime(2025, 3, 30, 1, 0), new LocalDateTime(2025, 3, 30, 4, 0)).ToDuration());
        naive.Overlaps(call).Should().BeTrue();
    }

    [Fact]
    public void BC01_LondonMidnightToTwoOnSpringForward_Lasts1Hour()
    {
        var london = InstantRange.FromInstants(Lenient(2025, 3, 30, 0, 0, "Europe/London"), Lenient(2025, 3, 30, 2, 0, "Europe/London"));

        london.Duration.Should().Be(Duration.FromHours(1));
        london.Start.Should().Be(Instant.FromUtc(2025, 3, 30, 0, 0));
    }

    [Fact]
    public void BC03a_SkippedDeadline0230Berlin_Lenient_MovesForwardByGapTo0130Z()
    {
        Lenient(2025, 3, 30, 2, 30, "Europe/Berlin").Should().Be(Instant.FromUtc(2025, 3, 30, 1, 30));
    }

    [Fact]
    public void BC03a_SkippedDeadline0230Berlin_Strict_ThrowsSkippedTimeException()
    {
        var act = () => LocalTimeResolver.ToInstant(new LocalDateTime(2025, 3, 30, 2, 30), Tzdb["Europe/Berlin"], LocalTimeResolution.Strict);

        act.Should().Throw<SkippedTimeException>();
    }

    [Fact]
    public void BC03b_AmbiguousDeadline0230Berlin_Lenient_TakesFirstOccurrence0030Z()
    {
        var deadline = Lenient(2025, 10, 26, 2, 30, "Europe/Berlin");

        deadline.Should().Be(Instant.FromUtc(2025, 10, 26, 0, 30));
        (Instant.FromUtc(2025, 10, 26, 1, 0) >= deadline).Should().BeTrue("a submission at 01:00Z is late");
    }

    [Fact]
    public void BC03b_AmbiguousDeadline0230Berlin_Strict_ThrowsAmbiguousTimeException()
    {
        var act = () => LocalTimeResolver.ToInstant(new LocalDateTime(2025, 10, 26, 2, 30), Tzdb["Europe/Berlin"], LocalTimeResolution.Strict);

        act.Should().Throw<AmbiguousTimeException>();
    }

    [Fact]
    public void ToInstant_UndefinedResolution_ThrowsArgumentOutOfRange()
    {
        var act = () => LocalTimeResolver.ToInstant(new LocalDateTime(2025, 1, 1, 0, 0), Tzdb["Europe/Berlin"], (LocalTimeResolution)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("resolution");
    }

    [Fact]
    public void ToInstant_NullZone_ThrowsArgumentNull()
    {
        var act = () => LocalTimeResolver.ToInstant(new LocalDateTime(2025, 1, 1, 0, 0), null!, LocalTimeResolution.Lenient);

        act.Should().Throw<ArgumentNullException>().WithParameterName("zone");
    }

    [Fact]
    public void BC06a_LordHoweSummerVisit_UsesOffsetPlus1100()
    {
        var visit = InstantRange.FromInstants(Lenient(2025, 1, 15, 9, 0, "Australia/Lord_Howe"), Lenient(2025, 1, 15, 10, 0, "Australia/Lord_Howe"));

        visit.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 1, 14, 22, 0), Instant.FromUtc(2025, 1, 14, 23, 0)));
        Tzdb["Australia/Lord_Howe"].GetUtcOffset(visit.Start).Should().Be(Offset.FromHours(11));
    }

    [Fact]
    public void BC06b_LordHoweMeetingInThirtyMinuteGap_Lenient_Is1545Z()
    {
        Lenient(2025, 10, 5, 2, 15, "Australia/Lord_Howe").Should().Be(Instant.FromUtc(2025, 10, 4, 15, 45));
    }

    [Theory]
    [InlineData(2025, 10, 5, 23.5)]
    [InlineData(2025, 4, 6, 24.5)]
    [InlineData(2025, 1, 15, 24.0)]
    public void BC06c_LordHoweDayLengths_FollowThirtyMinuteShift(int year, int month, int day, double hours)
    {
        var length = ZonedDateRange.ForDay(new LocalDate(year, month, day), Tzdb["Australia/Lord_Howe"]).ToInstantRange().Duration;

        length.Should().Be(Duration.FromMinutes((long)(hours * 60)));
    }

    [Fact]
    public void BC06c_LordHoweRepeatedHalfHour_Lenient_TakesEarlierOffset()
    {
        // 01:30–01:59 happens twice on 2025-04-06; the first occurrence is at +11:00.
        Lenient(2025, 4, 6, 1, 45, "Australia/Lord_Howe").Should().Be(Instant.FromUtc(2025, 4, 5, 14, 45));
    }

    [Theory]
    [InlineData("Before the gap", 0, 59, 2000, 1, 1, 0, 59)]
    [InlineData("At the gap start", 1, 0, 2000, 1, 1, 1, 0)]
    [InlineData("Inside the gap", 1, 30, 2000, 1, 1, 1, 30)]
    [InlineData("At the gap end", 2, 0, 2000, 1, 1, 1, 0)]
    public void ToInstant_SyntheticSpringForwardAt0100Local_LenientShiftsByGap(string name, int hour, int minute, int y, int mo, int d, int utcHour, int utcMinute)
    {
        // Offset +0 until 2000-01-01T01:00Z, then +1: local 01:00–01:59 is skipped.
        var zone = new SingleTransitionDateTimeZone(Instant.FromUtc(2000, 1, 1, 1, 0), 0, 1);

        var instant = LocalTimeResolver.ToInstant(new LocalDateTime(2000, 1, 1, hour, minute), zone, LocalTimeResolution.Lenient);

        instant.Should().Be(Instant.FromUtc(y, mo, d, utcHour, utcMinute), name);
    }

    [Theory]
    [InlineData("Before the overlap", 0, 59, 23, 59, false)]
    [InlineData("Start of the overlap", 1, 0, 0, 0, true)]
    [InlineData("Inside the overlap", 1, 30, 0, 30, true)]
    [InlineData("After the overlap", 2, 0, 2, 0, false)]
    public void ToInstant_SyntheticFallBackAt0200Local_LenientTakesEarlierOffset(string name, int hour, int minute, int utcHour, int utcMinute, bool ambiguous)
    {
        // Offset +1 until 2000-01-01T01:00Z, then +0: local 01:00–01:59 happens twice.
        var zone = new SingleTransitionDateTimeZone(Instant.FromUtc(2000, 1, 1, 1, 0), 1, 0);
        var local = new LocalDateTime(2000, 1, 1, hour, minute);

        var instant = LocalTimeResolver.ToInstant(local, zone, LocalTimeResolution.Lenient);
        var strict = () => LocalTimeResolver.ToInstant(local, zone, LocalTimeResolution.Strict);

        var expectedDay = utcHour == 23 ? 31 : 1;
        var expected = utcHour == 23 ? Instant.FromUtc(1999, 12, expectedDay, utcHour, utcMinute) : Instant.FromUtc(2000, 1, 1, utcHour, utcMinute);
        instant.Should().Be(expected, name);
        if (ambiguous)
        {
            strict.Should().Throw<AmbiguousTimeException>(name);
        }
        else
        {
            strict().Should().Be(expected, name);
        }
    }
}
