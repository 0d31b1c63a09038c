using NodaTime;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>Applies a series' overrides (RECURRENCE-ID) to its occurrences by hashing: duplicates ranked, RANGE=THISANDFUTURE shifted, the rest replaced.</summary>
/// <remarks>
/// Two overrides of one instance: the higher SEQUENCE wins, then the later DTSTAMP, then the first in the file; the
/// others are reported as warnings (RFC 5545 §3.8.7.4; robur-coop/icalendar PR #13). An override with
/// RANGE=THISANDFUTURE moves this and every later instance by the same wall-clock shift and gives them its length and
/// text (RFC 5545 §3.8.4.4; ical-org/ical.net #455).
/// </remarks>
internal static class OverrideSet
{
    /// <summary>Applies the overrides to <paramref name="occurrences"/> in place.</summary>
    internal static void Apply(Series master, List<Series> overrides, List<Occurrence> occurrences)
    {
        var winners = Rank(master, overrides);
        foreach (var (key, series) in winners.Where(w => w.Series.Facts.ThisAndFuture).OrderBy(w => w.Key.Start).ThenBy(w => w.Key.Date))
        {
            ApplyRange(master, key, series, occurrences);
        }

        var byInstant = new Dictionary<Instant, int>();
        var byDate = new Dictionary<LocalDate, List<int>>();
        for (var i = 0; i < occurrences.Count; i++)
        {
            if (occurrences[i].Key.Start is { } s)
            {
                byInstant.TryAdd(s, i);
            }

            if (!byDate.TryGetValue(occurrences[i].Key.Date, out var list))
            {
                byDate[occurrences[i].Key.Date] = list = [];
            }

            list.Add(i);
        }

        var removed = new bool[occurrences.Count];
        foreach (var (key, series) in winners)
        {
            if (key.Start is { } start)
            {
                if (byInstant.TryGetValue(start, out var index))
                {
                    removed[index] = true;
                }
            }
            else if (byDate.TryGetValue(key.Date, out var indexes))
            {
                indexes.ForEach(i => removed[i] = true);
            }
        }

        var kept = occurrences.Where((_, i) => !removed[i]).ToList();
        occurrences.Clear();
        occurrences.AddRange(kept);
        occurrences.AddRange(winners.Select(w => w.Series.Single()));
    }

    private static List<(OccurrenceKey Key, Series Series)> Rank(Series master, List<Series> overrides)
    {
        var best = new Dictionary<(Instant?, LocalDate), (OccurrenceKey Key, Series Series)>();
        var order = new List<(Instant?, LocalDate)>();
        foreach (var series in overrides)
        {
            var facts = series.Facts;
            if (master.KeyOf(facts.RecurrenceId!.Value, "RECURRENCE-ID", facts.RecurrenceIdLine) is not { } key)
            {
                continue;
            }

            var slot = (key.Start, key.Start is null ? key.Date : default);
            if (!best.TryGetValue(slot, out var current))
            {
                best[slot] = (key, series);
                order.Add(slot);
                continue;
            }

            var (winner, loser) = Beats(series.Facts, current.Series.Facts) ? (series, current.Series) : (current.Series, series);
            best[slot] = (key, winner);
            master.Context.Log.Warn(
                facts.Uid,
                "RECURRENCE-ID",
                loser.Facts.RecurrenceIdLine,
                "two overrides of the instance {0} (lines {1} and {2}); the one at line {3} is kept (higher SEQUENCE, then later DTSTAMP, then first in the file) and the one at line {4} is ignored.",
                key.Start?.ToString() ?? key.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Math.Min(winner.Facts.RecurrenceIdLine, loser.Facts.RecurrenceIdLine),
                Math.Max(winner.Facts.RecurrenceIdLine, loser.Facts.RecurrenceIdLine),
                winner.Facts.RecurrenceIdLine,
                loser.Facts.RecurrenceIdLine);
        }

        return order.Select(slot => best[slot]).ToList();
    }

    private static bool Beats(EventFacts candidate, EventFacts current) =>
        candidate.Sequence != current.Sequence
            ? candidate.Sequence > current.Sequence
            : (candidate.Stamp ?? Instant.MinValue) > (current.Stamp ?? Instant.MinValue);

    private static void ApplyRange(Series master, OccurrenceKey key, Series series, List<Occurrence> occurrences)
    {
        if (master.AllDay != series.AllDay)
        {
            master.Context.Log.Warn(series.Facts.Uid, "RECURRENCE-ID", series.Facts.RecurrenceIdLine, "RANGE=THISANDFUTURE on an override whose DTSTART is not of the master's value type (DATE vs DATE-TIME); it replaces its own instance only.");
            return;
        }

        var replacement = series.Single();
        var originalLocal = key.Start is { } s ? s.InZone(master.Zone!).LocalDateTime : key.Date + master.StartLocal.TimeOfDay;
        var newLocal = master.AllDay ? replacement.Local : replacement.Event.Range!.Value.Start.InZone(master.Zone!).LocalDateTime;
        var shift = Period.Between(originalLocal, newLocal);
        for (var i = 0; i < occurrences.Count; i++)
        {
            var o = occurrences[i];
            var after = key.Start is { } start ? o.Key.Start >= start : o.Key.Date >= key.Date;
            if (!after)
            {
                continue;
            }

            var local = o.Local + shift;
            if (!master.AllDay)
            {
                local = local.InZoneLeniently(master.Zone!).ToInstant().InZone(series.Zone!).LocalDateTime;
            }

            occurrences[i] = series.MakeAt(local, null, o.Key);
        }
    }
}
