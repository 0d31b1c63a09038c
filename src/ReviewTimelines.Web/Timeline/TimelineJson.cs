using System.Text;
using System.Text.Json;

namespace ReviewTimelines.Web.Timeline;

/// <summary>The page's data block: item details and conflicts for the script's detail panel.</summary>
/// <remarks>System.Text.Json's default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the block cannot
/// close its script element.</remarks>
internal static class TimelineJson
{
    public static string Data(TimelineModel model)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartObject("items");
            foreach (var item in model.Items)
            {
                json.WriteStartObject(item.Key);
                json.WriteString("t", item.Title);
                json.WriteString("d", item.Dates);
                json.WriteString("w", item.Where);
                json.WriteString("p", string.Join(", ", item.PersonNames));
                json.WriteNumber("s", Math.Floor(item.Start));
                json.WriteStartArray("cf");
                foreach (var index in item.Conflicts)
                {
                    json.WriteNumberValue(index);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("conflicts");
            foreach (var c in model.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("id", c.Id);
                json.WriteString("sev", c.Severity);
                json.WriteString("kind", c.KindText);
                json.WriteString("res", c.ResourceText);
                json.WriteString("dates", c.Dates);
                json.WriteString("s", c.Sentence);
                json.WriteNumber("st", Math.Floor(c.Start));
                json.WriteStartArray("items");
                foreach (var key in c.Items)
                {
                    json.WriteStringValue(key);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
