using System.Globalization;

namespace ReviewTimelines.Model;

/// <summary>A person's role in one stage or meeting: who, and whether they attend, contribute or are responsible.</summary>
/// <remarks>
/// Used twice: as an explicit per-person override (<see cref="Stage.ParticipantRoles"/>, <see cref="Meeting.ParticipantRoles"/>)
/// and as the effective role of each participant (<see cref="Stage.Participations"/>, <see cref="Meeting.Participations"/>).
/// Ordering is by ordinal person id, then role. <see cref="ToString"/> gives <c>expert-1:attends</c>. <c>default</c> is
/// invalid (its <see cref="Person"/> is the default id); the constructor rejects it.
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct Participation : IComparable<Participation>
{
    /// <summary>Initializes a new instance of the <see cref="Participation"/> struct.</summary>
    /// <param name="person">The person.</param>
    /// <param name="role">The role.</param>
    /// <exception cref="ArgumentException"><paramref name="person"/> is the default (invalid) id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public Participation(PersonId person, ParticipationRole role)
    {
        Person = ModelChecks.Id(person, nameof(Participation), nameof(person));
        Role = ModelChecks.Defined(role, nameof(Participation), nameof(role));
    }

    /// <summary>Gets the person.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the role.</summary>
    public ParticipationRole Role { get; }

    /// <summary>Gets a value indicating whether this participation blocks the person's time (<see cref="ParticipationRole.Attends"/>).</summary>
    public bool Blocks => Role == ParticipationRole.Attends;

    /// <inheritdoc />
    public int CompareTo(Participation other)
    {
        var byPerson = Person.CompareTo(other.Person);
        return byPerson != 0 ? byPerson : Role.CompareTo(other.Role);
    }

    /// <summary>Formats as <c>person-id:role</c> with the role in camel case, e.g. <c>expert-1:attends</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Person + ":" + ParticipationRoles.Text(Role);

    /// <summary>Orders by <see cref="CompareTo(Participation)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Participation left, Participation right) => left.CompareTo(right) < 0;

    /// <summary>Orders by <see cref="CompareTo(Participation)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(Participation left, Participation right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by <see cref="CompareTo(Participation)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Participation left, Participation right) => left.CompareTo(right) > 0;

    /// <summary>Orders by <see cref="CompareTo(Participation)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(Participation left, Participation right) => left.CompareTo(right) >= 0;
}
