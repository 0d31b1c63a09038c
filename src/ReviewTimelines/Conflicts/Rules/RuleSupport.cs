using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Helpers shared by the rules: one sweep engine, pair references, reaches in working days.</summary>
internal static class RuleSupport
{
    /// <summary>A sweep with no separations: rules express separations as reaches computed in local calendars.</summary>
    internal static readonly OverlapSweep Sweep = new(new OverlapSweepOptions());

    internal static ImmutableArray<ConflictItemRef> Pair(CheckedItem first, CheckedItem second) => [first.Ref, second.Ref];

    internal static string Plural(int count, string noun) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}{2}", count, noun, count == 1 ? string.Empty : "s");

    /// <summary>Counts the working days of the visited State's calendar strictly between the last local date of <paramref name="earlier"/> and the first of <paramref name="later"/> (two visits to one State).</summary>
    internal static int WorkingDaysBetween(CheckedItem earlier, CheckedItem later)
    {
        var calendar = earlier.VisitCalendar!;
        var first = earlier.VisitDates!.End.PlusDays(1);
        var last = later.VisitDates!.Start.PlusDays(-1);
        return first <= last ? calendar.CountWorkingDays(new DateInterval(first, last)) : 0;
    }

    /// <summary>Counts the calendar days strictly between the last local date of <paramref name="earlier"/> and the first of <paramref name="later"/> (two visits to one State, in its zone).</summary>
    internal static int DaysBetween(CheckedItem earlier, CheckedItem later) =>
        Math.Max(0, Period.DaysBetween(earlier.VisitDates!.End, later.VisitDates!.Start) - 1);

    internal static TimetableResource Country(CountryCode code) => TimetableResource.ForCountry(code);

    /// <summary>Makes a sweep entry for <paramref name="item"/> holding <paramref name="kept"/>, a subsequence of its (sorted, distinct) <see cref="CheckedItem.Keys"/>: the item's own array when nothing was dropped.</summary>
    internal static SweepItem<int> Entry(CheckedItem item, List<ResourceKey> kept) =>
        SweepItem<int>.FromSortedDistinct(item.Index, item.Range, kept.Count == item.Keys.Length ? item.Keys : [.. kept]);

    /// <summary>Makes a sweep entry for <paramref name="item"/> holding <paramref name="kept"/>, a subsequence of its <see cref="CheckedItem.BlockingKeys"/>: that array when nothing was dropped.</summary>
    internal static SweepItem<int> BlockingEntry(CheckedItem item, List<ResourceKey> kept) =>
        SweepItem<int>.FromSortedDistinct(item.Index, item.Range, kept.Count == item.BlockingKeys.Length ? item.BlockingKeys : [.. kept]);

    /// <summary>Makes a sweep entry for a visit on its State's key alone.</summary>
    internal static SweepItem<int> VisitEntry(CheckedItem item) =>
        SweepItem<int>.FromSortedDistinct(item.Index, item.Range, item.VisitKey!);

    /// <summary>Makes a sweep entry for a visit on its State's key alone, with a reach.</summary>
    internal static SweepItem<int> VisitEntry(CheckedItem item, InstantRange reach) =>
        SweepItem<int>.FromSortedDistinct(item.Index, item.Range, reach, item.VisitKey!);
}
