using NodaTime;

namespace ReviewTimelines.Json.Tests;

/// <summary>Paths and readers for the sample files copied next to the test assembly.</summary>
internal static class SampleFiles
{
    internal const string SchemaReference = "../../../docs/timetable.schema.json";

    internal static string Folder => Path.Combine(AppContext.BaseDirectory, "Samples");

    internal static string PathOf(string name) => Path.Combine(Folder, name);

    internal static string Text(string name) => File.ReadAllText(PathOf(name));

    internal static string DocsFile(string name) => Path.Combine(AppContext.BaseDirectory, "Docs", name);

    internal static TimetableJson Format() => new(DateTimeZoneProviders.Tzdb) { SchemaReference = SchemaReference };
}
