using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.ICalendar.Internal.Parsing;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>Reads one VFREEBUSY's FREEBUSY periods (RFC 5545 §3.8.2.6: UTC start/end or start/duration) that overlap the window.</summary>
internal sealed class FreeBusyReader(ProblemLog log, IcsImportOptions options)
{
    private static readonly Instant Latest = Instant.FromUtc(9999, 12, 31, 0, 0);

    /// <summary>Returns the component, or null when a period is unreadable in strict mode (after logging it).</summary>
    internal ImportedFreeBusy? Read(RawComponent component)
    {
        var uid = component.First("UID")?.Value.Trim();
        var periods = new List<ImportedFreeBusyPeriod>();
        var ok = true;
        var values = 0;
        foreach (var line in component.All("FREEBUSY"))
        {
            var kind = KindOf(line.Parameter("FBTYPE"));
            foreach (var text in IcsValueParser.List(line.Value))
            {
                if (++values > options.Limits.MaxRecurrenceDateValues)
                {
                    log.Error(uid, "FREEBUSY", line.Line, "the VFREEBUSY has more than {0} periods (IcsImportLimits.MaxRecurrenceDateValues).", options.Limits.MaxRecurrenceDateValues);
                    return null;
                }

                var range = Period(uid, line.Line, text);
                if (range is null)
                {
                    ok = false;
                }
                else if (options.Window.Overlaps(range.Value))
                {
                    periods.Add(new ImportedFreeBusyPeriod(range.Value, kind));
                }
            }
        }

        return ok || options.Lenient
            ? new ImportedFreeBusy(uid, periods.OrderBy(p => p.Range.Start).ThenBy(p => p.Range.End).ThenBy(p => p.Kind).ToList())
            : null;
    }

    private static FreeBusyKind KindOf(string? type) => type?.ToUpperInvariant() switch
    {
        "FREE" => FreeBusyKind.Free,
        "BUSY-TENTATIVE" => FreeBusyKind.BusyTentative,
        "BUSY-UNAVAILABLE" => FreeBusyKind.BusyUnavailable,
        _ => FreeBusyKind.Busy,
    };

    private InstantRange? Period(string? uid, int line, string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        string? error = null;
        var start = slash > 0 ? IcsValueParser.DateTime(text[..slash], null, out error) : null;
        if (start is not { IsUtc: true } s)
        {
            log.Error(uid, "FREEBUSY", line, "the period '{0}' is not start/end or start/duration with UTC date-times (RFC 5545 §3.8.2.6){1}.", IcsValueParser.Shorten(text), slash > 0 && error is not null ? ": " + error : string.Empty);
            return null;
        }

        var startInstant = s.Local.InUtc().ToInstant();
        var tail = text[(slash + 1)..];
        Instant end;
        if (IcsValueParser.DateTime(tail, null, out _) is { IsUtc: true } e)
        {
            end = e.Local.InUtc().ToInstant();
        }
        else if (IcsValueParser.Duration(tail, out var durationError) is { Sign: > 0 } d)
        {
            var length = NodaTime.Duration.FromDays(d.Days) + d.Exact;
            if (length > Latest - startInstant)
            {
                log.Error(uid, "FREEBUSY", line, "the period '{0}' ends after the year 9999, the last year the importer computes with.", IcsValueParser.Shorten(text));
                return null;
            }

            end = startInstant + length;
        }
        else
        {
            log.Error(uid, "FREEBUSY", line, "the period '{0}' has an end that is neither a UTC date-time nor a positive duration{1}.", IcsValueParser.Shorten(text), durationError is null ? string.Empty : ": " + durationError);
            return null;
        }

        if (end < startInstant)
        {
            log.Error(uid, "FREEBUSY", line, "the period '{0}' ends before it starts.", IcsValueParser.Shorten(text));
            return null;
        }

        return InstantRange.FromInstants(startInstant, end);
    }
}
