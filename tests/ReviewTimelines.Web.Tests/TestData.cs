using NodaTime;
using ReviewTimelines.Json;

namespace ReviewTimelines.Web.Tests;

/// <summary>The test timetable (Data/timetable.json: Austria 2021 with GRECO, UNCAC IRM, OECD WGB) as a snapshot.</summary>
internal static class TestData
{
    public static readonly Instant Changed = Instant.FromUtc(2021, 3, 1, 0, 0);

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static TimetableSnapshot Snapshot(Instant? changed = null) =>
        new(new TimetableJson(DateTimeZoneProviders.Tzdb).Read(File.ReadAllText(Path("timetable.json"))).Timetable, changed ?? Changed);

    public static ReviewTimelinesWebOptions Options() => new(DateTimeZoneProviders.Tzdb);
}

/// <summary>A source whose snapshot a test replaces.</summary>
internal sealed class SwitchableSource(TimetableSnapshot first) : ITimetableSource
{
    public TimetableSnapshot Current { get; set; } = first;
}

/// <summary>A source that fails, as a broken host's might.</summary>
internal sealed class ThrowingSource : ITimetableSource
{
    public TimetableSnapshot Current => throw new InvalidOperationException("secret internal detail");
}
