using System.Globalization;
using Ical.Net.DataTypes;
using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.ICalendar.Internal.Parsing;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>Reads one VEVENT's content lines into <see cref="EventFacts"/>, reporting each bad value with its line.</summary>
/// <remarks>
/// A value that places the event (DTSTART, DTEND, DURATION, RRULE, EXRULE, RDATE, EXDATE, RECURRENCE-ID) that cannot
/// be read makes the component an error: importing it without that value would give wrong instants. Any other line
/// that cannot be read is an error in strict mode and a warning in lenient mode, where the line is skipped.
/// </remarks>
internal sealed class EventFactsReader(ProblemLog log, IcsImportOptions options)
{
    private static readonly HashSet<string> TimingProperties = ["DTSTART", "DTEND", "DURATION", "RRULE", "EXRULE", "RDATE", "EXDATE", "RECURRENCE-ID"];

    private bool failed;
    private string uid = string.Empty;

    /// <summary>Reads the VEVENT, or returns null after logging why it cannot be placed.</summary>
    internal EventFacts? Read(RawComponent ev, string eventUid)
    {
        failed = false;
        uid = eventUid;
        ReportBadLines(ev);
        ReportDroppedProperties(ev);
        var startLine = ev.First("DTSTART");
        var endLine = ev.First("DTEND");
        var durationLine = ev.First("DURATION");
        var ridLine = ev.First("RECURRENCE-ID");
        var facts = new EventFacts
        {
            Uid = uid,
            Line = ev.Line,
            Start = startLine is null ? null : DateValue(startLine),
            StartLine = startLine?.Line ?? ev.Line,
            End = endLine is null ? null : DateValue(endLine),
            EndLine = endLine?.Line ?? 0,
            Duration = durationLine is null ? null : DurationValue(durationLine),
            DurationLine = durationLine?.Line ?? 0,
            RecurrenceId = ridLine is null ? null : DateValue(ridLine),
            RecurrenceIdLine = ridLine?.Line ?? 0,
            ThisAndFuture = string.Equals(ridLine?.Parameter("RANGE"), "THISANDFUTURE", StringComparison.OrdinalIgnoreCase),
            Summary = ev.First("SUMMARY") is { } s ? IcsValueParser.Text(s.Value) : string.Empty,
            Categories = ev.All("CATEGORIES").SelectMany(c => IcsValueParser.TextList(c.Value)).ToList(),
            IsBusy = !string.Equals(ev.First("TRANSP")?.Value.Trim(), "TRANSPARENT", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(ev.First("STATUS")?.Value.Trim(), "CANCELLED", StringComparison.OrdinalIgnoreCase),
            Sequence = Sequence(ev.First("SEQUENCE")),
            Stamp = Stamp(ev.First("DTSTAMP")),
        };
        ReadRules(ev, "RRULE", facts.Rules);
        ReadRules(ev, "EXRULE", facts.ExceptionRules);
        ReadDates(ev, "RDATE", facts.RecurrenceDates, periods: true);
        ReadDates(ev, "EXDATE", facts.ExceptionDates, periods: false);
        if (facts.Start is null && startLine is null && !failed)
        {
            log.Error(uid, "DTSTART", ev.Line, "the VEVENT at line {0} has no DTSTART (required when the calendar has no METHOD, and needed to place the event).", ev.Line);
            failed = true;
        }

        return failed ? null : facts;
    }

    private void ReportBadLines(RawComponent ev)
    {
        foreach (var (line, name, message) in ev.BadLines)
        {
            if (name is not null && TimingProperties.Contains(name))
            {
                Fail(name, line, "line {0} cannot be read, so the event cannot be placed: {1}.", line, message);
            }
            else
            {
                LineProblem(name ?? "(syntax)", line, "line {0} cannot be read: {1}.", line, message);
            }
        }
    }

    private void ReportDroppedProperties(RawComponent ev)
    {
        if (ev.DroppedProperties > 0)
        {
            Fail("(limit)", ev.Line, "the VEVENT at line {0} has {1} more properties than the limit of {2} (IcsImportLimits.MaxPropertiesPerComponent).", ev.Line, ev.DroppedProperties, options.Limits.MaxPropertiesPerComponent);
        }
    }

    private IcsDateTime? DateValue(ContentLine line)
    {
        var value = IcsValueParser.DateTime(line.Value, line.Parameter("TZID"), out var error);
        if (value is null)
        {
            Fail(line.Name, line.Line, "{0}{1}.", error, QuotingHint(line));
        }

        return value;
    }

    private (int Sign, int Days, NodaTime.Duration Exact)? DurationValue(ContentLine line)
    {
        var value = IcsValueParser.Duration(line.Value, out var error);
        if (value is null)
        {
            Fail(line.Name, line.Line, "{0}.", error);
        }

        return value;
    }

    private void ReadRules(RawComponent ev, string name, List<RuleFact> rules)
    {
        foreach (var line in ev.All(name))
        {
            var text = line.Value.Trim();
            if (!IsWellFormedRule(text))
            {
                Fail(name, line.Line, "the rule '{0}' is not a valid RECUR value (RFC 5545 §3.3.10: NAME=VALUE parts separated by ';', values by ',', no spaces).", IcsValueParser.Shorten(text));
                continue;
            }

            try
            {
                rules.Add(new RuleFact(new RecurrenceRule(text), text, line.Line));
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
            {
                Fail(name, line.Line, "the rule '{0}' is not a valid RECUR value: {1} (RFC 5545 §3.3.10).", IcsValueParser.Shorten(text), ProblemLog.Clean(e.Message));
            }
        }
    }

    private void ReadDates(RawComponent ev, string name, List<DateFact> dates, bool periods)
    {
        foreach (var line in ev.All(name))
        {
            var tzid = line.Parameter("TZID");
            var isPeriod = string.Equals(line.Parameter("VALUE"), "PERIOD", StringComparison.OrdinalIgnoreCase);
            foreach (var text in IcsValueParser.List(line.Value))
            {
                if (dates.Count >= options.Limits.MaxRecurrenceDateValues)
                {
                    Fail(name, line.Line, "the VEVENT has more than {0} {1} values (IcsImportLimits.MaxRecurrenceDateValues); limit reached at line {2}.", options.Limits.MaxRecurrenceDateValues, name, line.Line);
                    return;
                }

                var fact = periods && (isPeriod || text.Contains('/', StringComparison.Ordinal)) ? Period(line, text, tzid) : Single(line, text, tzid);
                if (fact is not null)
                {
                    dates.Add(fact);
                }
            }
        }
    }

    private DateFact? Single(ContentLine line, string text, string? tzid)
    {
        var value = IcsValueParser.DateTime(text, tzid, out var error);
        if (value is null)
        {
            Fail(line.Name, line.Line, "{0}{1}.", error, QuotingHint(line));
            return null;
        }

        return new DateFact(value.Value, line.Line);
    }

    private DateFact? Period(ContentLine line, string text, string? tzid)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var start = slash > 0 ? IcsValueParser.DateTime(text[..slash], tzid, out var error) : null;
        if (start is not { HasTime: true })
        {
            Fail(line.Name, line.Line, "the period '{0}' is not start/end or start/duration with DATE-TIME values (RFC 5545 §3.3.9).", IcsValueParser.Shorten(text));
            return null;
        }

        var tail = text[(slash + 1)..];
        if (tail.StartsWith('P') || tail.StartsWith('+') || tail.StartsWith('-'))
        {
            var duration = IcsValueParser.Duration(tail, out error);
            if (duration is not { Sign: > 0 })
            {
                Fail(line.Name, line.Line, "the period '{0}' has a duration that is not a positive DURATION value (RFC 5545 §3.3.9).", IcsValueParser.Shorten(text));
                return null;
            }

            return new DateFact(start.Value, line.Line, Duration: duration);
        }

        var end = IcsValueParser.DateTime(tail, tzid, out error);
        if (end is not { HasTime: true })
        {
            Fail(line.Name, line.Line, "the period '{0}' has an end that is not a DATE-TIME: {1} (RFC 5545 §3.3.9).", IcsValueParser.Shorten(text), error ?? "a DATE is not allowed");
            return null;
        }

        return new DateFact(start.Value, line.Line, End: end);
    }

    private int Sequence(ContentLine? line)
    {
        if (line is null)
        {
            return 0;
        }

        if (int.TryParse(line.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }

        LineProblem("SEQUENCE", line.Line, "'{0}' is not a non-negative integer (RFC 5545 §3.8.7.4); read as 0.", IcsValueParser.Shorten(line.Value));
        return 0;
    }

    private Instant? Stamp(ContentLine? line)
    {
        if (line is null)
        {
            return null;
        }

        var value = IcsValueParser.DateTime(line.Value, null, out var error);
        if (value is { IsUtc: true } utc)
        {
            return utc.Local.InUtc().ToInstant();
        }

        LineProblem("DTSTAMP", line.Line, "{0}; DTSTAMP must be a UTC DATE-TIME (RFC 5545 §3.8.7.2), so it is not used to rank overrides.", error ?? string.Format(CultureInfo.InvariantCulture, "'{0}' is not in UTC", line.Value));
        return null;
    }

    /// <summary>An unquoted parameter value with ':' splits the line early: say so instead of blaming the value (RFC 5545 §3.1).</summary>
    private static string QuotingHint(ContentLine line)
    {
        var tzid = line.Parameter("TZID");
        return tzid is not null && line.Value.Contains(':', StringComparison.Ordinal)
            ? string.Format(CultureInfo.InvariantCulture, " (the line has TZID={0} followed by ':': a parameter value that contains ':', ';' or ',' must be in double quotes, RFC 5545 §3.1)", tzid)
            : string.Empty;
    }

    private static bool IsWellFormedRule(string rule) =>
        rule.Length > 0
        && !rule.Any(char.IsWhiteSpace)
        && rule.Split(';').All(part => part.IndexOf('=', StringComparison.Ordinal) is > 0 and var eq && eq < part.Length - 1 && part.IndexOf('=', eq + 1) < 0);

    private void Fail(string property, int line, string format, params object?[] args)
    {
        failed = true;
        log.Error(uid, property, line, format, args);
    }

    private void LineProblem(string property, int line, string format, params object?[] args)
    {
        if (options.Lenient)
        {
            log.Warn(uid, property, line, format + " The line is skipped (lenient import).", args);
        }
        else
        {
            log.Error(uid, property, line, format, args);
        }
    }
}
