using System.Security.Cryptography;
using System.Text;

namespace ReviewTimelines.Conflicts;

/// <summary>The stable id of a <see cref="Conflict"/>, derived from its kind, its items and its resource, so exports and UIs can refer to it across runs.</summary>
/// <remarks>
/// The text is <c>kind-slug/hash</c>, e.g. <c>country-visit-overlap/3f1c0a9e5b2d7c41</c>: the hash is the first 16 hex digits
/// (lower case) of the SHA-256 of the UTF-8 text <c>kind|resource|item1|item2...</c> with items in the conflict's order.
/// The same conflict on an edited timetable (other dates, same items) keeps its id. Equality and order are ordinal.
/// <c>default</c> has a null <see cref="Value"/>.
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct ConflictId : IComparable<ConflictId>
{
    private ConflictId(string value) => Value = value;

    /// <summary>Gets the id text.</summary>
    public string Value { get; }

    /// <summary>Derives the id of a conflict.</summary>
    /// <param name="kind">The conflict kind.</param>
    /// <param name="resource">The shared resource.</param>
    /// <param name="items">The items, in the conflict's order.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ConflictId Derive(ConflictKind kind, Model.TimetableResource resource, IEnumerable<ConflictItemRef> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var text = new StringBuilder(KindSlug(kind)).Append('|').Append(resource.ToString());
        foreach (var item in items)
        {
            text.Append('|').Append(item.ToString());
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new ConflictId(KindSlug(kind) + "/" + Convert.ToHexStringLower(hash, 0, 8));
    }

    /// <summary>Gets the kebab-case name of a kind, e.g. <c>country-visit-overlap</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The slug.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string KindSlug(ConflictKind kind) => kind switch
    {
        ConflictKind.CountryVisitOverlap => "country-visit-overlap",
        ConflictKind.PersonDoubleBooked => "person-double-booked",
        ConflictKind.VisitDuringPlenary => "visit-during-plenary",
        ConflictKind.PlenaryClash => "plenary-clash",
        ConflictKind.Blackout => "blackout",
        ConflictKind.DeadlineOnNonWorkingDay => "deadline-on-non-working-day",
        ConflictKind.SequenceViolation => "sequence-violation",
        ConflictKind.JointVisitOpportunity => "joint-visit-opportunity",
        ConflictKind.Workload => "workload",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown conflict kind."),
    };

    /// <inheritdoc />
    public int CompareTo(ConflictId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Order operator (ordinal).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when left sorts first.</returns>
    public static bool operator <(ConflictId left, ConflictId right) => left.CompareTo(right) < 0;

    /// <summary>Order operator (ordinal).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when left does not sort last.</returns>
    public static bool operator <=(ConflictId left, ConflictId right) => left.CompareTo(right) <= 0;

    /// <summary>Order operator (ordinal).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when left sorts last.</returns>
    public static bool operator >(ConflictId left, ConflictId right) => left.CompareTo(right) > 0;

    /// <summary>Order operator (ordinal).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when left does not sort first.</returns>
    public static bool operator >=(ConflictId left, ConflictId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the id text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
