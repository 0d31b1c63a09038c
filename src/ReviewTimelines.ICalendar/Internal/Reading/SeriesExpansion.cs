using NodaTime;
using ReviewTimelines.ICalendar.Internal.Parsing;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>Expands a master VEVENT: DTSTART, every RRULE and RDATE, minus every EXRULE and EXDATE, in linear time after one sort.</summary>
/// <remarks>
/// UNTIL is compared as an instant with each instance's instant (RFC 5545 §3.3.10), and two instances never share an
/// instant (a skipped local time that moves onto the next instance is dropped). RDATE and EXDATE values are hashed,
/// not scanned, so 20,000 values cost 20,000 look-ups.
/// </remarks>
internal static class SeriesExpansion
{
    /// <summary>Returns the occurrences in start order, or null after logging an error.</summary>
    internal static List<Occurrence>? Expand(Series series)
    {
        var locals = new Dictionary<LocalDateTime, Instant?> { [series.StartLocal] = null };
        var window = Window(series);
        foreach (var rule in series.Facts.Rules)
        {
            if (!AddRule(series, rule, window, locals))
            {
                return null;
            }
        }

        var excluded = new HashSet<LocalDateTime>();
        foreach (var rule in series.Facts.ExceptionRules)
        {
            var fromRule = new Dictionary<LocalDateTime, Instant?>();
            if (!AddRule(series, rule, window, fromRule))
            {
                return null;
            }

            excluded.UnionWith(fromRule.Keys);
        }

        if (!AddRecurrenceDates(series, locals))
        {
            return null;
        }

        return Filter(series, locals, excluded);
    }

    private static (LocalDateTime NotBefore, LocalDateTime Horizon) Window(Series series)
    {
        var options = series.Context.Options;
        var zone = series.Zone ?? options.OwnerZone;
        var horizon = series.AllDay
            ? options.Window.End.InZone(zone).Date.PlusDays(1).AtMidnight()
            : options.Window.End.InZone(zone).LocalDateTime.PlusDays(1);
        var maxLength = series.MaxLength;
        var notBefore = maxLength > NodaTime.Duration.FromDays(3660)
            ? series.StartLocal
            : (options.Window.Start - maxLength).InZone(zone).LocalDateTime.PlusDays(-2);
        return (notBefore, horizon);
    }

    private static bool AddRule(Series series, RuleFact rule, (LocalDateTime NotBefore, LocalDateTime Horizon) window, Dictionary<LocalDateTime, Instant?> locals)
    {
        var pastUntil = PastUntil(series, rule);
        if (pastUntil is null)
        {
            return false;
        }

        try
        {
            foreach (var local in RecurrenceExpander.Expand(rule.Text, series.StartLocal, series.AllDay, window.NotBefore, window.Horizon, series.Context.Budget))
            {
                if (pastUntil(local))
                {
                    break;
                }

                locals.TryAdd(local, null);
            }

            return true;
        }
        catch (RecurrenceLimitException e)
        {
            series.Context.Log.Error(series.Facts.Uid, "RRULE", rule.Line, "{0}.", e.Message);
            return false;
        }
    }

    /// <summary>The UNTIL test of a rule: instants for UTC or TZID values, dates for DATE values or all-day series, wall time for floating ones.</summary>
    private static Func<LocalDateTime, bool>? PastUntil(Series series, RuleFact rule)
    {
        if (rule.Rule.Until is not { } u)
        {
            return _ => false;
        }

        var until = new IcsDateTime(RecurrenceExpander.FromCal(u), u.HasTime, u.IsUtc, u.IsUtc ? null : u.TzId);
        var options = series.Context.Options;
        if (series.AllDay)
        {
            var date = until.IsUtc ? until.Local.InUtc().ToInstant().InZone(options.OwnerZone).Date : until.Local.Date;
            return local => local.Date > date;
        }

        if (!until.HasTime)
        {
            return local => local.Date > until.Local.Date;
        }

        if (until.IsUtc || until.TzId is not null)
        {
            var instant = series.Context.ResolveInstant(series.Facts.Uid, "RRULE", rule.Line, until, series.Zone);
            if (instant is null)
            {
                return null;
            }

            var zone = series.Zone!;
            return local => local.InZoneLeniently(zone).ToInstant() > instant.Value;
        }

        return local => local > until.Local;
    }

    private static bool AddRecurrenceDates(Series series, Dictionary<LocalDateTime, Instant?> locals)
    {
        foreach (var rdate in series.Facts.RecurrenceDates)
        {
            var local = series.LocalOf(rdate.Value, "RDATE", rdate.Line);
            if (local is null)
            {
                return false;
            }

            Instant? explicitEnd = null;
            if (!series.AllDay && rdate.End is { } end)
            {
                explicitEnd = series.Context.ResolveInstant(series.Facts.Uid, "RDATE", rdate.Line, end, series.Zone);
                if (explicitEnd is null)
                {
                    return false;
                }
            }
            else if (!series.AllDay && rdate.Duration is { } d)
            {
                var start = local.Value.InZoneLeniently(series.Zone!).ToInstant();
                explicitEnd = (d.Days == 0 ? start : local.Value.PlusDays(d.Days).InZoneLeniently(series.Zone!).ToInstant()) + d.Exact;
            }

            locals[local.Value] = explicitEnd;
        }

        return true;
    }

    private static List<Occurrence>? Filter(Series series, Dictionary<LocalDateTime, Instant?> locals, HashSet<LocalDateTime> excluded)
    {
        var exInstants = new HashSet<Instant>();
        var exDates = new HashSet<LocalDate>();
        foreach (var exdate in series.Facts.ExceptionDates)
        {
            var key = series.KeyOf(exdate.Value, "EXDATE", exdate.Line);
            if (key is null)
            {
                return null;
            }

            if (key.Value.Start is { } at)
            {
                exInstants.Add(at);
            }
            else
            {
                exDates.Add(key.Value.Date);
            }
        }

        var ordered = locals.Keys.Where(l => !excluded.Contains(l)).Order().ToList();
        var seen = new HashSet<Instant>();
        var result = new List<Occurrence>(ordered.Count);
        foreach (var local in ordered)
        {
            var occurrence = series.Make(local, locals[local]);
            var key = occurrence.Key;
            if (exDates.Contains(key.Date) || (key.Start is { } start && (exInstants.Contains(start) || !seen.Add(start))))
            {
                continue;
            }

            result.Add(occurrence);
        }

        return result;
    }
}
