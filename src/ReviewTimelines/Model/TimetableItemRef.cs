using System.Globalization;

namespace ReviewTimelines.Model;

/// <summary>The kind of item in a timetable.</summary>
/// <remarks>The numeric order is the order in which problems and scheduled items are listed.</remarks>
public enum TimetableItemKind
{
    /// <summary>A <see cref="Model.Mechanism"/>.</summary>
    Mechanism = 0,

    /// <summary>A <see cref="ReviewCycle"/>.</summary>
    Cycle = 1,

    /// <summary>A <see cref="Model.Country"/>.</summary>
    Country = 2,

    /// <summary>A <see cref="Model.Person"/>.</summary>
    Person = 3,

    /// <summary>A <see cref="CountryReview"/>.</summary>
    Review = 4,

    /// <summary>A <see cref="Model.Stage"/> of a review.</summary>
    Stage = 5,

    /// <summary>A <see cref="Model.Meeting"/>.</summary>
    Meeting = 6,

    /// <summary>A <see cref="Model.Blackout"/>.</summary>
    Blackout = 7,
}

/// <summary>A reference to one item of a timetable by kind and id text, used to name the item a problem or a scheduled entry is about.</summary>
/// <remarks>
/// Ordering is by <see cref="Kind"/> then ordinal <see cref="Id"/>. <see cref="ToString"/> gives <c>stage:AUT-visit</c>.
/// <c>default</c> is invalid (its <see cref="Id"/> is null); use the factories.
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct TimetableItemRef : IComparable<TimetableItemRef>
{
    /// <summary>Initializes a new instance of the <see cref="TimetableItemRef"/> struct.</summary>
    /// <param name="kind">The kind of item.</param>
    /// <param name="id">The item's id text (for a country, its alpha-3 code).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public TimetableItemRef(TimetableItemKind kind, string id)
    {
        Kind = ModelChecks.Defined(kind, nameof(TimetableItemRef), nameof(kind));
        Id = ModelChecks.Text(id, nameof(TimetableItemRef), nameof(id));
    }

    /// <summary>Gets the kind of item.</summary>
    public TimetableItemKind Kind { get; }

    /// <summary>Gets the item's id text.</summary>
    public string Id { get; }

    /// <summary>Refers to a mechanism.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (invalid) id.</exception>
    public static TimetableItemRef For(MechanismId id) => new(TimetableItemKind.Mechanism, id.Value);

    /// <summary>Refers to a review cycle.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (invalid) id.</exception>
    public static TimetableItemRef For(CycleId id) => new(TimetableItemKind.Cycle, id.Value);

    /// <summary>Refers to a country.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default (invalid) code.</exception>
    public static TimetableItemRef For(CountryCode code) => new(TimetableItemKind.Country, code.Value);

    /// <summary>Refers to a person.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (invalid) id.</exception>
    public static TimetableItemRef For(PersonId id) => new(TimetableItemKind.Person, id.Value);

    /// <summary>Refers to a country review.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (invalid) id.</exception>
    public static TimetableItemRef For(ReviewId id) => new(TimetableItemKind.Review, id.Value);

    /// <summary>Refers to a stage.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (invalid) id.</exception>
    public static TimetableItemRef For(StageId id) => new(TimetableItemKind.Stage, id.Value);

    /// <summary>Refers to a meeting.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (invalid) id.</exception>
    public static TimetableItemRef For(MeetingId id) => new(TimetableItemKind.Meeting, id.Value);

    /// <summary>Refers to a blackout.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (invalid) id.</exception>
    public static TimetableItemRef For(BlackoutId id) => new(TimetableItemKind.Blackout, id.Value);

    /// <inheritdoc />
    public int CompareTo(TimetableItemRef other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Formats as <c>kind:id</c> with a lower-case kind, e.g. <c>stage:AUT-visit</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => KindText(Kind) + ":" + Id;

    internal static string KindText(TimetableItemKind kind) =>
        kind.ToString().ToLower(CultureInfo.InvariantCulture);

    /// <summary>Orders by <see cref="CompareTo(TimetableItemRef)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(TimetableItemRef left, TimetableItemRef right) => left.CompareTo(right) < 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableItemRef)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(TimetableItemRef left, TimetableItemRef right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableItemRef)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(TimetableItemRef left, TimetableItemRef right) => left.CompareTo(right) > 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableItemRef)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(TimetableItemRef left, TimetableItemRef right) => left.CompareTo(right) >= 0;
}
