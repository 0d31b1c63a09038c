using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Proposals;

/// <summary>Two working languages between which a session needs interpretation; <see cref="First"/> precedes <see cref="Second"/> in ordinal order.</summary>
/// <param name="First">The first language tag (lower case).</param>
/// <param name="Second">The second language tag (lower case).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record LanguagePair(string First, string Second)
{
    /// <summary>Formats the pair as <c>en/es</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => First + "/" + Second;
}

/// <summary>One session of a series: its number, host date and week, half-open instant range and every participant's local times and out-of-hours minutes.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SeriesSession
{
    internal SeriesSession(int number, LocalDate date, int week, InstantRange range, ImmutableArray<ParticipantLocalTimes> localTimes, bool interpreted)
    {
        Number = number;
        Date = date;
        Week = week;
        Range = range;
        LocalTimes = localTimes;
        Interpreted = interpreted;
        OutOfHours = localTimes.Aggregate(Duration.Zero, (sum, l) => sum + l.OutOfHours);
    }

    /// <summary>Gets the session's number, 1-based, in time order.</summary>
    public int Number { get; }

    /// <summary>Gets the host date the session starts on (a local date in the host zone).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the week of the period, 1-based (week 1 is the first seven host dates).</summary>
    public int Week { get; }

    /// <summary>Gets the session as a half-open instant range.</summary>
    public InstantRange Range { get; }

    /// <summary>Gets each participant's local times and out-of-hours part, in the order the participants were given.</summary>
    public ImmutableArray<ParticipantLocalTimes> LocalTimes { get; }

    /// <summary>Gets a value indicating whether the session needs interpretation (the participants share no working language).</summary>
    public bool Interpreted { get; }

    /// <summary>Gets the time outside working hours summed over participants (zero inside everyone's hours).</summary>
    public Duration OutOfHours { get; }

    /// <summary>Gets the local times of the named participant.</summary>
    /// <param name="participant">The participant's display name.</param>
    /// <returns>The local times.</returns>
    /// <exception cref="KeyNotFoundException">No participant has that name.</exception>
    public ParticipantLocalTimes For(string participant) =>
        LocalTimes.FirstOrDefault(l => l.Participant == participant)
        ?? throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No participant named '{0}' in session {1}.", participant, Number));

    /// <summary>Formats the session as its number, host date and ISO-8601 instant range.</summary>
    /// <returns>The text, e.g. <c>#1 2021-11-08 2021-11-08T09:00:00Z/2021-11-08T10:30:00Z</c>.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "#{0} {1} {2}", Number, LocalDatePattern.Iso.Format(Date), Range);
}

/// <summary>One participant's burden over a series: the total time outside their working hours and in how many sessions.</summary>
/// <param name="Participant">The participant's display name.</param>
/// <param name="OutOfHours">The total out-of-hours time over all sessions.</param>
/// <param name="Sessions">The number of sessions with some out-of-hours time for the participant.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ParticipantBurden(string Participant, Duration OutOfHours, int Sessions)
{
    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: {1} min out of hours in {2} session(s)", Participant, (long)OutOfHours.TotalMinutes, Sessions);
}

/// <summary>The result of <see cref="SessionSeriesPlanner.Plan"/>: the sessions, each participant's burden, the language pairs to interpret and warnings.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SessionSeriesPlan
{
    internal SessionSeriesPlan(ImmutableArray<SeriesSession> sessions, ImmutableArray<ParticipantBurden> burdens, ImmutableArray<LanguagePair> languagePairs, int requested, ImmutableArray<string> warnings)
    {
        Sessions = sessions;
        Burdens = burdens;
        LanguagePairs = languagePairs;
        Requested = requested;
        Warnings = warnings;
    }

    /// <summary>Gets the sessions placed, in time order.</summary>
    public ImmutableArray<SeriesSession> Sessions { get; }

    /// <summary>Gets each participant's total burden, in the order the participants were given.</summary>
    public ImmutableArray<ParticipantBurden> Burdens { get; }

    /// <summary>Gets the language pairs the interpreters must cover, ordered; empty when everyone shares a working language.</summary>
    public ImmutableArray<LanguagePair> LanguagePairs { get; }

    /// <summary>Gets the number of sessions asked for (<see cref="SessionSeriesOptions.Count"/>); <see cref="Sessions"/> may hold fewer (then a warning says why).</summary>
    public int Requested { get; }

    /// <summary>Gets the warnings: sessions not placed, participants out of hours in every possible window, languages not declared.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>Gets the spread of the burden: the largest minus the smallest participant total out-of-hours time.</summary>
    public Duration BurdenSpread => Burdens.IsEmpty ? Duration.Zero : Burdens.Max(b => b.OutOfHours) - Burdens.Min(b => b.OutOfHours);

    /// <summary>Gets the named participant's burden.</summary>
    /// <param name="participant">The participant's display name.</param>
    /// <returns>The burden.</returns>
    /// <exception cref="KeyNotFoundException">No participant has that name.</exception>
    public ParticipantBurden BurdenOf(string participant) =>
        Burdens.FirstOrDefault(b => b.Participant == participant)
        ?? throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No participant named '{0}' in the series.", participant));
}
