using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Json;
using ReviewTimelines.Model;
using ReviewTimelines.Web.Timeline;

namespace ReviewTimelines.Web.Internal;

/// <summary>The JSON of the API: conflicts with the fields of <c>review-timelines check --format json</c>, problems with
/// their place in the document. Two-space indentation, LF newlines, deterministic.</summary>
internal static class ApiJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            body(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The response of <c>GET /api/conflicts</c>.</summary>
    public static string Conflicts(TimetableSnapshot snapshot, ConflictQuery query, IReadOnlyList<Conflict> conflicts) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("timetable");
        json.WriteString("lastChanged", InstantPattern.ExtendedIso.Format(snapshot.LastChanged));
        WriteOptional(json, "description", snapshot.Description);
        WriteOptional(json, "note", snapshot.Timetable.Note);
        json.WriteStartArray("notices");
        foreach (var notice in snapshot.Notices)
        {
            json.WriteStringValue(notice);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        WriteBody(json, snapshot.Timetable, query, conflicts);
        json.WriteEndObject();
    });

    /// <summary>The response of <c>POST /api/check</c>.</summary>
    public static string Check(TimetableDocument document, ConflictQuery query, IReadOnlyList<Conflict> conflicts) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("warnings");
        foreach (var warning in document.Warnings)
        {
            WriteProblem(json, warning);
        }

        json.WriteEndArray();
        json.WriteStartArray("notices");
        if (!document.Feeds.IsEmpty)
        {
            json.WriteStringValue(string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                "The document lists {0} outside feed(s); /api/check does not read them: a request never reaches the server's files or the network.",
                document.Feeds.Length));
        }

        json.WriteEndArray();
        WriteBody(json, document.Timetable, query, conflicts);
        json.WriteEndObject();
    });

    public static void WriteProblems(Utf8JsonWriter json, ImmutableArray<TimetableFormatProblem> problems)
    {
        json.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            WriteProblem(json, problem);
        }

        json.WriteEndArray();
    }

    private static void WriteProblem(Utf8JsonWriter json, TimetableFormatProblem problem)
    {
        json.WriteStartObject();
        json.WriteString("severity", problem.Severity == ProblemSeverity.Error ? "error" : "warning");
        json.WriteString("path", problem.Path);
        json.WriteNumber("line", problem.Line);
        json.WriteNumber("column", problem.Column);
        json.WriteString("message", problem.Message);
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, Timetable timetable, ConflictQuery query, IReadOnlyList<Conflict> conflicts)
    {
        json.WriteStartObject("filters");
        WriteOptional(json, "from", query.From is { } f ? LocalDatePattern.Iso.Format(f) : null, writeNull: true);
        WriteOptional(json, "to", query.To is { } t ? LocalDatePattern.Iso.Format(t) : null, writeNull: true);
        WriteOptional(json, "mechanism", query.Mechanism, writeNull: true);
        WriteOptional(json, "country", query.Country, writeNull: true);
        WriteOptional(json, "person", query.Person, writeNull: true);
        WriteOptional(json, "kind", query.Kind, writeNull: true);
        WriteOptional(json, "severity", query.Severity, writeNull: true);
        json.WriteEndObject();
        json.WriteStartObject("summary");
        json.WriteNumber("hard", conflicts.Count(c => c.Severity == ConflictSeverity.Hard));
        json.WriteNumber("soft", conflicts.Count(c => c.Severity == ConflictSeverity.Soft));
        json.WriteNumber("opportunity", conflicts.Count(c => c.Severity == ConflictSeverity.Opportunity));
        json.WriteEndObject();
        json.WriteStartArray("conflicts");
        foreach (var conflict in conflicts)
        {
            WriteConflict(json, timetable, conflict);
        }

        json.WriteEndArray();
    }

    private static void WriteConflict(Utf8JsonWriter json, Timetable timetable, Conflict c)
    {
        var zone = timetable.ZoneOf(c.Resource);
        json.WriteStartObject();
        json.WriteString("id", c.Id.Value);
        json.WriteString("kind", ConflictId.KindSlug(c.Kind));
        json.WriteString("severity", c.Severity.ToString().ToLowerInvariant());
        json.WriteStartArray("items");
        foreach (var item in c.Items)
        {
            json.WriteStringValue(item.ToString());
        }

        json.WriteEndArray();
        json.WriteString("resource", c.Resource.ToString());
        json.WriteString("start", InstantPattern.ExtendedIso.Format(c.Interval.Start));
        json.WriteString("end", InstantPattern.ExtendedIso.Format(c.Interval.End));
        json.WriteString("zone", zone.Id);
        json.WriteString("localDates", TimelineText.LocalDays(c.Interval, zone));
        json.WriteString("sentence", c.Description);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value, bool writeNull = false)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
        else if (writeNull)
        {
            json.WriteNull(name);
        }
    }
}
