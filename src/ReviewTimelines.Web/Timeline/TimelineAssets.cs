using System.Reflection;

namespace ReviewTimelines.Web.Timeline;

/// <summary>The page's own style sheet and script, embedded in the assembly (no CDN, no file read at run time).</summary>
internal static class TimelineAssets
{
    public static string Css { get; } = Read("ReviewTimelines.Web.timeline.css");

    public static string Script { get; } = Read("ReviewTimelines.Web.timeline.js");

    private static string Read(string name)
    {
        using var stream = typeof(TimelineAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The embedded resource '" + name + "' is missing from " + typeof(TimelineAssets).Assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
