namespace ReviewTimelines.Model;

/// <summary>The identifier of a review mechanism, e.g. <c>UNCAC-IRM</c>, <c>GRECO</c>, <c>OECD-WGB</c>, <c>OAS-MESICIC</c>.</summary>
/// <remarks>An opaque, case-sensitive, non-empty string without leading or trailing white space; ordinal equality and ordering.
/// <c>default</c> is invalid (its <see cref="Value"/> is null).</remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct MechanismId : IComparable<MechanismId>
{
    /// <summary>Initializes a new instance of the <see cref="MechanismId"/> struct.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, white space, or has leading or trailing white space.</exception>
    public MechanismId(string value)
    {
        Value = IdText.Check(value, nameof(MechanismId));
    }

    /// <summary>Gets the identifier text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(MechanismId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Orders by <see cref="CompareTo(MechanismId)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(MechanismId left, MechanismId right) => left.CompareTo(right) < 0;

    /// <summary>Orders by <see cref="CompareTo(MechanismId)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(MechanismId left, MechanismId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by <see cref="CompareTo(MechanismId)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(MechanismId left, MechanismId right) => left.CompareTo(right) > 0;

    /// <summary>Orders by <see cref="CompareTo(MechanismId)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(MechanismId left, MechanismId right) => left.CompareTo(right) >= 0;
}
