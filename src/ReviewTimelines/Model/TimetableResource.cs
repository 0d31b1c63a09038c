using System.Globalization;

namespace ReviewTimelines.Model;

/// <summary>The kind of resource that a stage or meeting holds, a blackout blocks, or a deadline belongs to.</summary>
public enum ResourceKind
{
    /// <summary>A country (its officials, delegation and working calendar), keyed by its <see cref="CountryCode"/>.</summary>
    Country = 0,

    /// <summary>A person (expert, focal point, secretariat staff member), keyed by their <see cref="PersonId"/>.</summary>
    Person = 1,

    /// <summary>The seat of a mechanism (its meeting rooms and secretariat), keyed by the <see cref="MechanismId"/>.</summary>
    Seat = 2,
}

/// <summary>A resource of the timetable: a country, a person or a mechanism's seat.</summary>
/// <remarks>
/// <para>
/// Resource keys are the shared vocabulary of the conflict detector: two items clash on a resource when both hold
/// the same key at overlapping instants. They are also the scope of a <see cref="Blackout"/> and the responsible
/// party of a <see cref="StageDeadline"/>.
/// </para>
/// <para>
/// Equality is by <see cref="Kind"/> and ordinal <see cref="Value"/>; ordering is by <see cref="Kind"/> (country,
/// person, seat) then ordinal value. <see cref="ToString"/> gives <c>country:AUT</c>, <c>person:expert-1</c>,
/// <c>seat:GRECO</c>. <c>default</c> is invalid (its <see cref="Value"/> is null); use the factories.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct TimetableResource : IComparable<TimetableResource>
{
    private TimetableResource(ResourceKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets the kind of resource.</summary>
    public ResourceKind Kind { get; }

    /// <summary>Gets the key text: the alpha-3 country code, the person id or the mechanism id.</summary>
    public string Value { get; }

    /// <summary>Creates the key of a country.</summary>
    /// <param name="country">The country code.</param>
    /// <returns>The key <c>country:XXX</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default (invalid) code.</exception>
    public static TimetableResource ForCountry(CountryCode country) =>
        new(ResourceKind.Country, ModelChecks.Id(country, nameof(TimetableResource), nameof(country)).Value);

    /// <summary>Creates the key of a person.</summary>
    /// <param name="person">The person id.</param>
    /// <returns>The key <c>person:id</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="person"/> is the default (invalid) id.</exception>
    public static TimetableResource ForPerson(PersonId person) =>
        new(ResourceKind.Person, ModelChecks.Id(person, nameof(TimetableResource), nameof(person)).Value);

    /// <summary>Creates the key of a mechanism's seat.</summary>
    /// <param name="mechanism">The mechanism whose seat is meant.</param>
    /// <returns>The key <c>seat:id</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="mechanism"/> is the default (invalid) id.</exception>
    public static TimetableResource ForSeat(MechanismId mechanism) =>
        new(ResourceKind.Seat, ModelChecks.Id(mechanism, nameof(TimetableResource), nameof(mechanism)).Value);

    /// <summary>Gets the country of a country key.</summary>
    /// <returns>The country code.</returns>
    /// <exception cref="InvalidOperationException">The key is not a <see cref="ResourceKind.Country"/> key.</exception>
    public CountryCode AsCountry() => Kind == ResourceKind.Country && Value is not null ? new CountryCode(Value) : throw WrongKind(ResourceKind.Country);

    /// <summary>Gets the person of a person key.</summary>
    /// <returns>The person id.</returns>
    /// <exception cref="InvalidOperationException">The key is not a <see cref="ResourceKind.Person"/> key.</exception>
    public PersonId AsPerson() => Kind == ResourceKind.Person && Value is not null ? new PersonId(Value) : throw WrongKind(ResourceKind.Person);

    /// <summary>Gets the mechanism of a seat key.</summary>
    /// <returns>The mechanism id.</returns>
    /// <exception cref="InvalidOperationException">The key is not a <see cref="ResourceKind.Seat"/> key.</exception>
    public MechanismId AsSeat() => Kind == ResourceKind.Seat && Value is not null ? new MechanismId(Value) : throw WrongKind(ResourceKind.Seat);

    /// <inheritdoc />
    public int CompareTo(TimetableResource other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Value, other.Value);
    }

    /// <summary>Formats as <c>kind:value</c> with a lower-case kind, e.g. <c>country:AUT</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => KindText(Kind) + ":" + Value;

    internal static string KindText(ResourceKind kind) => kind switch
    {
        ResourceKind.Country => "country",
        ResourceKind.Person => "person",
        ResourceKind.Seat => "seat",
        _ => kind.ToString(),
    };

    private InvalidOperationException WrongKind(ResourceKind expected) =>
        new(string.Format(CultureInfo.InvariantCulture, "The resource key '{0}' is not a {1} key.", this, KindText(expected)));

    /// <summary>Orders by <see cref="CompareTo(TimetableResource)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(TimetableResource left, TimetableResource right) => left.CompareTo(right) < 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableResource)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(TimetableResource left, TimetableResource right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableResource)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(TimetableResource left, TimetableResource right) => left.CompareTo(right) > 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableResource)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(TimetableResource left, TimetableResource right) => left.CompareTo(right) >= 0;
}
