using System.Text.RegularExpressions;

namespace ReviewTimelines.Web.Internal;

/// <summary>Which ids a route accepts: mechanism and person ids of unreserved URI characters, ISO alpha-3 country codes.</summary>
/// <remarks>Checked before any lookup, so no request text reaches anything but an in-memory dictionary. An id the timetable
/// has but that does not fit (a space, a slash) has no feed by URL; the page leaves its link out.</remarks>
internal static partial class RouteIds
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 128;

    public static bool IsValid(string? id) => id is not null && id.Length <= MaxLength && Id().IsMatch(id);

    public static bool IsCountryCode(string? code) => code is not null && Country().IsMatch(code);

    [GeneratedRegex("^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Country();
}
