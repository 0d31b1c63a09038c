using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.ICalendar.Internal.Parsing;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>One VEVENT with its start and length validated (RFC 5545 §3.6.1, §3.8.2); <see cref="SeriesExpansion"/> expands it.</summary>
internal sealed class Series
{
    private readonly ReadContext context;
    private readonly NodaTime.Duration? exactLength;
    private readonly int nominalDays;
    private readonly NodaTime.Duration exactPart;

    private Series(ReadContext context, EventFacts facts, bool allDay, DateTimeZone? zone, int lengthDays, NodaTime.Duration? exactLength, int nominalDays, NodaTime.Duration exactPart)
    {
        this.context = context;
        Facts = facts;
        AllDay = allDay;
        StartLocal = facts.Start!.Value.Local;
        Zone = zone;
        LengthDays = lengthDays;
        this.exactLength = exactLength;
        this.nominalDays = nominalDays;
        this.exactPart = exactPart;
    }

    internal EventFacts Facts { get; }

    internal bool AllDay { get; }

    internal LocalDateTime StartLocal { get; }

    /// <summary>Gets the zone of a timed series (null for an all-day one).</summary>
    internal DateTimeZone? Zone { get; }

    internal int LengthDays { get; }

    internal ReadContext Context => context;

    /// <summary>Gets an upper bound of one instance's length, for choosing where expansion may start.</summary>
    internal NodaTime.Duration MaxLength =>
        AllDay ? NodaTime.Duration.FromDays(LengthDays + 1) : exactLength ?? (NodaTime.Duration.FromDays(nominalDays + 1) + exactPart);

    /// <summary>Validates DTSTART, DTEND and DURATION; returns null after logging an error naming UID, property and line.</summary>
    internal static Series? Create(ReadContext context, EventFacts facts)
    {
        var start = facts.Start!.Value;
        var log = context.Log;
        var duration = facts.Duration;
        if (facts.End is not null && duration is not null)
        {
            log.Warn(facts.Uid, "DURATION", facts.DurationLine, "both DTEND and DURATION are present (RFC 5545 §3.6.1 allows one); DTEND is used.");
            duration = null;
        }

        if (duration is { Sign: < 0 })
        {
            log.Error(facts.Uid, "DURATION", facts.DurationLine, "the duration is negative; an event cannot end before it starts (RFC 5545 §3.8.2.5).");
            return null;
        }

        return start.HasTime ? Timed(context, facts, duration) : AllDaySeries(context, facts, duration);
    }

    /// <summary>The single (non-expanded) occurrence of an override instance.</summary>
    internal Occurrence Single() => Make(StartLocal, null);

    /// <summary>Makes the occurrence starting at <paramref name="local"/>, with this series' length and text.</summary>
    internal Occurrence Make(LocalDateTime local, Instant? explicitEnd) => MakeAt(local, explicitEnd, null);

    /// <summary>Makes an occurrence at <paramref name="local"/> with this series' length and text, keyed by <paramref name="key"/> when given.</summary>
    internal Occurrence MakeAt(LocalDateTime local, Instant? explicitEnd, OccurrenceKey? key)
    {
        if (AllDay)
        {
            var dates = new DateInterval(local.Date, local.Date.PlusDays(LengthDays - 1));
            return new Occurrence(local, key ?? new OccurrenceKey(local.Date, null), new ImportedEvent(Facts.Uid, Facts.Summary, Facts.Categories, null, dates, null, Facts.IsBusy));
        }

        var start = local.InZoneLeniently(Zone!).ToInstant();
        var end = explicitEnd
            ?? (exactLength is { } exact ? start + exact
            : (nominalDays == 0 ? start : local.PlusDays(nominalDays).InZoneLeniently(Zone!).ToInstant()) + exactPart);
        var range = InstantRange.FromInstants(start, end < start ? start : end);
        var tzid = Facts.Start is { IsUtc: false, TzId: { } tz } ? tz : null;
        return new Occurrence(local, key ?? new OccurrenceKey(local.Date, start), new ImportedEvent(Facts.Uid, Facts.Summary, Facts.Categories, range, null, tzid, Facts.IsBusy));
    }

    /// <summary>The key of the instance a RECURRENCE-ID or EXDATE value names (BC-15 policies).</summary>
    internal OccurrenceKey? KeyOf(IcsDateTime value, string property, int line)
    {
        if (AllDay)
        {
            // A DATE, floating or TZID value names its written date; a UTC value names the owner's local date.
            return new OccurrenceKey(value.IsUtc ? value.Local.InUtc().ToInstant().InZone(context.Options.OwnerZone).Date : value.Local.Date, null);
        }

        if (!value.HasTime)
        {
            // Policy (Ical.Net PR #830, ical.js PR #670): a date-only value matches the instance on that local date.
            return new OccurrenceKey(value.Local.Date, null);
        }

        var instant = context.ResolveInstant(Facts.Uid, property, line, value, Zone);
        return instant is null ? null : new OccurrenceKey(value.Local.Date, instant.Value);
    }

    /// <summary>The local start in this series' terms of an RDATE value (a DATE on a timed series takes DTSTART's time of day).</summary>
    internal LocalDateTime? LocalOf(IcsDateTime value, string property, int line)
    {
        if (AllDay)
        {
            return value.Local.Date.AtMidnight();
        }

        if (!value.HasTime)
        {
            return value.Local.Date + StartLocal.TimeOfDay;
        }

        var instant = context.ResolveInstant(Facts.Uid, property, line, value, Zone);
        return instant?.InZone(Zone!).LocalDateTime;
    }

    private static Series? AllDaySeries(ReadContext context, EventFacts facts, (int Sign, int Days, NodaTime.Duration Exact)? duration)
    {
        var log = context.Log;
        var startDate = facts.Start!.Value.Local.Date;
        var days = 1;
        if (facts.End is { } end)
        {
            if (end.HasTime)
            {
                log.Error(facts.Uid, "DTEND", facts.EndLine, "DTEND {0:uuuu-MM-ddTHH:mm:ss} is a DATE-TIME but DTSTART is a DATE; both must have the same value type (RFC 5545 §3.8.2.2).", end.Local);
                return null;
            }

            days = Period.Between(startDate, end.Local.Date, PeriodUnits.Days).Days;
            if (days < 0)
            {
                log.Error(facts.Uid, "DTEND", facts.EndLine, "DTEND {0:uuuu-MM-dd} is before DTSTART {1:uuuu-MM-dd} (RFC 5545 §3.8.2.2).", end.Local.Date, startDate);
                return null;
            }

            if (days == 0)
            {
                log.Warn(facts.Uid, "DTEND", facts.EndLine, "DTEND {0:uuuu-MM-dd} equals DTSTART; read as a one-day item (DTEND is exclusive and must be later, RFC 5545 §3.8.2.2).", end.Local.Date);
                days = 1;
            }
        }
        else if (duration is { } d)
        {
            var seconds = d.Exact.TotalSeconds;
            if (seconds % 86400 != 0)
            {
                log.Error(facts.Uid, "DURATION", facts.DurationLine, "the duration is not a whole number of days, but DTSTART is a DATE (RFC 5545 §3.8.2.5).");
                return null;
            }

            days = d.Days + (int)(seconds / 86400);
            if (days == 0)
            {
                log.Error(facts.Uid, "DURATION", facts.DurationLine, "the duration is zero, but an all-day item lasts at least one day.");
                return null;
            }
        }

        return new Series(context, facts, true, null, days, null, 0, NodaTime.Duration.Zero);
    }

    private static Series? Timed(ReadContext context, EventFacts facts, (int Sign, int Days, NodaTime.Duration Exact)? duration)
    {
        var log = context.Log;
        var start = facts.Start!.Value;
        var zone = context.ZoneOf(facts.Uid, "DTSTART", facts.StartLine, start, null);
        if (zone is null)
        {
            return null;
        }

        var startInstant = start.Local.InZoneLeniently(zone).ToInstant();
        if (facts.End is { } end)
        {
            if (!end.HasTime)
            {
                log.Error(facts.Uid, "DTEND", facts.EndLine, "DTEND {0:uuuu-MM-dd} is a DATE but DTSTART is a DATE-TIME; both must have the same value type (RFC 5545 §3.8.2.2).", end.Local.Date);
                return null;
            }

            var endInstant = context.ResolveInstant(facts.Uid, "DTEND", facts.EndLine, end, zone);
            if (endInstant is null)
            {
                return null;
            }

            if (endInstant.Value < startInstant)
            {
                log.Error(facts.Uid, "DTEND", facts.EndLine, "DTEND {0} is before DTSTART {1} (RFC 5545 §3.8.2.2).", endInstant.Value, startInstant);
                return null;
            }

            return new Series(context, facts, false, zone, 0, endInstant.Value - startInstant, 0, NodaTime.Duration.Zero);
        }

        if (duration is { } d)
        {
            return new Series(context, facts, false, zone, 0, null, d.Days, d.Exact);
        }

        // RFC 5545 §3.6.1: a DATE-TIME DTSTART with neither DTEND nor DURATION ends at DTSTART.
        return new Series(context, facts, false, zone, 0, NodaTime.Duration.Zero, 0, NodaTime.Duration.Zero);
    }
}
