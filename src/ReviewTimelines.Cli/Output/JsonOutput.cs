using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using ReviewTimelines.Cli.Input;

namespace ReviewTimelines.Cli.Output;

/// <summary>Shared pieces of the tool's JSON output: writer options (two-space indent, LF newlines, unescaped non-ASCII) and the timetable header.</summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToText(MemoryStream stream) => Encoding.UTF8.GetString(stream.ToArray()) + "\n";

    public static void WriteTimetable(Utf8JsonWriter json, LoadedTimetable loaded)
    {
        json.WriteStartObject("timetable");
        json.WriteString("source", loaded.IsEmbedded ? "embedded" : "file");
        if (loaded.InputPath is { } path)
        {
            json.WriteString("file", Path.GetFileName(path));
        }

        if (loaded.Timetable.Note is { } note)
        {
            json.WriteString("note", note);
        }

        json.WriteStartArray("feeds");
        foreach (var feed in loaded.Feeds)
        {
            json.WriteStringValue(feed);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteDateOrNull(Utf8JsonWriter json, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, Text.Date(d));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
