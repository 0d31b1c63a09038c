using System.Text;
using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;
using ReviewTimelines.Json;

namespace ReviewTimelines.Fuzz;

/// <summary>One reader under test: what it reads, and which exception it documents for bad input.</summary>
/// <param name="Name">The target's name (<c>ics</c>, <c>json</c>).</param>
/// <param name="Extension">The corpus files it takes (<c>.ics</c>, <c>.json</c>).</param>
/// <param name="Run">Reads one input; returns true when it was accepted.</param>
/// <param name="IsDocumented">Tells whether an exception is the documented refusal of bad input.</param>
internal sealed record FuzzTarget(string Name, string Extension, Func<byte[], bool> Run, Func<Exception, bool> IsDocumented)
{
    /// <summary>The .ics importer, strict and lenient in turn, owner zone Europe/Vienna, window 2000–2030 (IcsImporter.Import documents IcsImportException).</summary>
    public static FuzzTarget Ics { get; } = CreateIcs();

    /// <summary>The timetable reader (TimetableJson.Read documents TimetableFormatException).</summary>
    public static FuzzTarget Json { get; } = CreateJson();

    public static IReadOnlyList<FuzzTarget> All { get; } = [Ics, Json];

    private static FuzzTarget CreateIcs()
    {
        var importer = new IcsImporter(DateTimeZoneProviders.Tzdb);
        var window = InstantRange.FromInstants(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2030, 1, 1, 0, 0));
        var strict = new IcsImportOptions(DateTimeZoneProviders.Tzdb["Europe/Vienna"], window);
        var lenient = strict with { Lenient = true };
        var turn = 0;
        return new FuzzTarget(
            "ics",
            ".ics",
            bytes => importer.Import(new MemoryStream(bytes), (turn++ & 1) == 0 ? strict : lenient) is not null,
            e => e is IcsImportException);
    }

    private static FuzzTarget CreateJson()
    {
        var reader = new TimetableJson(DateTimeZoneProviders.Tzdb);
        return new FuzzTarget(
            "json",
            ".json",
            bytes => reader.Read(bytes.AsSpan()) is not null,
            e => e is TimetableFormatException);
    }

    /// <summary>Text for a report line: the first bytes of an input, escaped.</summary>
    public static string Preview(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input, 0, Math.Min(input.Length, 60));
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? '.' : c);
        }

        return builder.ToString();
    }
}
