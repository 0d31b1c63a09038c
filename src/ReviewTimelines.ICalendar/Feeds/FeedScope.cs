using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.ICalendar.Feeds;

/// <summary>What a feed is about: the whole timetable, one mechanism, one country, one person, or (opt-in) the blackouts.</summary>
public enum FeedScopeKind
{
    /// <summary>Every stage, deadline and meeting of the timetable.</summary>
    Timetable = 0,

    /// <summary>The stages and deadlines of one mechanism's reviews and that mechanism's meetings.</summary>
    Mechanism = 1,

    /// <summary>The stages and deadlines of the country's own reviews and every item that holds the country (visits, delegations).</summary>
    Country = 2,

    /// <summary>Every item the person takes part in (participant, attendee) and every deadline the person is responsible for.</summary>
    Person = 3,

    /// <summary>Every blackout of the timetable, as all-day events; soft ones TRANSP:TRANSPARENT (opt-in: not part of the other scopes).</summary>
    Blackouts = 4,
}

/// <summary>The subject of one feed (see <see cref="FeedScopeKind"/> for what each kind contains).</summary>
/// <remarks><c>default(FeedScope)</c> is <see cref="Timetable"/>. Equality compares kind and id (ordinal).</remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct FeedScope
{
    private FeedScope(FeedScopeKind kind, string? id)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>Gets the whole-timetable scope.</summary>
    public static FeedScope Timetable => new(FeedScopeKind.Timetable, null);

    /// <summary>Gets the opt-in feed of every blackout (all-day events; soft blackouts do not block time: TRANSP:TRANSPARENT).</summary>
    public static FeedScope Blackouts => new(FeedScopeKind.Blackouts, null);

    /// <summary>Gets the scope kind.</summary>
    public FeedScopeKind Kind { get; }

    /// <summary>Gets the mechanism id, country code or person id, or <see langword="null"/> for <see cref="FeedScopeKind.Timetable"/>.</summary>
    public string? Id { get; }

    /// <summary>Creates the scope of one mechanism.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="mechanism"/> is the default id.</exception>
    public static FeedScope ForMechanism(MechanismId mechanism) => new(FeedScopeKind.Mechanism, Checked(mechanism.Value, nameof(mechanism)));

    /// <summary>Creates the scope of one country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default code.</exception>
    public static FeedScope ForCountry(CountryCode country) => new(FeedScopeKind.Country, Checked(country.Value, nameof(country)));

    /// <summary>Creates the scope of one person.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="person"/> is the default id.</exception>
    public static FeedScope ForPerson(PersonId person) => new(FeedScopeKind.Person, Checked(person.Value, nameof(person)));

    /// <summary>Formats as <c>timetable</c>, <c>mechanism:GRECO</c>, <c>country:AUT</c> or <c>person:expert-1</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Kind is FeedScopeKind.Timetable or FeedScopeKind.Blackouts
        ? Kind.ToString().ToLowerInvariant()
        : string.Format(CultureInfo.InvariantCulture, "{0}:{1}", Kind.ToString().ToLowerInvariant(), Id);

    private static string Checked(string? value, string name) =>
        value ?? throw new ArgumentException("The id is the default (empty) value.", name);
}
