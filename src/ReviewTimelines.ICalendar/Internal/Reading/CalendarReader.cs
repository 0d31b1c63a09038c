using System.Globalization;
using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.ICalendar.Internal.Parsing;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>Reads the component tree into our immutable import types, applying the policies of <see cref="IcsImporter"/>.</summary>
internal sealed class CalendarReader(IDateTimeZoneProvider provider, IcsImportOptions options)
{
    private static readonly HashSet<string> Known = ["VEVENT", "VFREEBUSY", "VTIMEZONE", "VTODO", "VJOURNAL"];

    private readonly ProblemLog log = new();
    private readonly List<(ImportedEvent Event, InstantRange Range)> events = [];
    private readonly List<ImportedFreeBusy> freeBusy = [];
    private readonly ZoneCache zones = new();
    private readonly WorkBudget budget = new(options.Limits);

    /// <summary>Reads every VCALENDAR; throws in strict mode when any error was found.</summary>
    /// <exception cref="IcsImportException">Strict mode and an error, or <see cref="IcsImportLimits.MaxTotalOccurrences"/> exceeded.</exception>
    internal IcsImportResult Read(List<RawComponent> calendars)
    {
        string? name = null;
        for (var c = 0; c < calendars.Count; c++)
        {
            var calendar = calendars[c];
            name ??= Text(calendar, "NAME") ?? Text(calendar, "X-WR-CALNAME");
            var context = Context(calendar);
            ReportCalendarLines(calendar);
            ReportUnread(calendar);
            ReadEvents(calendar, c, context);
            foreach (var fb in calendar.Children.Where(x => x.Name == "VFREEBUSY"))
            {
                if (new FreeBusyReader(log, options).Read(fb) is { } read)
                {
                    freeBusy.Add(read);
                }
            }
        }

        if (!options.Lenient && log.HasErrors)
        {
            throw new IcsImportException(log.Problems.ToList());
        }

        var ordered = events
            .OrderBy(e => e.Range.Start)
            .ThenBy(e => e.Event.Uid, StringComparer.Ordinal)
            .ThenBy(e => e.Range.End)
            .Select(e => e.Event)
            .ToList();
        return new IcsImportResult(name, ordered, freeBusy.ToList(), log.Problems.ToList());
    }

    private static string? Text(RawComponent calendar, string property) =>
        calendar.First(property) is { } p && IcsValueParser.Text(p.Value) is { Length: > 0 } value ? value : null;

    private ReadContext Context(RawComponent calendar)
    {
        var utc = DateTimeZone.Utc;
        var notBefore = options.Window.Start.InZone(utc).LocalDateTime.PlusYears(-1);
        var horizon = options.Window.End.InZone(utc).LocalDateTime.PlusYears(1);
        var resolver = new ZoneResolver(provider, calendar, zones, notBefore, horizon, budget);
        var floating = options.FloatingTimeZone;
        string? floatingError = null;
        if (floating is null)
        {
            if (Text(calendar, "X-WR-TIMEZONE") is { } declared)
            {
                (floating, var error) = resolver.Resolve(declared);
                floatingError = error is null ? null : "X-WR-TIMEZONE: " + error;
            }
            else
            {
                floatingError = "no zone is declared for floating times (IcsImportOptions.FloatingTimeZone or X-WR-TIMEZONE)";
            }
        }

        return new ReadContext(options, log, resolver, budget, floating, floatingError);
    }

    private void ReportCalendarLines(RawComponent calendar)
    {
        foreach (var (line, property, message) in calendar.BadLines)
        {
            if (options.Lenient)
            {
                log.Warn(null, property ?? "(syntax)", line, "line {0} cannot be read: {1}. The line is skipped (lenient import).", line, message);
            }
            else
            {
                log.Error(null, property ?? "(syntax)", line, "line {0} cannot be read: {1}.", line, message);
            }
        }
    }

    /// <summary>Every component the importer does not read gets a warning naming it, its UID and line (issue 22 item 1).</summary>
    private void ReportUnread(RawComponent calendar)
    {
        foreach (var kind in new[] { "VTODO", "VJOURNAL" })
        {
            var skipped = calendar.Children.Where(x => x.Name == kind).ToList();
            if (skipped.Count > 0)
            {
                log.Warn(null, kind, skipped[0].Line, "{0} {1} component(s) ignored: only VEVENT and VFREEBUSY are imported.", skipped.Count, kind);
            }
        }

        foreach (var other in calendar.Children.Where(x => !Known.Contains(x.Name)))
        {
            var why = other.Name == "VAVAILABILITY"
                ? "VAVAILABILITY (RFC 7953) is not imported: its available and busy time is ignored"
                : string.Format(CultureInfo.InvariantCulture, "the component {0} is not imported", other.Name);
            log.Warn(Uid(other), other.Name, other.Line, "{0} (line {1}).", why, other.Line);
            ReportNestedEvents(other);
        }

        foreach (var ev in calendar.Children.Where(x => x.Name == "VEVENT"))
        {
            ReportNestedEvents(ev);
        }
    }

    private void ReportNestedEvents(RawComponent parent)
    {
        foreach (var child in parent.Children)
        {
            if (child.Name == "VALARM")
            {
                continue;
            }

            log.Warn(Uid(child) ?? Uid(parent), child.Name, child.Line, "a {0} inside {1} (line {2}) is not imported: RFC 5545 §3.6 places components directly in VCALENDAR.", child.Name, parent.Name, child.Line);
            ReportNestedEvents(child);
        }
    }

    private static string? Uid(RawComponent component) =>
        component.First("UID") is { } uid && uid.Value.Trim() is { Length: > 0 } value ? value : null;

    private void ReadEvents(RawComponent calendar, int calendarIndex, ReadContext context)
    {
        var groups = new Dictionary<string, (List<EventFacts> Masters, List<EventFacts> Overrides)>(StringComparer.Ordinal);
        var order = new List<string>();
        var missingUid = 0;
        var index = 0;
        var reader = new EventFactsReader(log, options);
        foreach (var ev in calendar.Children.Where(x => x.Name == "VEVENT"))
        {
            var uid = Uid(ev);
            if (uid is null)
            {
                missingUid++;
                uid = string.Format(CultureInfo.InvariantCulture, "urn:reviewtimelines:missing-uid:{0}:{1}", calendarIndex, index);
            }

            index++;
            if (reader.Read(ev, uid) is not { } facts)
            {
                continue;
            }

            if (!groups.TryGetValue(uid, out var group))
            {
                groups[uid] = group = ([], []);
                order.Add(uid);
            }

            (facts.RecurrenceId is null ? group.Masters : group.Overrides).Add(facts);
        }

        if (missingUid > 0)
        {
            log.Warn(null, "UID", null, "{0} VEVENT(s) have no UID (RFC 5545 §3.6.1 requires one); synthesized urn:reviewtimelines:missing-uid:{1}:<index> ids.", missingUid, calendarIndex);
        }

        foreach (var uid in order)
        {
            var (masters, overrides) = groups[uid];
            try
            {
                ReadSeries(context, masters, overrides);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or (FormatException and not IcsImportException))
            {
                var first = masters.Concat(overrides).Min(f => f.Line);
                log.Error(uid, "VEVENT", first, "the VEVENT at line {0} has a date or length that cannot be computed (outside the years 0001–9999?): {1}.", first, ProblemLog.Clean(ex.Message));
            }
        }
    }

    private void ReadSeries(ReadContext context, List<EventFacts> masters, List<EventFacts> overrides)
    {
        if (masters.Count > 1)
        {
            log.Warn(masters[0].Uid, "UID", masters[1].Line, "{0} VEVENTs share this UID without RECURRENCE-ID (lines {1} and {2}, ...); each is imported.", masters.Count, masters[0].Line, masters[1].Line);
        }

        var occurrences = new List<Occurrence>();
        Series? first = null;
        foreach (var master in masters)
        {
            if (Series.Create(context, master) is not { } series)
            {
                continue;
            }

            first ??= series;
            if (SeriesExpansion.Expand(series) is { } expanded)
            {
                occurrences.AddRange(expanded);
            }
        }

        var overrideSeries = overrides.Select(o => Series.Create(context, o)).OfType<Series>().ToList();
        if (first is null)
        {
            // No master: each override stands for itself. Lotus Notes writes a RANGE=THISANDFUTURE override whose RDATE
            // list carries the later instances, so its RRULE/RDATE are expanded like a master's.
            foreach (var series in overrideSeries)
            {
                occurrences.AddRange(series.Facts.Rules.Count + series.Facts.RecurrenceDates.Count > 0 ? SeriesExpansion.Expand(series) ?? [] : [series.Single()]);
            }
        }
        else
        {
            foreach (var series in overrideSeries.Where(s => s.Facts.Rules.Count + s.Facts.RecurrenceDates.Count + s.Facts.ExceptionDates.Count > 0))
            {
                log.Warn(series.Facts.Uid, "RECURRENCE-ID", series.Facts.RecurrenceIdLine, "the override has RRULE, RDATE or EXDATE; with a master present it replaces one instance (or shifts later ones with RANGE=THISANDFUTURE), so they are ignored.");
            }

            OverrideSet.Apply(first, overrideSeries, occurrences);
        }

        AddInWindow(occurrences);
    }

    private void AddInWindow(List<Occurrence> occurrences)
    {
        foreach (var occurrence in occurrences)
        {
            var range = occurrence.Event.ToInstantRange(options.OwnerZone);
            if (!options.Window.Overlaps(range) && !(range.IsEmpty && options.Window.Contains(range.Start)))
            {
                continue;
            }

            if (events.Count >= options.Limits.MaxTotalOccurrences)
            {
                throw new IcsImportException(
                [
                    new IcsProblem(
                        IcsProblemSeverity.Error,
                        occurrence.Event.Uid,
                        "(stream)",
                        string.Format(CultureInfo.InvariantCulture, "The import yields more than {0} occurrences in the window (IcsImportLimits.MaxTotalOccurrences).", options.Limits.MaxTotalOccurrences)),
                ]);
            }

            events.Add((occurrence.Event, range));
        }
    }
}
