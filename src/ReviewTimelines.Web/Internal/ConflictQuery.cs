using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Web.Internal;

/// <summary>The filters of <c>/api/conflicts</c> and <c>/api/check</c>: the CLI's window (<c>from</c>, <c>to</c>: UTC days,
/// inclusive, the detector's evaluation window) and the page's filters (<c>mechanism</c>, <c>country</c>, <c>person</c>,
/// <c>kind</c>, <c>severity</c>).</summary>
internal sealed record ConflictQuery(LocalDate? From, LocalDate? To, string? Mechanism, string? Country, string? Person, string? Kind, string? Severity)
{
    /// <summary>The query parameters, in the order the JSON echoes them.</summary>
    public static readonly ImmutableArray<string> Names = ["from", "to", "mechanism", "country", "person", "kind", "severity"];

    // The sweep represents instants from 1677 to 2262; an open window side stays inside that range (as the CLI's check).
    private static readonly Instant EarliestWindow = Instant.FromUtc(1700, 1, 1, 0, 0);
    private static readonly Instant LatestWindow = Instant.FromUtc(2250, 1, 1, 0, 0);

    public static ConflictQuery None { get; } = new(null, null, null, null, null, null, null);

    public bool IsEmpty => this == None;

    /// <summary>The detector's evaluation window, or null for the whole timetable.</summary>
    public InstantRange? Window => From is null && To is null
        ? null
        : InstantRange.FromInstants(
            From is { } from ? ZonedDateRange.ForDay(from, DateTimeZone.Utc).ToInstantRange().Start : EarliestWindow,
            To is { } to ? ZonedDateRange.ForDay(to, DateTimeZone.Utc).ToInstantRange().End : LatestWindow);

    public static bool TryParse(IQueryCollection query, out ConflictQuery result, out string problem)
    {
        result = None;
        problem = string.Empty;
        foreach (var (name, values) in query)
        {
            if (!Names.Contains(name))
            {
                problem = string.Format(CultureInfo.InvariantCulture, "Unknown query parameter '{0}' (use {1}).", Shorten(name), string.Join(", ", Names));
                return false;
            }

            if (values.Count != 1)
            {
                problem = string.Format(CultureInfo.InvariantCulture, "The query parameter '{0}' is given {1} times; give it once.", name, values.Count);
                return false;
            }
        }

        var text = (string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        if (!TryDate("from", text("from"), out var from, ref problem) || !TryDate("to", text("to"), out var to, ref problem))
        {
            return false;
        }

        if (from is { } f && to is { } t && t < f)
        {
            problem = string.Format(CultureInfo.InvariantCulture, "'to' ({0}) is before 'from' ({1}).", LocalDatePattern.Iso.Format(t), LocalDatePattern.Iso.Format(f));
            return false;
        }

        result = new ConflictQuery(from, to, text("mechanism"), text("country"), text("person"), text("kind"), text("severity"));
        return result.Check(ref problem);
    }

    public bool Matches(Conflict conflict, ConflictFacts facts) =>
        (Kind is null || ConflictId.KindSlug(conflict.Kind) == Kind)
        && (Severity is null || conflict.Severity.ToString().Equals(Severity, StringComparison.OrdinalIgnoreCase))
        && (Mechanism is null || facts.Mechanisms(conflict).Contains(Mechanism))
        && (Country is null || facts.Countries(conflict).Contains(Country))
        && (Person is null || facts.Persons(conflict).Contains(Person));

    private bool Check(ref string problem)
    {
        if (Mechanism is not null && !RouteIds.IsValid(Mechanism))
        {
            problem = "'mechanism' must be a mechanism id (letters, digits, '.', '_', '~' or '-').";
        }
        else if (Country is not null && !RouteIds.IsCountryCode(Country))
        {
            problem = "'country' must be an ISO 3166-1 alpha-3 code in capitals, such as AUT.";
        }
        else if (Person is not null && !RouteIds.IsValid(Person))
        {
            problem = "'person' must be a person id (letters, digits, '.', '_', '~' or '-').";
        }
        else if (Kind is not null && !Enum.GetValues<ConflictKind>().Any(k => ConflictId.KindSlug(k) == Kind))
        {
            problem = "'kind' must be one of " + string.Join(", ", Enum.GetValues<ConflictKind>().Select(ConflictId.KindSlug)) + ".";
        }
        else if (Severity is not null && Severity is not ("hard" or "soft" or "opportunity"))
        {
            problem = "'severity' must be hard, soft or opportunity.";
        }

        return problem.Length == 0;
    }

    private static bool TryDate(string name, string? text, out LocalDate? date, ref string problem)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && parsed.Value.Year is >= Json.TimetableJson.MinSupportedYear and <= Json.TimetableJson.MaxSupportedYear)
        {
            date = parsed.Value;
            return true;
        }

        problem = string.Format(
            CultureInfo.InvariantCulture,
            "'{0}' must be an ISO date (yyyy-MM-dd) in the years {1}-{2}, not '{3}'.",
            name,
            Json.TimetableJson.MinSupportedYear,
            Json.TimetableJson.MaxSupportedYear,
            Shorten(text));
        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
