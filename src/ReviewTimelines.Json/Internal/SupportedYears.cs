using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Json.Internal;

/// <summary>Checks dates against the supported years <see cref="TimetableJson.MinSupportedYear"/>–<see cref="TimetableJson.MaxSupportedYear"/> and words the problem.</summary>
internal static class SupportedYears
{
    internal static bool Contains(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso && date.Year >= TimetableJson.MinSupportedYear && date.Year <= TimetableJson.MaxSupportedYear;

    /// <summary>Words the problem for a value of <paramref name="kind"/> ("date", "date-time") written as <paramref name="text"/>.</summary>
    internal static string Outside(string kind, string text) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} is outside the supported years {2}\u2013{3}", kind, text, TimetableJson.MinSupportedYear, TimetableJson.MaxSupportedYear);
}
