using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Duration = NodaTime.Duration;
using NodaTime;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Builds an Ical.Net <see cref="VTimeZone"/> whose STANDARD/DAYLIGHT observances are tzdb's zone intervals over a range (RFC 5545 §3.6.5).</summary>
/// <remarks>
/// <para>Ical.Net adds no observances by itself, and a VTIMEZONE without any is invalid. Each offset change in
/// <c>[first - 366 d, last + 366 d]</c> becomes an onset. Onsets with the same kind, offsets and name that recur once a
/// year in the same month, on the same weekday rule ("last Sunday", "second Sunday", "first Sunday on or after the 2nd")
/// and at the same local time form one observance with an <c>RRULE:FREQ=YEARLY;COUNT=n;BYMONTH=m;BYDAY=nDD</c> (or
/// <c>BYDAY=DD;BYMONTHDAY=d,…,d+6</c>), the form every common parser reads (ts-ics
/// and some older clients ignore RDATE in an observance and put summer events an hour off). The run's end is a COUNT, not
/// an UNTIL: RFC 5545 §3.3.10 wants UNTIL in UTC against a floating DTSTART, which python-icalendar 4 (Debian 12) with
/// dateutil refuses outright, while COUNT means the same onsets to every reader.</para>
/// <para>Irregular onsets (a one-off change, Morocco's Ramadan suspensions) are kept exactly, each as an observance of
/// its own with only a DTSTART. RFC 5545 would also allow one observance with RDATEs, but ts-ics ignores RDATE in
/// observances and ical.js reads only the first value of a multi-valued RDATE; a DTSTART every parser reads.</para>
/// </remarks>
internal static class TimeZoneObservances
{
    private static readonly Duration Margin = Duration.FromDays(366);

    internal static VTimeZone Build(DateTimeZone zone, Instant first, Instant last)
    {
        var onsets = new List<Onset>();
        foreach (var interval in zone.GetZoneIntervals(first - Margin, last + Margin))
        {
            if (!interval.HasStart)
            {
                continue;
            }

            var previous = zone.GetZoneInterval(interval.Start - Duration.Epsilon);
            if (previous.WallOffset == interval.WallOffset && onsets.Count > 0)
            {
                continue;
            }

            onsets.Add(new Onset(new Kind(interval.Savings != Offset.Zero, previous.WallOffset, interval.WallOffset, interval.Name), interval.Start.WithOffset(previous.WallOffset).LocalDateTime, interval.Start));
        }

        if (onsets.Count == 0)
        {
            // A zone with no transition at all (UTC, Etc/GMT+5): one STANDARD observance with its fixed offset.
            var offset = zone.GetUtcOffset(first);
            onsets.Add(new Onset(new Kind(false, offset, offset, zone.GetZoneInterval(first).Name), new LocalDateTime(1970, 1, 1, 0, 0), first));
        }

        var observances = new List<(LocalDateTime Start, VTimeZoneInfo Observance)>();
        foreach (var group in onsets.GroupBy(o => o.Kind))
        {
            foreach (var run in YearlyRuns(group.ToList()))
            {
                if (run.Count < 2)
                {
                    // An irregular onset: an observance of its own, with only DTSTART.
                    observances.Add((run[0].Local, Observance(group.Key, run[0].Local)));
                    continue;
                }

                var observance = Observance(group.Key, run[0].Local);
                var pattern = Pattern(run)!.Value;
                var weekday = ToDayOfWeek(run[0].Local.DayOfWeek);
                var rule = new RecurrenceRule(FrequencyType.Yearly)
                {
                    Count = run.Count,
                    ByMonth = [run[0].Local.Month],
                    ByDay = [pattern.Ordinal is { } ordinal ? new WeekDay(weekday, ordinal) : new WeekDay(weekday)],
                    ByMonthDay = pattern.Ordinal is null ? [.. Enumerable.Range(pattern.FirstMonthDay, 7)] : [],
                };
                observance.RecurrenceRule = rule;
                observances.Add((run[0].Local, observance));
            }
        }

        var timeZone = new VTimeZone();
        timeZone.Properties.Clear();
        timeZone.TzId = zone.Id;
        foreach (var (_, observance) in observances.OrderBy(o => o.Start))
        {
            timeZone.AddChild(observance);
        }

        return timeZone;
    }

    private static VTimeZoneInfo Observance(Kind kind, LocalDateTime start)
    {
        var observance = new VTimeZoneInfo { Name = kind.Daylight ? "DAYLIGHT" : "STANDARD" };
        observance.Properties.Clear();
        observance.DtStart = IcalValues.Floating(start);
        observance.OffsetFrom = IcalValues.UtcOffset(kind.From);
        observance.OffsetTo = IcalValues.UtcOffset(kind.To);
        observance.TimeZoneName = kind.Name;
        return observance;
    }

    /// <summary>Splits onsets (in time order) into maximal runs that one yearly weekday rule describes; a run of one is irregular.</summary>
    private static IEnumerable<List<Onset>> YearlyRuns(List<Onset> onsets)
    {
        var run = new List<Onset>();
        foreach (var onset in onsets)
        {
            if (run.Count > 0 && !Continues(run, onset))
            {
                yield return run;
                run = [];
            }

            run.Add(onset);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static bool Continues(List<Onset> run, Onset next)
    {
        var previous = run[^1].Local;
        var candidate = next.Local;
        if (candidate.Year != previous.Year + 1 || candidate.Month != previous.Month || candidate.DayOfWeek != previous.DayOfWeek || candidate.TimeOfDay != previous.TimeOfDay)
        {
            return false;
        }

        return Pattern([.. run, next]) is not null;
    }

    /// <summary>
    /// The yearly weekday rule shared by every onset of <paramref name="run"/> (same month, weekday and local time in
    /// consecutive years): <c>BYDAY=-1SU</c> when all are last in their month, <c>BYDAY=nSU</c> (n = 1–4) when all share
    /// the ordinal, else <c>BYDAY=SU;BYMONTHDAY=d..d+6</c> when all fall in one seven-day window within days 1–28 (tzdb's
    /// "Sun&gt;=2" rules, Chile's since 2023); null when none fits.
    /// </summary>
    private static RulePattern? Pattern(IReadOnlyList<Onset> run)
    {
        if (run.All(o => o.Local.Day + 7 > CalendarSystem.Iso.GetDaysInMonth(o.Local.Year, o.Local.Month)))
        {
            return new RulePattern(-1, 0);
        }

        var ordinal = (run[0].Local.Day - 1) / 7 + 1;
        if (ordinal <= 4 && run.All(o => (o.Local.Day - 1) / 7 + 1 == ordinal))
        {
            return new RulePattern(ordinal, 0);
        }

        var low = run.Min(o => o.Local.Day);
        var high = run.Max(o => o.Local.Day);
        return high - low <= 6 && high <= 28 ? new RulePattern(null, Math.Max(1, high - 6)) : null;
    }

    private static DayOfWeek ToDayOfWeek(IsoDayOfWeek day) => day == IsoDayOfWeek.Sunday ? DayOfWeek.Sunday : (DayOfWeek)(int)day;

    private readonly record struct Kind(bool Daylight, Offset From, Offset To, string Name);

    /// <summary>BYDAY's ordinal (-1 = last), or null for a BYMONTHDAY window of seven days from <see cref="FirstMonthDay"/>.</summary>
    private readonly record struct RulePattern(int? Ordinal, int FirstMonthDay);

    private readonly record struct Onset(Kind Kind, LocalDateTime Local, Instant Instant);
}
