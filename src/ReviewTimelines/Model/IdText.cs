using System.Globalization;

namespace ReviewTimelines.Model;

/// <summary>Validation shared by the strongly-typed identifiers.</summary>
internal static class IdText
{
    internal static string Check(string value, string typeName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "A {0} must not be empty.", typeName), nameof(value));
        }

        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "A {0} must not start or end with white space: '{1}'.", typeName, value),
                nameof(value));
        }

        return value;
    }
}
