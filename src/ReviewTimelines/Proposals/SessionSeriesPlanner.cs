using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Proposals;

/// <summary>Plans a series of virtual-visit sessions of one length over a period of weeks, at most k a day and m a week, for participants in several zones, each with their own working hours, working days, public holidays, busy times and working languages.</summary>
/// <remarks>
/// <para>
/// <b>Candidates.</b> A candidate session starts on the grid of <see cref="SessionSeriesOptions.Step"/> in the host zone,
/// on a host date of the period, and lasts <see cref="SessionSeriesOptions.Length"/> (half-open). It is possible when, for
/// every participant: every local date it touches is a working day of their calendar (not a weekend day by the weekend rule
/// in force, not a public holiday or closure); it lies inside their working hours widened by
/// <see cref="SessionSeriesOptions.MaxReach"/> on both sides; and it does not overlap their busy times. The part of the
/// session outside a participant's working hours (<see cref="WorkingCalendar.ExpandWorkingHours"/>, computed per instant,
/// so DST changes apply from the day they take effect) is that participant's burden for the session.
/// </para>
/// <para>
/// <b>Choice (the fairness rule).</b> Sessions are chosen one at a time. Among the possible candidates that keep the caps
/// (at most <see cref="SessionSeriesOptions.MaxPerDay"/> on the host date, <see cref="SessionSeriesOptions.MaxPerWeek"/> in
/// the week, <see cref="SessionSeriesOptions.MinBreak"/> between any two sessions, and the interpretation daily cap) the
/// planner takes the one that gives, in this order: (1) the smallest largest per-participant running total of
/// out-of-hours time; (2) the smallest total out-of-hours time of the session; (3) the smallest spread (largest minus
/// smallest running total); (4) the fewest sessions already on its host date; (5) the earliest start. So the burden
/// rotates: whoever carried the last out-of-hours session is spared next when another window allows it. A participant
/// who is out of hours in every possible window carries that part in every session; the plan warns about it.
/// </para>
/// <para>
/// <b>Spreading over weeks.</b> The N sessions are shared over the W weeks as evenly as possible (the first N mod W weeks
/// take one more), each week's share capped by m; a session goes to a week below its share first, and only when no such
/// week has a possible candidate to any week below m.
/// </para>
/// <para>
/// <b>Languages.</b> When every participant has declared working languages and they share none, every session needs
/// interpretation: its length must not exceed <see cref="SessionSeriesOptions.InterpretationSessionCap"/>, and the
/// interpreted time on one host date must not exceed <see cref="SessionSeriesOptions.InterpretationDailyCap"/> (one
/// interpreter team). The pairs: the pivot is the language most participants work in (ties: ordinal order); each
/// participant without it needs the pair of the pivot and their first language.
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public sealed class SessionSeriesPlanner
{
    private readonly DateTimeZone hostZone;
    private readonly LocalDate firstDay;
    private readonly int weeks;
    private readonly int count;
    private readonly Duration length;
    private readonly int perDay;
    private readonly int perWeek;
    private readonly Duration minBreak;
    private readonly Duration reach;
    private readonly Duration interpretationSessionCap;
    private readonly Duration interpretationDailyCap;
    private readonly SlotGrid grid;

    /// <summary>Initializes a new instance of the <see cref="SessionSeriesPlanner"/> class.</summary>
    /// <param name="options">The settings, validated and copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null, or its <see cref="SessionSeriesOptions.HostZone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Weeks is not in [1, 52], Count not in [1, 500], MaxPerDay or MaxPerWeek below 1, Length not in (0, 24 h], MinBreak negative, the step does not divide one day, MaxReach not in [0, 12 h), or an interpretation cap not positive.</exception>
    public SessionSeriesPlanner(SessionSeriesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        hostZone = options.HostZone ?? throw new ArgumentNullException(nameof(options), "options.HostZone must be set.");
        Range(options.Weeks, 1, 52, "options.Weeks");
        Range(options.Count, 1, 500, "options.Count");
        Range(options.MaxPerDay, 1, 96, "options.MaxPerDay");
        Range(options.MaxPerWeek, 1, 672, "options.MaxPerWeek");
        if (options.Length <= Duration.Zero || options.Length > Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException("options.Length", options.Length, "The session length must be in (0, 24 h].");
        }

        if (options.MinBreak < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException("options.MinBreak", options.MinBreak, "The break must not be negative.");
        }

        if (options.MaxReach < Duration.Zero || options.MaxReach >= Duration.FromHours(12))
        {
            throw new ArgumentOutOfRangeException("options.MaxReach", options.MaxReach, "The reach outside working hours must be in [0, 12 h).");
        }

        if (options.InterpretationSessionCap <= Duration.Zero || options.InterpretationDailyCap <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(options.InterpretationSessionCap <= Duration.Zero ? "options.InterpretationSessionCap" : "options.InterpretationDailyCap", "Interpretation caps must be positive.");
        }

        grid = SlotGrid.InZone(hostZone, options.Step, Duration.Zero);
        firstDay = options.FirstDay;
        weeks = options.Weeks;
        count = options.Count;
        length = options.Length;
        perDay = options.MaxPerDay;
        perWeek = options.MaxPerWeek;
        minBreak = options.MinBreak;
        reach = options.MaxReach;
        interpretationSessionCap = options.InterpretationSessionCap;
        interpretationDailyCap = options.InterpretationDailyCap;
    }

    /// <summary>Gets the language pairs a group needs interpreted, by the rule in the remarks of <see cref="SessionSeriesPlanner"/>.</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>The pairs, ordered; empty when a participant declared no language or all share one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    public static ImmutableArray<LanguagePair> LanguagePairsFor(IReadOnlyList<SessionParticipant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (participants.Count == 0 || participants.Any(p => p.Languages.IsEmpty))
        {
            return [];
        }

        var shared = participants.Skip(1).Aggregate((IEnumerable<string>)participants[0].Languages, (acc, p) => acc.Intersect(p.Languages, StringComparer.Ordinal)).ToArray();
        if (shared.Length > 0)
        {
            return [];
        }

        var pivot = participants.SelectMany(p => p.Languages).GroupBy(l => l, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return [.. participants.Where(p => !p.Languages.Contains(pivot))
            .Select(p => string.CompareOrdinal(pivot, p.Languages[0]) < 0 ? new LanguagePair(pivot, p.Languages[0]) : new LanguagePair(p.Languages[0], pivot))
            .Distinct()
            .OrderBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal)];
    }

    /// <summary>Plans the series.</summary>
    /// <param name="participants">The participants, at least one, names distinct; the first is usually the host.</param>
    /// <returns>The sessions placed (possibly fewer than asked, with a warning saying why), each participant's burden, the language pairs and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="participants"/> is empty, holds a null or a repeated name; or the sessions need interpretation and <see cref="SessionSeriesOptions.Length"/> exceeds <see cref="SessionSeriesOptions.InterpretationSessionCap"/>.</exception>
    /// <exception cref="CalendarCoverageException">A participant's calendar declares holiday coverage that does not include a date of the period.</exception>
    public SessionSeriesPlan Plan(IReadOnlyList<SessionParticipant> participants)
    {
        CheckParticipants(participants);
        var warnings = ImmutableArray.CreateBuilder<string>();
        var pairs = LanguagePairsFor(participants);
        var undeclared = participants.Where(p => p.Languages.IsEmpty).Select(p => p.Name).ToArray();
        if (undeclared.Length > 0 && undeclared.Length < participants.Count)
        {
            warnings.Add(Text("No working languages declared for {0}: interpretation was not assessed.", string.Join(", ", undeclared)));
        }

        var interpreted = !pairs.IsEmpty;
        if (interpreted && length > interpretationSessionCap)
        {
            throw new ArgumentException(
                Text("The sessions need interpretation ({0}) and their length {1} exceeds options.InterpretationSessionCap {2}.", string.Join(", ", pairs), ProposalText.Iso(length), ProposalText.Iso(interpretationSessionCap)),
                nameof(participants));
        }

        var candidates = Candidates(participants);
        var n = participants.Count;
        for (var i = 0; i < n; i++)
        {
            if (candidates.Count > 0 && candidates.Min(c => c.Out[i]) > Duration.Zero)
            {
                warnings.Add(Text(
                    "No possible window lies inside the working hours of {0}: they are out of hours in every session (at least {1} min each); the other participants share the rest of the burden in turn.",
                    participants[i].Name,
                    (long)candidates.Min(c => c.Out[i]).TotalMinutes));
            }
        }

        var quota = new int[weeks];
        for (var w = 0; w < weeks; w++)
        {
            quota[w] = Math.Min(perWeek, (count / weeks) + (w < count % weeks ? 1 : 0));
        }

        var totals = new Duration[n];
        var chosen = new List<Candidate>();
        var perDate = new Dictionary<LocalDate, int>();
        var interpretedOn = new Dictionary<LocalDate, Duration>();
        var inWeek = new int[weeks];
        while (chosen.Count < count)
        {
            Candidate? best = null;
            foreach (var relaxed in new[] { false, true })
            {
                foreach (var c in candidates)
                {
                    var limit = relaxed ? perWeek : quota[c.Week];
                    if (inWeek[c.Week] >= limit
                        || perDate.GetValueOrDefault(c.Date) >= perDay
                        || (interpreted && interpretedOn.GetValueOrDefault(c.Date) + length > interpretationDailyCap)
                        || chosen.Any(s => s.Range.End + minBreak > c.Range.Start && c.Range.End + minBreak > s.Range.Start))
                    {
                        continue;
                    }

                    if (best is null || Better(c, best, totals, perDate))
                    {
                        best = c;
                    }
                }

                if (best is not null)
                {
                    break;
                }
            }

            if (best is null)
            {
                warnings.Add(Text(
                    "Only {0} of {1} sessions could be placed: {2}",
                    chosen.Count,
                    count,
                    candidates.Count == 0
                        ? Text("no {0} window on the participants' common working days lies within {1} of everyone's working hours and outside their busy times.", ProposalText.Iso(length), ProposalText.Iso(reach))
                        : Text("the remaining possible windows break a cap ({0} a day, {1} a week, {2} min between sessions{3}).", perDay, perWeek, (long)minBreak.TotalMinutes, interpreted ? Text(", {0} min of interpretation a day", (long)interpretationDailyCap.TotalMinutes) : string.Empty)));
                break;
            }

            chosen.Add(best);
            perDate[best.Date] = perDate.GetValueOrDefault(best.Date) + 1;
            inWeek[best.Week]++;
            if (interpreted)
            {
                interpretedOn[best.Date] = interpretedOn.GetValueOrDefault(best.Date) + length;
            }

            for (var i = 0; i < n; i++)
            {
                totals[i] += best.Out[i];
            }
        }

        var ordered = chosen.OrderBy(c => c.Range.Start).ToArray();
        var sessions = ImmutableArray.CreateBuilder<SeriesSession>(ordered.Length);
        for (var s = 0; s < ordered.Length; s++)
        {
            var c = ordered[s];
            var local = ImmutableArray.CreateBuilder<ParticipantLocalTimes>(n);
            for (var i = 0; i < n; i++)
            {
                var zone = participants[i].Calendar.Zone;
                local.Add(new ParticipantLocalTimes(participants[i].Name, c.Range.Start.InZone(zone), c.Range.End.InZone(zone), c.Out[i]));
            }

            sessions.Add(new SeriesSession(s + 1, c.Date, c.Week + 1, c.Range, local.MoveToImmutable(), interpreted));
        }

        var burdens = participants.Select((p, i) => new ParticipantBurden(p.Name, totals[i], ordered.Count(c => c.Out[i] > Duration.Zero))).ToImmutableArray();
        return new SessionSeriesPlan(sessions.MoveToImmutable(), burdens, pairs, count, warnings.ToImmutable());
    }

    private static bool Better(Candidate c, Candidate best, Duration[] totals, Dictionary<LocalDate, int> perDate)
    {
        var (cMax, cSum, cSpread) = Score(c, totals);
        var (bMax, bSum, bSpread) = Score(best, totals);
        if (cMax != bMax)
        {
            return cMax < bMax;
        }

        if (cSum != bSum)
        {
            return cSum < bSum;
        }

        if (cSpread != bSpread)
        {
            return cSpread < bSpread;
        }

        var cDay = perDate.GetValueOrDefault(c.Date);
        var bDay = perDate.GetValueOrDefault(best.Date);
        return cDay != bDay ? cDay < bDay : c.Range.Start < best.Range.Start;
    }

    private static (Duration Max, Duration Sum, Duration Spread) Score(Candidate c, Duration[] totals)
    {
        var max = Duration.MinValue;
        var min = Duration.MaxValue;
        var sum = Duration.Zero;
        for (var i = 0; i < totals.Length; i++)
        {
            var t = totals[i] + c.Out[i];
            max = t > max ? t : max;
            min = t < min ? t : min;
            sum += c.Out[i];
        }

        return (max, sum, max - min);
    }

    private List<Candidate> Candidates(IReadOnlyList<SessionParticipant> participants)
    {
        var result = new List<Candidate>();
        var days = weeks * 7;
        for (var d = 0; d < days; d++)
        {
            var date = firstDay.PlusDays(d);
            var day = ZonedDateRange.ForDay(date, hostZone).ToInstantRange();
            var region = InstantRange.FromInstants(day.Start, day.End + length);
            var work = new InstantRangeSet[participants.Count];
            var allowed = new InstantRangeSet[participants.Count];
            var busy = InstantRangeSet.Empty;
            for (var i = 0; i < participants.Count; i++)
            {
                var calendar = participants[i].Calendar;
                var local = new DateInterval(region.Start.InZone(calendar.Zone).Date.PlusDays(-1), region.End.InZone(calendar.Zone).Date.PlusDays(1));
                var hours = calendar.ExpandWorkingHours(local);
                work[i] = hours;
                allowed[i] = reach == Duration.Zero ? hours : InstantRangeSet.FromRanges(hours.Select(r => r.Widen(reach, reach)));
                busy = busy.Union(participants[i].Busy);
            }

            var next = grid.NextAtOrAfter(day.Start);
            while (next is { } start && start < day.End)
            {
                var range = InstantRange.StartingAt(start, length);
                if (!busy.Overlaps(range) && Possible(range, participants, allowed))
                {
                    var outside = new Duration[participants.Count];
                    for (var i = 0; i < participants.Count; i++)
                    {
                        outside[i] = length - work[i].ClipTo(range).TotalDuration;
                    }

                    result.Add(new Candidate(date, d / 7, range, outside));
                }

                next = grid.NextAtOrAfter(start + Duration.FromNanoseconds(1));
            }
        }

        return result;
    }

    private static bool Possible(InstantRange range, IReadOnlyList<SessionParticipant> participants, InstantRangeSet[] allowed)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var calendar = participants[i].Calendar;
            if (!allowed[i].Covers(range))
            {
                return false;
            }

            var first = range.Start.InZone(calendar.Zone).Date;
            var last = (range.End - Duration.FromNanoseconds(1)).InZone(calendar.Zone).Date;
            for (var date = first; date <= last; date = date.PlusDays(1))
            {
                if (!calendar.IsWorkingDay(date))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void CheckParticipants(IReadOnlyList<SessionParticipant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (participants.Count == 0)
        {
            throw new ArgumentException("At least one participant is needed.", nameof(participants));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i] ?? throw new ArgumentException(Text("The participant at position {0} is null.", i), nameof(participants));
            if (!names.Add(p.Name))
            {
                throw new ArgumentException(Text("Two participants are named '{0}'.", p.Name), nameof(participants));
            }
        }
    }

    private static void Range(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, Text("{0} must be between {1} and {2}.", name, min, max));
        }
    }

    private static string Text(string format, params object?[] args) => ProposalText.Format(format, args);

    private sealed record Candidate(LocalDate Date, int Week, InstantRange Range, Duration[] Out);
}
