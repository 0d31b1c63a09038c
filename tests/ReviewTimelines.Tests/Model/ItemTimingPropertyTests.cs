using CsCheck;
using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

public class ItemTimingPropertyTests
{
    // Zones with DST, half-hour DST (Lord Howe), a midnight that is skipped (Santiago), +05:45 (Kathmandu), no DST (Kolkata).
    private static readonly DateTimeZone[] Zones =
        [.. new[] { "Europe/Vienna", "Australia/Lord_Howe", "America/Santiago", "Asia/Kathmandu", "Asia/Kolkata", "America/New_York", "UTC" }
            .Select(id => DateTimeZoneProviders.Tzdb[id])];

    private static readonly Gen<(LocalDate First, int Days, DateTimeZone Zone)> AllDayInput =
        Gen.Select(Gen.Int[0, 365 * 30], Gen.Int[0, 40], Gen.Int[0, Zones.Length - 1])
            .Select((offset, days, zone) => (new LocalDate(2000, 1, 1).PlusDays(offset), days, Zones[zone]));

    [Fact]
    public void AllDay_ToInstantRange_MatchesBruteForceStartOfDayAndTimedCopyTouchesTheSameDates()
    {
        AllDayInput.Sample(
            input =>
            {
                var last = input.First.PlusDays(input.Days);
                var allDay = ItemTiming.AllDay(input.First, last, input.Zone);
                var range = allDay.ToInstantRange();

                var expectedStart = FirstInstantOn(input.First, input.Zone);
                var expectedEnd = FirstInstantOn(last.PlusDays(1), input.Zone);
                var timed = ItemTiming.Timed(range, input.Zone);

                return range.Start == expectedStart
                    && range.End == expectedEnd
                    && timed.LocalDates.Equals(allDay.LocalDates)
                    && range.Start.InZone(input.Zone).Date == input.First
                    && (range.End - Duration.Epsilon).InZone(input.Zone).Date == last;
            },
            iter: 2000);
    }

    /// <summary>Brute-force oracle: scan UTC in 15-minute steps (every offset of these zones is a multiple of 15 minutes) for the first instant whose local date is <paramref name="date"/>.</summary>
    private static Instant FirstInstantOn(LocalDate date, DateTimeZone zone)
    {
        var candidate = Instant.FromUtc(date.Year, date.Month, date.Day, 0, 0) - Duration.FromHours(15);
        while (candidate.InZone(zone).Date < date)
        {
            candidate += Duration.FromMinutes(15);
        }

        return candidate;
    }

    [Fact]
    public void Equality_AllDayTimings_AgreesWithComponentEqualityAndHash()
    {
        Gen.Select(AllDayInput, AllDayInput).Sample(
            pair =>
            {
                var a = ItemTiming.AllDay(pair.Item1.First, pair.Item1.First.PlusDays(pair.Item1.Days), pair.Item1.Zone);
                var b = ItemTiming.AllDay(pair.Item2.First, pair.Item2.First.PlusDays(pair.Item2.Days), pair.Item2.Zone);
                var same = pair.Item1.First == pair.Item2.First && pair.Item1.Days == pair.Item2.Days && pair.Item1.Zone.Id == pair.Item2.Zone.Id;
                var copy = ItemTiming.AllDay(pair.Item1.First, pair.Item1.First.PlusDays(pair.Item1.Days), pair.Item1.Zone);

                return a.Equals(b) == same && a.Equals(copy) && a.GetHashCode() == copy.GetHashCode();
            },
            iter: 1000);
    }
}
