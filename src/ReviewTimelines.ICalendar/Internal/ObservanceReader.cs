using System.Globalization;
using Ical.Net.DataTypes;
using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.ICalendar.Internal.Parsing;
using ReviewTimelines.ICalendar.Internal.Reading;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Turns one VTIMEZONE's STANDARD/DAYLIGHT observances (RFC 5545 §3.6.5) into an <see cref="ObservanceDateTimeZone"/>, within the limits.</summary>
/// <remarks>
/// DTSTART is a local time in TZOFFSETFROM; some generators write UTC (holidays-austria.ics), which is read as the
/// instant it names. Onsets come from DTSTART, RRULE (expanded near the window, <see cref="RecurrenceExpander"/>) and
/// RDATE. Limits: <see cref="IcsImportLimits.MaxObservancesPerTimeZone"/> observances, and
/// <see cref="IcsImportLimits.MaxOccurrencesPerSeries"/> onsets per observance rule.
/// </remarks>
internal sealed class ObservanceReader(string tzid, LocalDateTime notBefore, LocalDateTime horizon, WorkBudget budget)
{
    private readonly List<ObservanceDateTimeZone.Transition> transitions = [];

    /// <summary>Builds the zone, or returns a sentence saying why it cannot be built.</summary>
    internal (DateTimeZone? Zone, string? Error) Read(RawComponent vtimezone)
    {
        var observances = vtimezone.Children.Where(c => c.Name is "STANDARD" or "DAYLIGHT").ToList();
        if (observances.Count > budget.Limits.MaxObservancesPerTimeZone)
        {
            return (null, Say("the VTIMEZONE '{0}' (line {1}) has {2} observances, more than the limit of {3} (IcsImportLimits.MaxObservancesPerTimeZone)", tzid, vtimezone.Line, observances.Count, budget.Limits.MaxObservancesPerTimeZone));
        }

        if (observances.Count == 0)
        {
            return (null, Say("the VTIMEZONE '{0}' (line {1}) has no STANDARD or DAYLIGHT observance (RFC 5545 §3.6.5 requires at least one)", tzid, vtimezone.Line));
        }

        Offset? initial = null;
        LocalDateTime? earliest = null;
        foreach (var observance in observances)
        {
            var error = ReadObservance(observance, out var from, out var start);
            if (error is not null)
            {
                return (null, error);
            }

            if (earliest is null || start < earliest)
            {
                earliest = start;
                initial = from;
            }
        }

        return (ObservanceDateTimeZone.Create(tzid, initial!.Value, transitions), null);
    }

    private string? ReadObservance(RawComponent observance, out Offset from, out LocalDateTime start)
    {
        from = Offset.Zero;
        start = default;
        var dtStart = observance.First("DTSTART");
        var fromLine = observance.First("TZOFFSETFROM");
        var toLine = observance.First("TZOFFSETTO");
        if (dtStart is null || fromLine is null || toLine is null)
        {
            return Say("the VTIMEZONE '{0}' has a {1} observance (line {2}) without DTSTART, TZOFFSETFROM or TZOFFSETTO (RFC 5545 §3.6.5)", tzid, observance.Name, observance.Line);
        }

        var startValue = IcsValueParser.DateTime(dtStart.Value, null, out var error);
        var fromValue = IcsValueParser.UtcOffset(fromLine.Value, out var fromError);
        var toValue = IcsValueParser.UtcOffset(toLine.Value, out var toError);
        if (startValue is null || fromValue is null || toValue is null)
        {
            return Say("the VTIMEZONE '{0}' has an unreadable {1} observance (line {2}): {3}", tzid, observance.Name, observance.Line, error ?? fromError ?? toError);
        }

        from = fromValue.Value;
        var to = toValue.Value;
        var savings = observance.Name == "DAYLIGHT" ? (to > from ? to - from : Offset.FromHours(1)) : Offset.Zero;
        var name = observance.First("TZNAME") is { } n ? IcsValueParser.Text(n.Value) : tzid;
        var offsetFrom = from;
        start = startValue.Value.IsUtc ? startValue.Value.Local.InUtc().ToInstant().WithOffset(from).LocalDateTime : startValue.Value.Local;
        void Add(Instant at) => transitions.Add(new ObservanceDateTimeZone.Transition(at, to, savings, name));
        Instant Onset(LocalDateTime local, bool isUtc) => isUtc ? local.InUtc().ToInstant() : local.WithOffset(offsetFrom).ToInstant();

        Add(Onset(startValue.Value.Local, startValue.Value.IsUtc));
        var ruleError = AddRuleOnsets(observance, start, from, Add);
        if (ruleError is not null)
        {
            return ruleError;
        }

        foreach (var rdate in observance.All("RDATE").SelectMany(r => IcsValueParser.List(r.Value)))
        {
            if (IcsValueParser.DateTime(rdate, null, out var rdateError) is not { } value)
            {
                return Say("the VTIMEZONE '{0}' has an unreadable RDATE in its {1} observance (line {2}): {3}", tzid, observance.Name, observance.Line, rdateError);
            }

            Add(Onset(value.Local, value.IsUtc));
        }

        return null;
    }

    private string? AddRuleOnsets(RawComponent observance, LocalDateTime start, Offset from, Action<Instant> add)
    {
        if (observance.First("RRULE") is not { } ruleLine)
        {
            return null;
        }

        try
        {
            var rule = new RecurrenceRule(ruleLine.Value.Trim());
            Instant? until = rule.Until is { } u
                ? (u.IsUtc ? RecurrenceExpander.FromCal(u).InUtc().ToInstant() : RecurrenceExpander.FromCal(u).WithOffset(from).ToInstant())
                : null;
            foreach (var local in RecurrenceExpander.Expand(ruleLine.Value.Trim(), start, dateOnly: false, notBefore, horizon, budget))
            {
                var at = local.WithOffset(from).ToInstant();
                if (until is { } end && at > end)
                {
                    break;
                }

                add(at);
            }

            return null;
        }
        catch (RecurrenceLimitException e)
        {
            return Say("the VTIMEZONE '{0}', {1} observance (line {2}): {3}", tzid, observance.Name, ruleLine.Line, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            return Say("the VTIMEZONE '{0}' has an unreadable RRULE in its {1} observance (line {2}): {3}", tzid, observance.Name, ruleLine.Line, ProblemLog.Clean(e.Message));
        }
    }

    private static string Say(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
