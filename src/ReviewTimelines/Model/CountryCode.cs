using System.Globalization;

namespace ReviewTimelines.Model;

/// <summary>A country (a State under review or a reviewing State) as an ISO 3166-1 alpha-3 code, e.g. <c>AUT</c>.</summary>
/// <remarks>Exactly three upper-case ASCII letters; whether the code is assigned is not checked. <c>default</c> is invalid.</remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct CountryCode : IComparable<CountryCode>
{
    /// <summary>Initializes a new instance of the <see cref="CountryCode"/> struct.</summary>
    /// <param name="value">The alpha-3 code, upper case.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three upper-case ASCII letters.</exception>
    public CountryCode(string value)
    {
        if (value is null || value.Length != 3 || !value.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not an ISO 3166-1 alpha-3 code (three upper-case letters such as AUT).", value),
                nameof(value));
        }

        Value = value;
    }

    /// <summary>Gets the alpha-3 code.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the alpha-3 code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Orders by <see cref="CompareTo(CountryCode)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders by <see cref="CompareTo(CountryCode)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by <see cref="CompareTo(CountryCode)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders by <see cref="CompareTo(CountryCode)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;
}
