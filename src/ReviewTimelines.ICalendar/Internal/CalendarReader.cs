using System.Globalization;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Reads parsed Ical.Net calendars into our immutable import types, applying the policies of <see cref="IcsImporter"/>.</summary>
internal sealed class CalendarReader
{
    private readonly IDateTimeZoneProvider provider;
    private readonly IcsImportOptions options;
    private readonly List<IcsProblem> problems = [];
    private readonly List<ImportedEvent> events = [];
    private readonly List<ImportedFreeBusy> freeBusy = [];
    private ZoneResolver resolver = null!;
    private DateTimeZone? floatingZone;
    private string? floatingZoneError;

    internal CalendarReader(IDateTimeZoneProvider provider, IcsImportOptions options)
    {
        this.provider = provider;
        this.options = options;
    }

    private LocalDate WindowEndDate => options.Window.End.InZone(options.OwnerZone).Date;

    internal IcsImportResult Read(CalendarCollection calendars, List<IcsStructureScanner.RawCalendar> raw)
    {
        string? name = null;
        for (var c = 0; c < calendars.Count; c++)
        {
            var calendar = calendars[c];
            name ??= TextProperty(calendar, "NAME") ?? TextProperty(calendar, "X-WR-CALNAME");
            var horizon = options.Window.End.InUtc().LocalDateTime.PlusYears(1);
            resolver = new ZoneResolver(provider, calendar, horizon, options.Limits);
            ResolveFloatingZone(calendar);
            ReadEvents(calendar, c, c < raw.Count ? raw[c].Events : []);
            foreach (var fb in c < raw.Count ? raw[c].FreeBusy : [])
            {
                ReadFreeBusy(fb);
            }

            WarnIgnored(calendar.Todos.Count, "VTODO");
            WarnIgnored(calendar.Journals.Count, "VJOURNAL");
        }

        if (!options.Lenient && problems.Any(p => p.Severity == IcsProblemSeverity.Error))
        {
            throw new IcsImportException(problems.ToList());
        }

        var ordered = events
            .OrderBy(e => e.ToInstantRange(options.OwnerZone).Start)
            .ThenBy(e => e.Uid, StringComparer.Ordinal)
            .ThenBy(e => e.ToInstantRange(options.OwnerZone).End)
            .ToList();
        return new IcsImportResult(name, ordered, freeBusy.ToList(), problems.ToList());
    }

    private static bool IsWellFormedRule(string rule) =>
        rule.Length > 0
        && !rule.Any(char.IsWhiteSpace)
        && rule.Split(';').All(part => part.IndexOf('=', StringComparison.Ordinal) is > 0 and var eq && eq < part.Length - 1 && part.IndexOf('=', eq + 1) < 0);

    private static string? TextProperty(Calendar calendar, string name) =>
        calendar.Properties.Get<string>(name) is { Length: > 0 } value ? value : null;

    private void WarnIgnored(int count, string component)
    {
        if (count > 0)
        {
            Warn(null, component, "{0} {1} component(s) ignored: only VEVENT and VFREEBUSY are imported.", count, component);
        }
    }

    private void ResolveFloatingZone(Calendar calendar)
    {
        floatingZone = options.FloatingTimeZone;
        floatingZoneError = null;
        if (floatingZone is null)
        {
            if (TextProperty(calendar, "X-WR-TIMEZONE") is { } declared)
            {
                (floatingZone, var error) = resolver.Resolve(declared);
                floatingZoneError = error is null ? null : "X-WR-TIMEZONE: " + error;
            }
            else
            {
                floatingZoneError = "no zone is declared for floating times (IcsImportOptions.FloatingTimeZone or X-WR-TIMEZONE)";
            }
        }
    }

    private void ReadEvents(Calendar calendar, int calendarIndex, List<IcsStructureScanner.RawEvent> raw)
    {
        var list = calendar.Events.ToList();
        var missingUid = 0;
        var parsed = new List<(string Uid, CalendarEvent Event)>();
        for (var i = 0; i < list.Count; i++)
        {
            var uid = list[i].Uid;
            // The raw scan and Ical.Net see the same VEVENTs in the same order; if the counts ever differ, do not guess.
            var rawEvent = raw.Count == list.Count ? raw[i] : null;
            if (string.IsNullOrWhiteSpace(uid) || rawEvent is { HasUid: false })
            {
                // Ical.Net invents a random UID for a VEVENT without one; we replace it with a stable one.
                missingUid++;
                uid = string.Format(CultureInfo.InvariantCulture, "urn:reviewtimelines:missing-uid:{0}:{1}", calendarIndex, i);
            }

            var badRule = rawEvent?.RecurrenceRules.FirstOrDefault(r => !IsWellFormedRule(r));
            if (badRule is not null)
            {
                Error(uid, "RRULE", "the rule '{0}' is not a valid RECUR value (RFC 5545 §3.3.10: NAME=VALUE parts separated by ';', values by ',', no spaces).", badRule);
                continue;
            }

            parsed.Add((uid, list[i]));
        }

        if (missingUid > 0)
        {
            Warn(null, "UID", "{0} VEVENT(s) have no UID (RFC 5545 §3.6.1 requires one); synthesized urn:reviewtimelines:missing-uid:{1}:<index> ids.", missingUid, calendarIndex);
        }

        foreach (var group in parsed.GroupBy(p => p.Uid, StringComparer.Ordinal))
        {
            var masters = group.Where(p => p.Event.RecurrenceIdentifier is null).ToList();
            var overrides = group.Where(p => p.Event.RecurrenceIdentifier is not null).ToList();
            try
            {
                ReadSeries(group.Key, masters.Select(m => m.Event).ToList(), overrides.Select(o => o.Event).ToList());
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or OverflowException)
            {
                Error(group.Key, "VEVENT", "the component could not be read: {0}", ex.Message);
            }
        }
    }

    private void ReadSeries(string uid, List<CalendarEvent> masters, List<CalendarEvent> overrides)
    {
        var occurrences = new List<Occurrence>();
        Series? masterSeries = null;
        if (masters.Count > 1)
        {
            Warn(uid, "UID", "{0} VEVENTs share this UID without RECURRENCE-ID; each is imported.", masters.Count);
        }

        foreach (var master in masters)
        {
            var series = Series.Create(this, uid, master);
            if (series is null)
            {
                continue;
            }

            masterSeries ??= series;
            var expanded = series.Expand();
            if (expanded is null)
            {
                continue;
            }

            occurrences.AddRange(expanded);
        }

        foreach (var ov in overrides)
        {
            var series = Series.Create(this, uid, ov);
            if (series is null)
            {
                continue;
            }

            if (masterSeries is not null)
            {
                var key = masterSeries.KeyOf(ov.RecurrenceIdentifier!.StartTime, "RECURRENCE-ID");
                if (key is null)
                {
                    continue;
                }

                occurrences.RemoveAll(o => key.Value.Matches(o.Key));
            }

            occurrences.Add(series.Single());
        }

        foreach (var occurrence in occurrences)
        {
            if (options.Window.Overlaps(occurrence.Event.ToInstantRange(options.OwnerZone))
                || (occurrence.Event.ToInstantRange(options.OwnerZone) is { IsEmpty: true } marker && options.Window.Contains(marker.Start)))
            {
                if (events.Count >= options.Limits.MaxTotalOccurrences)
                {
                    throw new IcsImportException(
                    [
                        new IcsProblem(
                            IcsProblemSeverity.Error,
                            uid,
                            "(stream)",
                            string.Format(CultureInfo.InvariantCulture, "The import yields more than {0} occurrences (MaxTotalOccurrences).", options.Limits.MaxTotalOccurrences)),
                    ]);
                }

                events.Add(occurrence.Event);
            }
        }
    }

    private void ReadFreeBusy(IcsStructureScanner.RawFreeBusy fb)
    {
        var uid = fb.Uid;
        var periods = new List<ImportedFreeBusyPeriod>();
        var ok = true;
        foreach (var (parameters, value) in fb.Lines)
        {
            var kind = KindOf(parameters);
            foreach (var text in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var range = ParseUtcPeriod(uid, text);
                if (range is null)
                {
                    ok = false;
                    continue;
                }

                if (options.Window.Overlaps(range.Value))
                {
                    periods.Add(new ImportedFreeBusyPeriod(range.Value, kind));
                }
            }
        }

        if (ok || options.Lenient)
        {
            freeBusy.Add(new ImportedFreeBusy(
                uid,
                periods.OrderBy(p => p.Range.Start).ThenBy(p => p.Range.End).ThenBy(p => p.Kind).ToList()));
        }
    }

    /// <summary>Parses an RFC 5545 §3.3.9 PERIOD in UTC (§3.8.2.6 requires UTC in FREEBUSY): start/end or start/duration.</summary>
    private InstantRange? ParseUtcPeriod(string? uid, string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var start = slash > 0 ? UtcLocalPattern.Parse(text[..slash]) : null;
        if (start is null || !start.Success)
        {
            Error(uid, "FREEBUSY", "the period '{0}' is not start/end or start/duration with UTC date-times (RFC 5545 §3.8.2.6).", text);
            return null;
        }

        var tail = text[(slash + 1)..];
        Instant end;
        var endResult = UtcLocalPattern.Parse(tail);
        if (endResult.Success)
        {
            end = endResult.Value.InUtc().ToInstant();
        }
        else if (Ical.Net.DataTypes.Duration.Parse(tail) is { Sign: >= 0 } duration)
        {
            end = start.Value.InUtc().ToInstant() + ExactPart(duration) + NodaTime.Duration.FromDays(NominalDays(duration));
        }
        else
        {
            Error(uid, "FREEBUSY", "the period '{0}' has an end that is neither a UTC date-time nor a non-negative duration.", text);
            return null;
        }

        if (end < start.Value.InUtc().ToInstant())
        {
            Error(uid, "FREEBUSY", "the period '{0}' ends before it starts.", text);
            return null;
        }

        return InstantRange.FromInstants(start.Value.InUtc().ToInstant(), end);
    }

    private static readonly NodaTime.Text.LocalDateTimePattern UtcLocalPattern =
        NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    private static FreeBusyKind KindOf(string parameters)
    {
        var upper = parameters.ToUpperInvariant();
        return upper.Contains("FBTYPE=FREE", StringComparison.Ordinal) ? FreeBusyKind.Free
            : upper.Contains("FBTYPE=BUSY-TENTATIVE", StringComparison.Ordinal) ? FreeBusyKind.BusyTentative
            : upper.Contains("FBTYPE=BUSY-UNAVAILABLE", StringComparison.Ordinal) ? FreeBusyKind.BusyUnavailable
            : FreeBusyKind.Busy;
    }

    internal static int NominalDays(Ical.Net.DataTypes.Duration d) =>
        checked(d.Sign * (((d.Weeks ?? 0) * 7) + (d.Days ?? 0)));

    internal static NodaTime.Duration ExactPart(Ical.Net.DataTypes.Duration d) =>
        NodaTime.Duration.FromSeconds(checked(d.Sign * (((long)(d.Hours ?? 0) * 3600) + ((d.Minutes ?? 0) * 60L) + (d.Seconds ?? 0))));

    /// <summary>Resolves a DATE-TIME to its instant, or reports an error naming the UID, property and TZID.</summary>
    internal Instant? ResolveInstant(string? uid, string property, CalDateTime value, DateTimeZone? floatingOverride)
    {
        var local = RecurrenceExpander.FromCal(value);
        var zone = ZoneOf(uid, property, value, floatingOverride);
        return zone is null ? null : local.InZoneLeniently(zone).ToInstant();
    }

    /// <summary>Gets the zone a DATE-TIME value is written in (UTC, its TZID, or the floating zone), or reports an error.</summary>
    internal DateTimeZone? ZoneOf(string? uid, string property, CalDateTime value, DateTimeZone? floatingOverride)
    {
        if (value.IsUtc)
        {
            return DateTimeZone.Utc;
        }

        if (value.TzId is { } tzid)
        {
            var (zone, error) = resolver.Resolve(tzid);
            if (zone is null)
            {
                Error(uid, property, "{0}", error);
            }

            return zone;
        }

        var floating = floatingOverride ?? floatingZone;
        if (floating is null)
        {
            Error(uid, property, "the floating time {0:uuuu-MM-ddTHH:mm:ss} cannot be placed: {1}.", RecurrenceExpander.FromCal(value), floatingZoneError);
        }

        return floating;
    }

    internal void Error(string? uid, string property, string format, params object?[] args) =>
        problems.Add(new IcsProblem(IcsProblemSeverity.Error, uid, property, string.Format(CultureInfo.InvariantCulture, format, args)));

    internal void Warn(string? uid, string property, string format, params object?[] args) =>
        problems.Add(new IcsProblem(IcsProblemSeverity.Warning, uid, property, string.Format(CultureInfo.InvariantCulture, format, args)));

    /// <summary>One expanded occurrence and the key an override's RECURRENCE-ID matches it by.</summary>
    internal readonly record struct Occurrence(OccurrenceKey Key, ImportedEvent Event);

    /// <summary>All-day occurrences are keyed by local date; timed ones by start instant and local start date.</summary>
    internal readonly record struct OccurrenceKey(LocalDate Date, Instant? Start)
    {
        /// <summary>A key with a start matches that instant; a date-only key matches the occurrence's local date.</summary>
        internal bool Matches(OccurrenceKey occurrence) => Start is { } s ? occurrence.Start == s : occurrence.Date == Date;
    }

    /// <summary>One VEVENT with its DTSTART/DTEND/DURATION validated; expands its RRULE/RDATE/EXDATE.</summary>
    internal sealed class Series
    {
        private readonly CalendarReader reader;
        private readonly string uid;
        private readonly CalendarEvent source;
        private readonly bool allDay;
        private readonly LocalDateTime startLocal;
        private readonly DateTimeZone? zone;
        private readonly int lengthDays;
        private readonly NodaTime.Duration? exactLength;
        private readonly int nominalDays;
        private readonly NodaTime.Duration exactPart;

        private Series(CalendarReader reader, string uid, CalendarEvent source, bool allDay, LocalDateTime startLocal, DateTimeZone? zone, int lengthDays, NodaTime.Duration? exactLength, int nominalDays, NodaTime.Duration exactPart)
        {
            this.reader = reader;
            this.uid = uid;
            this.source = source;
            this.allDay = allDay;
            this.startLocal = startLocal;
            this.zone = zone;
            this.lengthDays = lengthDays;
            this.exactLength = exactLength;
            this.nominalDays = nominalDays;
            this.exactPart = exactPart;
        }

        internal static Series? Create(CalendarReader reader, string uid, CalendarEvent ev)
        {
            var dtStart = ev.DtStart;
            if (dtStart is null)
            {
                reader.Error(uid, "DTSTART", "the VEVENT has no DTSTART (required when the calendar has no METHOD, and needed to place the event).");
                return null;
            }

            var startLocal = RecurrenceExpander.FromCal(dtStart);
            var duration = ev.Duration;
            var dtEnd = ev.DtEnd;
            if (dtEnd is not null && duration is not null)
            {
                reader.Warn(uid, "DURATION", "both DTEND and DURATION are present (RFC 5545 §3.6.1 allows one); DTEND is used.");
                duration = null;
            }

            if (duration is { Sign: < 0 } negative)
            {
                reader.Error(uid, "DURATION", "the duration {0} is negative; an event cannot end before it starts (RFC 5545 §3.8.2.5).", negative);
                return null;
            }

            if (!dtStart.HasTime)
            {
                var startDate = startLocal.Date;
                var days = 1;
                if (dtEnd is not null)
                {
                    if (dtEnd.HasTime)
                    {
                        reader.Error(uid, "DTEND", "DTEND {0:uuuu-MM-ddTHH:mm:ss} is a DATE-TIME but DTSTART is a DATE; both must have the same value type (RFC 5545 §3.8.2.2).", RecurrenceExpander.FromCal(dtEnd));
                        return null;
                    }

                    var endDate = RecurrenceExpander.FromCal(dtEnd).Date;
                    days = NodaTime.Period.Between(startDate, endDate, PeriodUnits.Days).Days;
                    if (days < 0)
                    {
                        reader.Error(uid, "DTEND", "DTEND {0:uuuu-MM-dd} is before DTSTART {1:uuuu-MM-dd} (RFC 5545 §3.8.2.2).", endDate, startDate);
                        return null;
                    }

                    if (days == 0)
                    {
                        reader.Warn(uid, "DTEND", "DTEND {0:uuuu-MM-dd} equals DTSTART; read as a one-day item (DTEND is exclusive and must be later, RFC 5545 §3.8.2.2).", endDate);
                        days = 1;
                    }
                }
                else if (duration is { } d)
                {
                    var seconds = ExactPart(d).TotalSeconds;
                    if (seconds % 86400 != 0)
                    {
                        reader.Error(uid, "DURATION", "the duration {0} is not a whole number of days, but DTSTART is a DATE (RFC 5545 §3.8.2.5).", d);
                        return null;
                    }

                    days = NominalDays(d) + (int)(seconds / 86400);
                    if (days == 0)
                    {
                        reader.Error(uid, "DURATION", "the duration {0} is zero, but an all-day item lasts at least one day.", d);
                        return null;
                    }
                }

                return new Series(reader, uid, ev, true, startLocal, null, days, null, 0, NodaTime.Duration.Zero);
            }

            var zone = reader.ZoneOf(uid, "DTSTART", dtStart, null);
            if (zone is null)
            {
                return null;
            }

            var startInstant = startLocal.InZoneLeniently(zone).ToInstant();
            if (dtEnd is not null)
            {
                if (!dtEnd.HasTime)
                {
                    reader.Error(uid, "DTEND", "DTEND {0:uuuu-MM-dd} is a DATE but DTSTART is a DATE-TIME; both must have the same value type (RFC 5545 §3.8.2.2).", RecurrenceExpander.FromCal(dtEnd).Date);
                    return null;
                }

                var end = reader.ResolveInstant(uid, "DTEND", dtEnd, zone);
                if (end is null)
                {
                    return null;
                }

                if (end.Value < startInstant)
                {
                    reader.Error(uid, "DTEND", "DTEND {0} is before DTSTART {1} (RFC 5545 §3.8.2.2).", end.Value, startInstant);
                    return null;
                }

                return new Series(reader, uid, ev, false, startLocal, zone, 0, end.Value - startInstant, 0, NodaTime.Duration.Zero);
            }

            if (duration is { } dur)
            {
                return new Series(reader, uid, ev, false, startLocal, zone, 0, null, NominalDays(dur), ExactPart(dur));
            }

            // RFC 5545 §3.6.1: a DATE-TIME DTSTART with neither DTEND nor DURATION ends at DTSTART.
            return new Series(reader, uid, ev, false, startLocal, zone, 0, NodaTime.Duration.Zero, 0, NodaTime.Duration.Zero);
        }

        /// <summary>The single (non-expanded) occurrence of an override instance.</summary>
        internal Occurrence Single() => Make(startLocal, null);

        /// <summary>Expands DTSTART, RRULE and RDATE, minus EXDATE; or null after reporting an error.</summary>
        internal List<Occurrence>? Expand()
        {
            var starts = new SortedDictionary<LocalDateTime, Instant?> { [startLocal] = null };
            var limits = reader.options.Limits;
            var horizon = allDay
                ? reader.WindowEndDate.PlusDays(1).AtMidnight()
                : reader.options.Window.End.InZone(zone!).LocalDateTime.PlusDays(1);
            if (source.RecurrenceRule is { } rule)
            {
                LocalDateTime? until = null;
                if (rule.Until is { } u)
                {
                    until = UntilLocal(u);
                    if (until is null)
                    {
                        return null;
                    }
                }

                try
                {
                    foreach (var local in RecurrenceExpander.Expand(rule, startLocal, allDay, until, horizon, limits.MaxOccurrencesPerSeries, limits.MaxUnmatchedIncrements, m => new LimitException(m)))
                    {
                        starts.TryAdd(local, null);
                    }
                }
                catch (LimitException ex)
                {
                    reader.Error(uid, "RRULE", "{0}", ex.Message);
                    return null;
                }
            }

            foreach (var period in source.RecurrenceDates.GetAllPeriods())
            {
                var local = LocalOf(period.StartTime, "RDATE");
                if (local is null)
                {
                    return null;
                }

                Instant? explicitEnd = null;
                if (!allDay && period.EndTime is { } pe)
                {
                    explicitEnd = reader.ResolveInstant(uid, "RDATE", pe, zone);
                }
                else if (!allDay && period.Duration is { } pd)
                {
                    explicitEnd = local.Value.InZoneLeniently(zone!).ToInstant() + ExactPart(pd) + NodaTime.Duration.FromDays(NominalDays(pd));
                }

                starts[local.Value] = explicitEnd;
            }

            if (starts.Count > limits.MaxOccurrencesPerSeries)
            {
                reader.Error(uid, "RDATE", "the series has more than {0} instances (MaxOccurrencesPerSeries).", limits.MaxOccurrencesPerSeries);
                return null;
            }

            var result = starts.Select(kv => Make(kv.Key, kv.Value)).ToList();
            foreach (var exdate in source.ExceptionDates.GetAllDates())
            {
                var key = KeyOf(exdate, "EXDATE");
                if (key is null)
                {
                    return null;
                }

                result.RemoveAll(o => key.Value.Matches(o.Key));
            }

            return result;
        }

        /// <summary>The key of the instance a RECURRENCE-ID or EXDATE value names (BC-15 policies).</summary>
        internal OccurrenceKey? KeyOf(CalDateTime value, string property)
        {
            var local = RecurrenceExpander.FromCal(value);
            if (allDay)
            {
                // A DATE, floating or TZID value names its written date; a UTC value names the owner's local date.
                return new OccurrenceKey(value.IsUtc ? local.InUtc().ToInstant().InZone(reader.options.OwnerZone).Date : local.Date, null);
            }

            if (!value.HasTime)
            {
                // Policy (Ical.Net PR #830, ical.js PR #670): a date-only value matches the instance on that local date.
                return new OccurrenceKey(local.Date, null);
            }

            var instant = reader.ResolveInstant(uid, property, value, zone);
            return instant is null ? null : new OccurrenceKey(local.Date, instant.Value);
        }

        private LocalDateTime? UntilLocal(CalDateTime until)
        {
            var local = RecurrenceExpander.FromCal(until);
            if (allDay)
            {
                return (until.IsUtc ? local.InUtc().ToInstant().InZone(reader.options.OwnerZone).Date : local.Date).AtMidnight();
            }

            if (!until.HasTime)
            {
                return local.Date.At(new LocalTime(23, 59, 59));
            }

            if (until.IsUtc || until.TzId is not null)
            {
                var instant = reader.ResolveInstant(uid, "RRULE", until, zone);
                return instant?.InZone(zone!).LocalDateTime;
            }

            return local;
        }

        private LocalDateTime? LocalOf(CalDateTime value, string property)
        {
            var local = RecurrenceExpander.FromCal(value);
            if (allDay)
            {
                return local.Date.AtMidnight();
            }

            if (!value.HasTime)
            {
                return local.Date + startLocal.TimeOfDay;
            }

            var instant = reader.ResolveInstant(uid, property, value, zone);
            return instant?.InZone(zone!).LocalDateTime;
        }

        private Occurrence Make(LocalDateTime local, Instant? explicitEnd)
        {
            var summary = source.Summary ?? string.Empty;
            var categories = source.Categories.ToList();
            var busy = !string.Equals(source.Transparency, "TRANSPARENT", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(source.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase);
            if (allDay)
            {
                var dates = new DateInterval(local.Date, local.Date.PlusDays(lengthDays - 1));
                return new Occurrence(new OccurrenceKey(local.Date, null), new ImportedEvent(uid, summary, categories, null, dates, null, busy));
            }

            var start = local.InZoneLeniently(zone!).ToInstant();
            Instant end;
            if (explicitEnd is { } e)
            {
                end = e;
            }
            else if (exactLength is { } exact)
            {
                end = start + exact;
            }
            else
            {
                end = (nominalDays == 0 ? start : local.PlusDays(nominalDays).InZoneLeniently(zone!).ToInstant()) + exactPart;
            }

            var range = InstantRange.FromInstants(start, end < start ? start : end);
            return new Occurrence(new OccurrenceKey(local.Date, start), new ImportedEvent(uid, summary, categories, range, null, source.DtStart is { IsUtc: false, TzId: { } tz } ? tz : null, busy));
        }
    }

    private sealed class LimitException(string message) : Exception(message);
}
