using System.Globalization;
using System.Text;

namespace ReviewTimelines.Json.Tests.Limits;

/// <summary>Crafted timetable files from the hostile-input trial (issue 21): small to write, huge or slow to read before the limits.</summary>
internal static class HostileTimetables
{
    internal const string Head = """{"mechanisms": [{"reference": "GRECO"}], "cycles": [{"id": "C", "mechanism": "GRECO", "name": "Round"}], "countries": [{"code": "AUT", "name": "Austria", "zone": "Europe/Vienna"}], """;

    /// <summary>One review whose stages each list every earlier stage as a predecessor (n(n-1)/2 predecessor references), stage i on day i from 1901-01-01.</summary>
    internal static string DensePredecessors(int stages)
    {
        var text = new StringBuilder(Head).Append("""
            "reviews": [{"id": "R", "mechanism": "GRECO", "cycle": "C", "stateUnderReview": "AUT", "stages": [
            """);
        var first = new DateOnly(1901, 1, 1);
        for (var i = 0; i < stages; i++)
        {
            var day = first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""{"id": "s{{i}}", "kind": "deskReview", "name": "S", "timing": {"first": "{{day}}", "last": "{{day}}", "zone": "UTC"}, "predecessors": [""");
            for (var j = 0; j < i; j++)
            {
                text.Append(j == 0 ? "\"s" : ",\"s").Append(j).Append('"');
            }

            text.Append("]}");
        }

        return text.Append("]}]}").ToString();
    }

    /// <summary>Countries each carrying unknown properties of 1,000 characters, <paramref name="perObject"/> to an object, about <paramref name="bytes"/> in all.</summary>
    internal static string UnknownProperties(int bytes, int perObject)
    {
        var text = new StringBuilder(bytes + 1024).Append("""{"countries": [""");
        var filler = new string('a', 1000);
        var n = 0;
        for (var country = 0; text.Length < bytes; country++)
        {
            text.Append(country == 0 ? string.Empty : ",").Append("""{"code": "AUT", "name": "Austria", "zone": "Europe/Vienna" """);
            for (var i = 0; i < perObject; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $$""", "x{{n++}}": "{{filler}}" """);
            }

            text.Append('}');
        }

        return text.Append("]}").ToString();
    }
}
