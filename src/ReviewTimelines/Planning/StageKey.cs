using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>The key of a stage rule within its rule set, e.g. <c>U4</c> or <c>G5</c> (REVIEW-MECHANISMS.md §8).</summary>
/// <remarks>An opaque, case-sensitive, non-empty string without leading or trailing white space; ordinal equality and ordering.
/// <c>default</c> is invalid (its <see cref="Value"/> is null).</remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct StageKey : IComparable<StageKey>
{
    /// <summary>Initializes a new instance of the <see cref="StageKey"/> struct.</summary>
    /// <param name="value">The key text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, white space, or has leading or trailing white space.</exception>
    public StageKey(string value)
    {
        Value = IdText.Check(value, nameof(StageKey));
    }

    /// <summary>Gets the key text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(StageKey other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the key text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Orders by <see cref="CompareTo(StageKey)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(StageKey left, StageKey right) => left.CompareTo(right) < 0;

    /// <summary>Orders by <see cref="CompareTo(StageKey)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(StageKey left, StageKey right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by <see cref="CompareTo(StageKey)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(StageKey left, StageKey right) => left.CompareTo(right) > 0;

    /// <summary>Orders by <see cref="CompareTo(StageKey)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(StageKey left, StageKey right) => left.CompareTo(right) >= 0;
}
