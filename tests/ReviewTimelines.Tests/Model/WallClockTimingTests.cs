using NodaTime;
using NodaTime.Testing.TimeZones;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

/// <summary>Future timed items keep their wall time (issue 13 item 1), on two simulated versions of America/Mexico_City.</summary>
public sealed class WallClockTimingTests
{
    [Fact]
    public void InZone_NewerTzDataWithoutMexicanDst_KeepsTheWallTimeAndMovesTheInstant()
    {
        // snippet: tz-wall-time
        // Planned with tz data that still had Mexican DST in 2023 (CDT, -05:00 from 2 April)...
        var before = new SingleTransitionDateTimeZone(Instant.FromUtc(2023, 4, 2, 8, 0), Offset.FromHours(-6), Offset.FromHours(-5), "America/Mexico_City");
        var call = ItemTiming.Timed(new LocalDateTime(2023, 6, 12, 10, 0), new LocalDateTime(2023, 6, 12, 12, 0), before, LocalTimeResolution.Strict);
        // call.Range: 2023-06-12T15:00:00Z/2023-06-12T17:00:00Z

        // ...and read with tz data 2022f, in which Mexico City stays on CST (-06:00).
        var after = new SingleTransitionDateTimeZone(Instant.FromUtc(2022, 10, 30, 7, 0), Offset.FromHours(-5), Offset.FromHours(-6), "America/Mexico_City");
        var reread = call.InZone(after);
        // reread.Start: still 2023-06-12T10:00 local; reread.Range: 2023-06-12T16:00:00Z/2023-06-12T18:00:00Z
        // end snippet

        call.Range.Start.Should().Be(Instant.FromUtc(2023, 6, 12, 15, 0));
        reread.Start.Should().Be(call.Start);
        reread.Should().Be(call, "the wall times, the zone id and the policy are the timing");
        reread.Range.Start.Should().Be(Instant.FromUtc(2023, 6, 12, 16, 0));
        reread.Range.End.Should().Be(Instant.FromUtc(2023, 6, 12, 18, 0));
    }

    [Fact]
    public void InZone_OtherZoneId_Throws()
    {
        var call = ItemTiming.Timed(new LocalDateTime(2023, 6, 12, 10, 0), new LocalDateTime(2023, 6, 12, 12, 0), DateTimeZoneProviders.Tzdb["Europe/Vienna"], LocalTimeResolution.Strict);

        FluentActions.Invoking(() => call.InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"])).Should().Throw<ArgumentException>().WithParameterName("zone");
    }

    [Fact]
    public void Match_ThreeCases_CallsTheWallClockFunctionForAWallClockTiming()
    {
        var vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
        ItemTiming wall = ItemTiming.Timed(new LocalDateTime(2023, 6, 12, 10, 0), new LocalDateTime(2023, 6, 12, 12, 0), vienna, LocalTimeResolution.Strict);
        ItemTiming utc = ItemTiming.Timed(wall.ToInstantRange(), vienna);

        wall.Match(d => "dates", w => "wall " + w.Start.Hour, (r, z) => "instants").Should().Be("wall 10");
        utc.Match(d => "dates", w => "wall", (r, z) => "instants " + r.Start).Should().Be("instants 2023-06-12T08:00:00Z");
        wall.Match(d => "dates", (r, z) => "timed " + r.Start).Should().Be("timed 2023-06-12T08:00:00Z");
        wall.Equals(utc).Should().BeFalse("a wall-clock timing is not an instant timing");
    }
}
