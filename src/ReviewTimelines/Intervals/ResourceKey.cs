using System.Globalization;

namespace ReviewTimelines.Intervals;

/// <summary>A resource that an item holds while it runs: a kind (e.g. <c>country</c>, <c>person</c>, <c>seat</c>, <c>team</c>) and a value within that kind.</summary>
/// <remarks>
/// <para>
/// Keys are compared ordinally and case-sensitively on <see cref="Kind"/> then <see cref="Value"/>; the engine never
/// interprets either string. Minimum separations (<see cref="OverlapSweepOptions.Separations"/>) are configured per
/// <see cref="Kind"/>. <c>default(ResourceKey)</c> is not a valid key: every constructor-made key has non-empty parts.
/// </para>
/// <para>The hash code is computed once, on construction, because the sweep looks keys up many times.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct ResourceKey : IEquatable<ResourceKey>, IComparable<ResourceKey>
{
    private readonly int hash;

    /// <summary>Initializes a new instance of the <see cref="ResourceKey"/> struct.</summary>
    /// <param name="kind">The resource kind, e.g. <c>country</c>; not empty.</param>
    /// <param name="value">The resource within the kind, e.g. <c>AUT</c>; not empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> or <paramref name="value"/> is empty.</exception>
    public ResourceKey(string kind, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(value);
        Kind = kind;
        Value = value;
        hash = HashCode.Combine(StringComparer.Ordinal.GetHashCode(kind), StringComparer.Ordinal.GetHashCode(value));
    }

    /// <summary>Gets the resource kind, e.g. <c>country</c> (null only for <c>default(ResourceKey)</c>).</summary>
    public string Kind { get; }

    /// <summary>Gets the resource within its kind, e.g. <c>AUT</c> (null only for <c>default(ResourceKey)</c>).</summary>
    public string Value { get; }

    /// <summary>Gets a value indicating whether this is <c>default(ResourceKey)</c>, which no engine accepts.</summary>
    public bool IsDefault => Kind is null;

    /// <inheritdoc />
    public bool Equals(ResourceKey other) =>
        hash == other.hash && string.Equals(Kind, other.Kind, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResourceKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => hash;

    /// <summary>Compares ordinally by <see cref="Kind"/>, then by <see cref="Value"/>.</summary>
    /// <param name="other">The other key.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ResourceKey other)
    {
        var byKind = string.CompareOrdinal(Kind, other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Value, other.Value);
    }

    /// <summary>Formats as <c>kind:value</c>, e.g. <c>country:AUT</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}:{1}", Kind, Value);

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left key.</param>
    /// <param name="right">The right key.</param>
    /// <returns>True when kind and value are ordinally equal.</returns>
    public static bool operator ==(ResourceKey left, ResourceKey right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left key.</param>
    /// <param name="right">The right key.</param>
    /// <returns>True when kind or value differ.</returns>
    public static bool operator !=(ResourceKey left, ResourceKey right) => !left.Equals(right);

    /// <summary>Ordinal order operator.</summary>
    /// <param name="left">The left key.</param>
    /// <param name="right">The right key.</param>
    /// <returns>True when left sorts first.</returns>
    public static bool operator <(ResourceKey left, ResourceKey right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order operator.</summary>
    /// <param name="left">The left key.</param>
    /// <param name="right">The right key.</param>
    /// <returns>True when left sorts last.</returns>
    public static bool operator >(ResourceKey left, ResourceKey right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order operator.</summary>
    /// <param name="left">The left key.</param>
    /// <param name="right">The right key.</param>
    /// <returns>True when left does not sort last.</returns>
    public static bool operator <=(ResourceKey left, ResourceKey right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order operator.</summary>
    /// <param name="left">The left key.</param>
    /// <param name="right">The right key.</param>
    /// <returns>True when left does not sort first.</returns>
    public static bool operator >=(ResourceKey left, ResourceKey right) => left.CompareTo(right) >= 0;
}
