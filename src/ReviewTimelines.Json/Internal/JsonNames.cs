using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace ReviewTimelines.Json.Internal;

/// <summary>The file's names for enum values: the member name in camelCase (<c>countryVisit</c>, <c>nextWorkingDay</c>).</summary>
internal static class JsonNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    private static readonly FrozenDictionary<T, string> ByValue = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    internal static IEnumerable<string> Names => Enum.GetValues<T>().Select(v => ByValue[v]);

    internal static string Name(T value) => ByValue.TryGetValue(value, out var name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(value), value, string.Format(CultureInfo.InvariantCulture, "Undefined {0} value.", typeof(T).Name));

    internal static bool TryParse(string text, out T value) => ByName.TryGetValue(text, out value);
}
