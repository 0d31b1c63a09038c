using NodaTime;
using ReviewTimelines.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Shared;

/// <summary>
/// The illustrative sample timetable, samples/sample-timetable.json at the repository root (the tool's embedded default
/// input), linked into each test project's output folder under the same relative path and read with <see cref="TimetableJson"/>.
/// </summary>
internal static class SampleTimetableFile
{
    /// <summary>The path relative to the repository root and to the test output folder.</summary>
    internal const string RelativePath = "samples/sample-timetable.json";

    private static readonly Lazy<Timetable> Tzdb = new(() => Read(DateTimeZoneProviders.Tzdb).Timetable, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the full path of the copy in the test output folder.</summary>
    internal static string FullPath { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "sample-timetable.json");

    /// <summary>Gets the sample read with the tzdb zones (read once).</summary>
    internal static Timetable Timetable => Tzdb.Value;

    /// <summary>Gets the file's text.</summary>
    internal static string Text() => File.ReadAllText(FullPath);

    /// <summary>Reads the file with <paramref name="zones"/> and the reference catalog built from them.</summary>
    internal static TimetableDocument Read(IDateTimeZoneProvider zones) => new TimetableJson(zones).Read(Text());
}
