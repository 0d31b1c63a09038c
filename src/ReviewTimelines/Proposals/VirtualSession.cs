using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Proposals;

/// <summary>One participant's local view of a virtual session: local start and end with their offsets, and the time outside the participant's working hours.</summary>
/// <param name="Participant">The participant's display name.</param>
/// <param name="Start">The session start in the participant's zone.</param>
/// <param name="End">The session end in the participant's zone (exclusive).</param>
/// <param name="OutOfHours">The part of the session outside the participant's working hours (zero inside them).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ParticipantLocalTimes(string Participant, ZonedDateTime Start, ZonedDateTime End, Duration OutOfHours)
{
    /// <summary>Gets the local start time of day, for display ("13:00").</summary>
    public LocalTime LocalStart => Start.TimeOfDay;

    /// <summary>Gets the local end time of day, for display ("16:00").</summary>
    public LocalTime LocalEnd => End.TimeOfDay;

    /// <summary>Formats the local times as ISO-8601 with offsets, e.g. <c>New York 2021-03-15T08:00:00-04:00/2021-03-15T11:00:00-04:00</c> (RFC 3339).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1}/{2}",
            Participant,
            OffsetDateTimePattern.Rfc3339.Format(Start.ToOffsetDateTime()),
            OffsetDateTimePattern.Rfc3339.Format(End.ToOffsetDateTime()));
}

/// <summary>A planned daily virtual session: its host date, its half-open instant range, the sittings between breaks and every participant's local times.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class VirtualSession
{
    internal VirtualSession(LocalDate date, InstantRange range, ImmutableArray<InstantRange> sittings, ImmutableArray<ParticipantLocalTimes> localTimes)
    {
        Date = date;
        Range = range;
        Sittings = sittings;
        LocalTimes = localTimes;
        OutOfHours = localTimes.Aggregate(Duration.Zero, (sum, l) => sum + l.OutOfHours);
    }

    /// <summary>Gets the session day, a local date in the planner's host zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the session as a half-open instant range, breaks included.</summary>
    public InstantRange Range { get; }

    /// <summary>Gets the sittings (half-open, ascending); the gaps between them are the breaks.</summary>
    public ImmutableArray<InstantRange> Sittings { get; }

    /// <summary>Gets each participant's local times, in the order the participants were given.</summary>
    public ImmutableArray<ParticipantLocalTimes> LocalTimes { get; }

    /// <summary>Gets the total time outside working hours, summed over participants: the session's penalty (zero inside everyone's hours).</summary>
    public Duration OutOfHours { get; }

    /// <summary>Gets the local times of the named participant.</summary>
    /// <param name="participant">The participant's display name.</param>
    /// <returns>The local times.</returns>
    /// <exception cref="KeyNotFoundException">No participant has that name.</exception>
    public ParticipantLocalTimes For(string participant) =>
        LocalTimes.FirstOrDefault(l => l.Participant == participant)
        ?? throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No participant named '{0}' in the session of {1}.", participant, LocalDatePattern.Iso.Format(Date)));

    /// <summary>Formats the session as its host date and ISO-8601 instant range.</summary>
    /// <returns>The text, e.g. <c>2021-03-15 2021-03-15T12:00:00Z/2021-03-15T15:00:00Z</c>.</returns>
    public override string ToString() => LocalDatePattern.Iso.Format(Date) + " " + Range.ToString();
}

/// <summary>A host date on which no session could be placed, and why.</summary>
/// <param name="Date">The host date.</param>
/// <param name="Reason">A plain sentence naming the blocking participants or hours.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UnplacedSessionDay(LocalDate Date, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => LocalDatePattern.Iso.Format(Date) + ": " + Reason;
}

/// <summary>The result of <see cref="VirtualSessionPlanner.Plan"/>: the sessions placed and the days left without one.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class VirtualSessionPlan
{
    internal VirtualSessionPlan(ImmutableArray<VirtualSession> sessions, ImmutableArray<UnplacedSessionDay> unplaced)
    {
        Sessions = sessions;
        Unplaced = unplaced;
    }

    /// <summary>Gets the sessions, one per placed host date, in date order.</summary>
    public ImmutableArray<VirtualSession> Sessions { get; }

    /// <summary>Gets the host dates without a session, in date order.</summary>
    public ImmutableArray<UnplacedSessionDay> Unplaced { get; }

    /// <summary>Gets the session on a host date.</summary>
    /// <param name="date">The host date.</param>
    /// <returns>The session, or null when none was placed that day.</returns>
    public VirtualSession? On(LocalDate date) => Sessions.FirstOrDefault(s => s.Date == date);
}
