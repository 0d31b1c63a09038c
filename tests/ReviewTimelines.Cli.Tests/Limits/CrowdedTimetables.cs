using System.Globalization;
using System.Text;

namespace ReviewTimelines.Cli.Tests.Limits;

/// <summary>The two hostile timetables of issue 21 whose conflicts used to explode: a crowd of meetings all at once, and dense predecessors all violated.</summary>
internal static class CrowdedTimetables
{
    private const string Head = """{"mechanisms": [{"reference": "GRECO"}, {"reference": "OECD-WGB"}], "cycles": [{"id": "C", "mechanism": "GRECO", "name": "Round"}], "countries": [{"code": "AUT", "name": "Austria", "zone": "Europe/Vienna"}], "people": [{"id": "P1", "name": "Expert", "role": "governmentalExpert", "homeZone": "Europe/Vienna", "country": "AUT"}], """;

    /// <summary><paramref name="meetings"/> plenaries, GRECO and OECD-WGB in turn, all on 7-11 June 2021 in Vienna, each attended by the person P1 and the delegation of Austria: every pair overlaps (n(n-1)/2 pairs).</summary>
    internal static string MeetingsAllAtOnce(int meetings)
    {
        var text = new StringBuilder(Head).Append("\"meetings\": [");
        for (var i = 0; i < meetings; i++)
        {
            var mechanism = i % 2 == 0 ? "GRECO" : "OECD-WGB";
            text.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""{"id": "m{{i}}", "kind": "plenary", "mechanism": "{{mechanism}}", "name": "M{{i}}", "timing": {"first": "2021-06-07", "last": "2021-06-11", "zone": "Europe/Vienna"}, "venueName": "Vienna", "venueZone": "Europe/Vienna", "delegations": ["AUT"], "attendees": ["P1"]}""");
        }

        return text.Append("]}").ToString();
    }

    /// <summary>One review of <paramref name="stages"/> stages that each list every earlier stage as a predecessor, all on one day (1 June 2021): every one of the n(n-1)/2 links is a sequence violation.</summary>
    internal static string DensePredecessorsAllViolated(int stages)
    {
        var text = new StringBuilder(Head).Append("""
            "reviews": [{"id": "R", "mechanism": "GRECO", "cycle": "C", "stateUnderReview": "AUT", "stages": [
            """);
        for (var i = 0; i < stages; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""{"id": "s{{i}}", "kind": "deskReview", "name": "S", "timing": {"first": "2021-06-01", "last": "2021-06-01", "zone": "UTC"}, "predecessors": [""");
            for (var j = 0; j < i; j++)
            {
                text.Append(j == 0 ? "\"s" : ",\"s").Append(j).Append('"');
            }

            text.Append("]}");
        }

        return text.Append("]}]}").ToString();
    }
}
