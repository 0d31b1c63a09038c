using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Proposals;

/// <summary>Plans one daily virtual session over consecutive days for participants in several time zones.</summary>
/// <remarks>
/// <para>
/// Each session day is a local date in <see cref="VirtualSessionOptions.HostZone"/>. A session belongs to the host date it
/// starts on: it starts within that date's half-open instant range <c>[date 00:00, next date 00:00)</c> in the host zone
/// and may run past the host's midnight (a 90-minute session from 23:00 to 00:30 host time belongs to the first date), as
/// working hours that cross midnight belong to the day they start on. A session never overlaps the previous day's
/// session (with both buffers between them). Each participant's working hours
/// come from <see cref="Calendars.WorkingCalendar.ExpandWorkingHours"/> for the surrounding local dates, so offsets
/// are computed per instant, day by day: a DST change in one zone shifts that participant's hours on the instant
/// line from the day it takes effect, never before.
/// </para>
/// <para>
/// Choice per day: the longest length from <see cref="VirtualSessionOptions.MaxLength"/> down to
/// <see cref="VirtualSessionOptions.MinLength"/> (in steps of <see cref="VirtualSessionOptions.Step"/>) that fits inside
/// everyone's working hours, at its earliest grid start. When no length fits, the session may reach up to
/// <see cref="VirtualSessionOptions.MaxExtension"/> before or after each working-hours span; then the longest length
/// that fits the extended hours is taken, at the start with the least total out-of-hours time, then the least
/// out-of-hours time of any one participant (fairness), then the earliest start.
/// </para>
/// <para>Starts lie on the grid of <see cref="VirtualSessionOptions.Step"/> in the host zone's local time.</para>
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public sealed class VirtualSessionPlanner
{
    private const int MaxDays = 3660;

    private readonly DateTimeZone hostZone;
    private readonly Duration maxLength;
    private readonly Duration minLength;
    private readonly Duration sitting;
    private readonly Duration breakLength;
    private readonly Duration step;
    private readonly Duration extension;
    private readonly Duration bufferBefore;
    private readonly Duration bufferAfter;
    private readonly SlotGrid grid;

    /// <summary>Initializes a new instance of the <see cref="VirtualSessionPlanner"/> class.</summary>
    /// <param name="options">The settings, validated and copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null, or its <see cref="VirtualSessionOptions.HostZone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A length is not positive, <c>MinLength</c> exceeds <c>MaxLength</c>, the step does not divide one day, the break, a buffer or the extension is negative, or the extension is 12 hours or more.</exception>
    public VirtualSessionPlanner(VirtualSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        hostZone = options.HostZone ?? throw new ArgumentNullException(nameof(options), "options.HostZone must be set.");
        Positive(options.MaxLength, "options.MaxLength");
        Positive(options.MinLength, "options.MinLength");
        Positive(options.SittingLength, "options.SittingLength");
        if (options.MinLength > options.MaxLength)
        {
            throw new ArgumentOutOfRangeException("options.MinLength", options.MinLength, "MinLength must not exceed MaxLength.");
        }

        if (options.BreakLength < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException("options.BreakLength", options.BreakLength, "The break must not be negative.");
        }

        if (options.MaxExtension < Duration.Zero || options.MaxExtension >= Duration.FromHours(12))
        {
            throw new ArgumentOutOfRangeException("options.MaxExtension", options.MaxExtension, "The extension must be in [0, 12 h).");
        }

        if (options.BufferBefore < Duration.Zero || options.BufferAfter < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(options.BufferBefore < Duration.Zero ? "options.BufferBefore" : "options.BufferAfter", "Buffers must not be negative.");
        }

        bufferBefore = options.BufferBefore;
        bufferAfter = options.BufferAfter;
        grid = SlotGrid.InZone(hostZone, options.Step, Duration.Zero);
        maxLength = options.MaxLength;
        minLength = options.MinLength;
        sitting = options.SittingLength;
        breakLength = options.BreakLength;
        step = options.Step;
        extension = options.MaxExtension;
    }

    /// <summary>Plans one session on each of <paramref name="days"/> consecutive host dates from <paramref name="firstDay"/>.</summary>
    /// <param name="firstDay">The first host date (ISO calendar).</param>
    /// <param name="days">How many consecutive host dates (D), 1 to 3660.</param>
    /// <param name="participants">The participants, at least one, names distinct.</param>
    /// <returns>The sessions placed and the days left without one, both in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="participants"/> is empty, holds a null, or two participants share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is not in [1, 3660].</exception>
    public VirtualSessionPlan Plan(LocalDate firstDay, int days, IReadOnlyList<SessionParticipant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (days is < 1 or > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The number of days must be between 1 and 3660.");
        }

        CheckParticipants(participants);
        var sessions = ImmutableArray.CreateBuilder<VirtualSession>();
        var unplaced = ImmutableArray.CreateBuilder<UnplacedSessionDay>();
        var previous = InstantRangeSet.Empty;
        for (var d = 0; d < days; d++)
        {
            var date = firstDay.PlusDays(d);
            var outcome = PlanDay(date, participants, previous);
            if (outcome.Session is { } s)
            {
                sessions.Add(s);

                // A session that ran past midnight blocks the next day's start, buffers included on both sides.
                previous = InstantRangeSet.FromRanges(s.Range.Widen(bufferAfter, bufferBefore));
            }
            else
            {
                unplaced.Add(new UnplacedSessionDay(date, outcome.Reason!));
            }
        }

        return new VirtualSessionPlan(sessions.ToImmutable(), unplaced.ToImmutable());
    }

    /// <summary>Lists every session of <paramref name="length"/> starting on <paramref name="date"/> that lies inside everyone's working hours and is free of their bookings (buffers included).</summary>
    /// <remarks>Starts lie on the grid in the host zone, within <paramref name="date"/>; a session may end after the host's midnight. No extension applies. Sessions may overlap each other; they are alternatives.</remarks>
    /// <param name="date">The host date.</param>
    /// <param name="participants">The participants, at least one, names distinct.</param>
    /// <param name="length">The session length.</param>
    /// <returns>The sessions, ascending by start (empty when none fits).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="participants"/> is empty, holds a null, or two participants share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive.</exception>
    public IReadOnlyList<InstantRange> FreeSessions(LocalDate date, IReadOnlyList<SessionParticipant> participants, Duration length)
    {
        CheckParticipants(participants);
        Positive(length, nameof(length));
        var day = Day(date);
        var (work, _, busy) = Hours(Reach(day, length), participants);
        var common = Intersect(work);
        return [.. Starts(day).Select(s => InstantRange.StartingAt(s, length)).Where(r => Fits(common, busy, r))];
    }

    /// <summary>Checks a proposed session directly: it must lie inside everyone's working hours and be free of their bookings, buffers included (field case BC-23 (c)).</summary>
    /// <param name="session">The proposed session.</param>
    /// <param name="participants">The participants, at least one, names distinct.</param>
    /// <returns>True when the session can be booked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="participants"/> is empty, holds a null, or two participants share a name.</exception>
    public bool Fits(InstantRange session, IReadOnlyList<SessionParticipant> participants)
    {
        CheckParticipants(participants);
        var region = session.Widen(bufferBefore + Duration.FromDays(1), bufferAfter + Duration.FromDays(1));
        var (work, _, busy) = Hours(region, participants);
        return Fits(Intersect(work), busy, session);
    }

    private InstantRange Day(LocalDate date) => ZonedDateRange.ForDay(date, hostZone).ToInstantRange();

    // The instants a session starting on the host day can cover: the day and up to one session length past its end.
    private static InstantRange Reach(InstantRange day, Duration length) => InstantRange.FromInstants(day.Start, day.End + length);

    private bool Fits(InstantRangeSet common, InstantRangeSet busy, InstantRange range) =>
        common.Covers(range) && !busy.Overlaps(range.Widen(bufferBefore, bufferAfter));

    private (InstantRangeSet[] Work, InstantRangeSet[] Allowed, InstantRangeSet Busy) Hours(InstantRange day, IReadOnlyList<SessionParticipant> participants)
    {
        var work = new InstantRangeSet[participants.Count];
        var allowed = new InstantRangeSet[participants.Count];
        var busy = InstantRangeSet.Empty;
        for (var i = 0; i < participants.Count; i++)
        {
            var calendar = participants[i].Calendar;

            // The host day may touch the participant's previous and next local dates.
            var local = new DateInterval(day.Start.InZone(calendar.Zone).Date.PlusDays(-1), day.End.InZone(calendar.Zone).Date.PlusDays(1));
            var hours = calendar.ExpandWorkingHours(local);
            work[i] = hours.ClipTo(day);
            allowed[i] = (extension == Duration.Zero ? hours : InstantRangeSet.FromRanges(hours.Select(r => r.Widen(extension, extension)))).ClipTo(day);
            busy = busy.Union(participants[i].Busy);
        }

        return (work, allowed, busy);
    }

    private (VirtualSession? Session, string? Reason) PlanDay(LocalDate date, IReadOnlyList<SessionParticipant> participants, InstantRangeSet previous)
    {
        var day = Day(date);
        var (work, allowed, busy) = Hours(Reach(day, maxLength), participants);
        busy = busy.Union(previous);
        var idle = participants.Where((p, i) => allowed[i].IsEmpty).Select(p => p.Name).ToArray();
        if (idle.Length > 0)
        {
            return (null, Text("No working hours on this day for {0}.", string.Join(", ", idle)));
        }

        var common = Intersect(work);
        for (var length = maxLength; length >= minLength; length -= step)
        {
            foreach (var start in Starts(day))
            {
                var range = InstantRange.StartingAt(start, length);
                if (Fits(common, busy, range))
                {
                    return (Build(date, range, participants, work), null);
                }
            }
        }

        if (extension > Duration.Zero)
        {
            var extended = Intersect(allowed);
            for (var length = maxLength; length >= minLength; length -= step)
            {
                (InstantRange Range, Duration Total, Duration Worst)? best = null;
                foreach (var start in Starts(day))
                {
                    var range = InstantRange.StartingAt(start, length);
                    if (!Fits(extended, busy, range))
                    {
                        continue;
                    }

                    var total = Duration.Zero;
                    var worst = Duration.Zero;
                    foreach (var w in work)
                    {
                        var outside = length - w.ClipTo(range).TotalDuration;
                        total += outside;
                        worst = outside > worst ? outside : worst;
                    }

                    if (best is null || total < best.Value.Total || (total == best.Value.Total && worst < best.Value.Worst))
                    {
                        best = (range, total, worst);
                    }
                }

                if (best is { } chosen)
                {
                    return (Build(date, chosen.Range, participants, work), null);
                }
            }
        }

        var longest = common.Except(busy).Select(r => r.Duration).DefaultIfEmpty(Duration.Zero).Max();
        return (null, Text(
            "The working hours of {0}{1} have no common free {2} on this day (longest common free time inside working hours: {3}).",
            string.Join(", ", participants.Select(p => p.Name)),
            extension > Duration.Zero ? " (even extended by " + ProposalText.Iso(extension) + ")" : string.Empty,
            ProposalText.Iso(minLength),
            ProposalText.Iso(longest)));
    }

    private static InstantRangeSet Intersect(InstantRangeSet[] sets)
    {
        var result = sets[0];
        for (var i = 1; i < sets.Length; i++)
        {
            result = result.Intersect(sets[i]);
        }

        return result;
    }

    // Grid starts within the host day; the session may end after it.
    private IEnumerable<Instant> Starts(InstantRange day)
    {
        var next = grid.NextAtOrAfter(day.Start);
        while (next is { } s && s < day.End)
        {
            yield return s;
            next = grid.NextAtOrAfter(s + Duration.FromNanoseconds(1));
        }
    }

    private VirtualSession Build(LocalDate date, InstantRange range, IReadOnlyList<SessionParticipant> participants, InstantRangeSet[] work)
    {
        var sittings = ImmutableArray.CreateBuilder<InstantRange>();
        var t = range.Start;
        while (t < range.End)
        {
            var end = t + sitting < range.End ? t + sitting : range.End;
            sittings.Add(InstantRange.FromInstants(t, end));
            t = end + breakLength;
        }

        var local = ImmutableArray.CreateBuilder<ParticipantLocalTimes>(participants.Count);
        for (var i = 0; i < participants.Count; i++)
        {
            var zone = participants[i].Calendar.Zone;
            local.Add(new ParticipantLocalTimes(participants[i].Name, range.Start.InZone(zone), range.End.InZone(zone), range.Duration - work[i].ClipTo(range).TotalDuration));
        }

        return new VirtualSession(date, range, sittings.ToImmutable(), local.MoveToImmutable());
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

    private static void Positive(Duration value, string name)
    {
        if (value <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "The length must be positive.");
        }
    }

    private static string Text(string format, params object?[] args) => ProposalText.Format(format, args);
}
