using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Input;

/// <summary>The timetable a run works on, where it came from, and the outside feeds merged into it.</summary>
/// <param name="Timetable">The validated timetable.</param>
/// <param name="IsEmbedded">Whether it is the embedded sample timetable (no <c>--input</c>).</param>
/// <param name="InputPath">The <c>--input</c> path as given, or null.</param>
/// <param name="Feeds">One line per imported feed.</param>
/// <param name="Outside">The busy occurrences of the outside feeds.</param>
internal sealed record LoadedTimetable(Timetable Timetable, bool IsEmbedded, string? InputPath, IReadOnlyList<string> Feeds, IReadOnlyList<OutsideBusy> Outside)
{
    /// <summary>Gets the warnings readers must see: remote feeds served from their last good copy.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Gets the full paths of the local files read: the timetable file and the local feed files.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The header lines every command prints before its results.</summary>
    public IReadOnlyList<string> HeaderLines()
    {
        var lines = new List<string>();
        lines.Add(IsEmbedded
            ? "Timetable: the embedded ILLUSTRATIVE sample timetable (no --input given; " + TimetableLoader.EmbeddedFileName + ")."
            : "Timetable: " + InputPath);
        if (Timetable.Note is { } note)
        {
            lines.Add("  Note: " + note);
        }

        foreach (var feed in Feeds)
        {
            lines.Add("Outside feed: " + feed);
        }

        return lines;
    }
}
