using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Workload: a person contributes to too many reviews at once, or attends too many days of visits and meetings in a rolling window.</summary>
/// <remarks>
/// <para>
/// <b>Contributions.</b> The non-empty stages a person takes part in with <see cref="ParticipationRole.Contributes"/>,
/// grouped by review: wherever more than <see cref="ConflictDetectorOptions.WorkloadMaxConcurrentReviews"/> (N) reviews
/// have such a stage running at the same instant (half-open ranges), the person is over the limit; the stages running
/// then are named.
/// </para>
/// <para>
/// <b>Attendance.</b> The country visits and meetings a person attends (<see cref="ParticipationRole.Attends"/>),
/// counted as the distinct local dates they touch where they happen (a visit's dates in the visited State, a meeting's
/// at its venue: a three-day visit is three days whoever attends it): when some
/// <see cref="ConflictDetectorOptions.WorkloadWindowDays"/> (W) consecutive dates hold more than
/// <see cref="ConflictDetectorOptions.WorkloadMaxAttendedDays"/> (M) attended dates, the items on those dates are named.
/// </para>
/// <para>
/// One soft conflict per person over either limit. Items: the named stages and meetings, by start then reference.
/// Interval: from the start of the first over-limit period to the end of the last (the hull). Resource: the person.
/// </para>
/// </remarks>
internal sealed class WorkloadRule : IConflictRule
{
    public ConflictKind Kind => ConflictKind.Workload;

    public void Evaluate(ConflictContext context)
    {
        var contributions = new SortedDictionary<string, List<CheckedItem>>(StringComparer.Ordinal);
        var attendance = new SortedDictionary<string, List<CheckedItem>>(StringComparer.Ordinal);
        foreach (var item in context.Items)
        {
            if (item.Range.IsEmpty)
            {
                continue;
            }

            var participations = item.Stage?.Participations ?? item.Meeting?.Participations ?? [];
            foreach (var participation in participations)
            {
                if (participation.Role == ParticipationRole.Contributes && item.Stage is not null)
                {
                    Add(contributions, participation.Person.Value, item);
                }
                else if (participation.Role == ParticipationRole.Attends && (item.IsVisitStage || item.Meeting is not null))
                {
                    Add(attendance, participation.Person.Value, item);
                }
            }
        }

        var people = contributions.Keys.Union(attendance.Keys).Order(StringComparer.Ordinal);
        var settings = context.Settings;
        foreach (var personId in people)
        {
            var person = TimetableResource.ForPerson(new PersonId(personId));
            var zone = context.ZoneOf(person);
            var concurrent = contributions.TryGetValue(personId, out var c) ? OverConcurrentReviews(c, settings.WorkloadMaxConcurrentReviews) : null;
            var attended = attendance.TryGetValue(personId, out var a) ? OverAttendedDays(a, settings.WorkloadMaxAttendedDays, settings.WorkloadWindowDays) : null;
            if (concurrent is null && attended is null)
            {
                continue;
            }

            Report(context, person, zone, concurrent, attended);
        }
    }

    private void Report(ConflictContext context, TimetableResource person, DateTimeZone zone, Excess? concurrent, Excess? attended)
    {
        var named = (concurrent?.Items ?? []).Concat(attended?.Items ?? []).Distinct()
            .OrderBy(i => i.Range.Start).ThenBy(i => i.Ref).ToList();
        var start = Min(concurrent?.Span.Start, attended?.Span.Start);
        var end = Max(concurrent?.Span.End, attended?.Span.End);
        var interval = InstantRange.FromInstants(start, end);
        var settings = context.Settings;
        string Sentence()
        {
            var parts = new List<string>(2);
            if (concurrent is { } cc)
            {
                parts.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "contributes to {0} reviews at once ({1}, {2}'s time; more than {3}): {4}",
                    cc.Peak,
                    ConflictText.Range(cc.PeakRange, zone),
                    context.NameOf(person),
                    settings.WorkloadMaxConcurrentReviews,
                    string.Join("; ", cc.Items.Select(context.Label))));
            }

            if (attended is { } at)
            {
                parts.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "attends visits and meetings on {0} days within {1} days ({2}, local dates; more than {3}): {4}",
                    at.Peak,
                    settings.WorkloadWindowDays,
                    at.PeakText,
                    settings.WorkloadMaxAttendedDays,
                    string.Join("; ", at.Items.Select(context.Label))));
            }

            return string.Format(CultureInfo.InvariantCulture, "{0} {1}.", context.NameOf(person), string.Join(", and ", parts));
        }

        context.Report(Kind, ConflictSeverity.Soft, [.. named.Select(i => i.Ref)], person, interval, Sentence);
    }

    /// <summary>The over-limit periods of concurrent reviews: boundaries sorted, distinct reviews counted between each pair of boundaries.</summary>
    private static Excess? OverConcurrentReviews(List<CheckedItem> items, int limit)
    {
        var reviews = items.Select(i => i.Review!.Id).Distinct().Count();
        if (reviews <= limit)
        {
            return null;
        }

        var boundaries = items.SelectMany(i => new[] { i.Range.Start, i.Range.End }).Distinct().Order().ToArray();
        var named = new HashSet<CheckedItem>();
        Instant? first = null, last = null;
        var peak = 0;
        var peakRange = default(InstantRange);
        for (var b = 0; b + 1 < boundaries.Length; b++)
        {
            var slice = InstantRange.FromInstants(boundaries[b], boundaries[b + 1]);
            var running = items.Where(i => i.Range.Start <= slice.Start && slice.End <= i.Range.End).ToList();
            var count = running.Select(i => i.Review!.Id).Distinct().Count();
            if (count <= limit)
            {
                continue;
            }

            named.UnionWith(running);
            first ??= slice.Start;
            last = slice.End;
            if (count > peak)
            {
                peak = count;
                peakRange = slice;
            }
        }

        return first is { } f ? new Excess([.. named.OrderBy(i => i.Range.Start).ThenBy(i => i.Ref)], InstantRange.FromInstants(f, last!.Value), peak, peakRange, string.Empty) : null;
    }

    /// <summary>The over-limit windows of attended dates: distinct home-zone dates, a two-pointer pass over the sorted dates.</summary>
    private static Excess? OverAttendedDays(List<CheckedItem> items, int limit, int windowDays)
    {
        var dates = items.SelectMany(Dates).Distinct().Order().ToArray();
        if (dates.Length <= limit)
        {
            return null;
        }

        var marked = new bool[dates.Length];
        var peak = 0;
        var peakFirst = default(LocalDate);
        var peakLast = default(LocalDate);
        var any = false;
        for (int i = 0, j = 0; j < dates.Length; j++)
        {
            while (Period.DaysBetween(dates[i], dates[j]) >= windowDays)
            {
                i++;
            }

            var count = j - i + 1;
            if (count <= limit)
            {
                continue;
            }

            any = true;
            Array.Fill(marked, true, i, count);
            if (count > peak)
            {
                (peak, peakFirst, peakLast) = (count, dates[i], dates[j]);
            }
        }

        if (!any)
        {
            return null;
        }

        var markedDates = dates.Where((_, k) => marked[k]).ToHashSet();
        var named = items.Where(i => Dates(i).Any(markedDates.Contains)).OrderBy(i => i.Range.Start).ThenBy(i => i.Ref).ToImmutableArray();
        var span = InstantRange.FromInstants(named.Min(i => i.Range.Start), named.Max(i => i.Range.End));
        var peakText = peakFirst == peakLast ? ConflictText.Day(peakFirst) : ConflictText.Day(peakFirst) + " to " + ConflictText.Day(peakLast);
        return new Excess(named, span, peak, default, peakText);
    }

    /// <summary>The local dates of the item where it happens (its timing's zone).</summary>
    private static IEnumerable<LocalDate> Dates(CheckedItem item)
    {
        var touched = (item.Stage?.Timing ?? item.Meeting!.Timing).LocalDates;
        for (var date = touched.Start; date <= touched.End; date = date.PlusDays(1))
        {
            yield return date;
        }
    }

    private static void Add(SortedDictionary<string, List<CheckedItem>> map, string person, CheckedItem item)
    {
        if (!map.TryGetValue(person, out var list))
        {
            list = [];
            map.Add(person, list);
        }

        list.Add(item);
    }

    private static Instant Min(Instant? a, Instant? b) => a is { } x && b is { } y ? (x < y ? x : y) : (a ?? b)!.Value;

    private static Instant Max(Instant? a, Instant? b) => a is { } x && b is { } y ? (x > y ? x : y) : (a ?? b)!.Value;

    /// <summary>One limit exceeded: the items named, the hull of the over-limit periods, the peak count and where it is first reached (as instants for contributions, as local dates for attendance).</summary>
    private sealed record Excess(ImmutableArray<CheckedItem> Items, InstantRange Span, int Peak, InstantRange PeakRange, string PeakText);
}
