using System.Globalization;
using NodaTime;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Web;

namespace ReviewTimelines.Cli.Web;

/// <summary>Turns what a run loaded into the snapshot the Web library serves and draws.</summary>
internal static class SnapshotFactory
{
    /// <summary>Builds the snapshot: the timetable, the outside busy times that hold a resource, the header lines as the
    /// description, and the notices (feeds served from their last good copy).</summary>
    /// <param name="loaded">The loaded timetable.</param>
    /// <param name="lastChanged">When the content last changed.</param>
    /// <param name="notices">Notices for the readers.</param>
    public static TimetableSnapshot Create(LoadedTimetable loaded, Instant lastChanged, IEnumerable<string>? notices = null)
    {
        var outside = loaded.Outside
            .Where(o => o.Resource is not null)
            .Select(o => new ExternalBusy(o.Id, o.Resource!.Value, o.Range, o.Label));
        var source = loaded.IsEmbedded
            ? "The embedded illustrative sample timetable (no --input given; " + TimetableLoader.EmbeddedFileName + ")."
            : "Timetable file: " + Path.GetFileName(loaded.InputPath) + ".";
        var feeds = loaded.Feeds.Count == 0
            ? string.Empty
            : string.Format(CultureInfo.InvariantCulture, " Outside feeds: {0}.", string.Join("; ", loaded.Feeds));
        return new TimetableSnapshot(loaded.Timetable, lastChanged, outside, [.. loaded.Notices, .. notices ?? []])
        {
            Description = source + feeds,
        };
    }

    /// <summary>When the run's input last changed: the latest write time of the timetable file and the local feed files,
    /// or <paramref name="fallback"/> (the run's "now") for the embedded timetable.</summary>
    public static Instant LastChanged(LoadedTimetable loaded, Instant fallback)
    {
        if (loaded.IsEmbedded)
        {
            return fallback;
        }

        var times = loaded.Files.Where(File.Exists).Select(f => Instant.FromDateTimeUtc(File.GetLastWriteTimeUtc(f))).ToList();
        return times.Count == 0 ? fallback : Instant.FromUnixTimeSeconds(times.Max().ToUnixTimeSeconds());
    }

}
