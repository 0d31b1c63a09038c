using System.Globalization;
using NodaTime;
using ReviewTimelines.Json;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Cli.Input;

/// <summary>Loads the timetable of a run: the <c>--input</c> file or the embedded sample timetable (samples/sample-timetable.json), plus <c>--ics</c> feeds.</summary>
internal static class TimetableLoader
{
    public static LoadedTimetable Load(RunSettings settings, CliEnvironment environment)
    {
        Timetable timetable;
        var requests = new List<FeedRequest>();
        if (settings.Input is { } input)
        {
            var text = InputFile.ReadBytes(input.FullName, "--input", input.ToString(), TimetableReadLimits.Default.MaxInputBytes);
            var document = ReadJson(text, input.ToString(), environment);
            timetable = document.Timetable;
            var folder = Path.GetDirectoryName(input.FullName) ?? Directory.GetCurrentDirectory();
            for (var i = 0; i < document.Feeds.Length; i++)
            {
                var feed = document.Feeds[i];
                var origin = string.Format(CultureInfo.InvariantCulture, "--input '{0}' $.feeds[{1}]", input, i);
                var url = RemoteFeedBatch.IsUrl(feed.Path) ? RemoteFeedBatch.Address(feed.Path, origin) : null;
                requests.Add(new FeedRequest(
                    url is null ? feed.ResolvePath(folder) : feed.Path,
                    feed.Path,
                    feed.Owner,
                    feed.Zone,
                    feed.FloatingZone,
                    origin,
                    url));
            }
        }
        else
        {
            timetable = Embedded(environment);
        }

        requests.AddRange(settings.IcsFeeds.Select(IcsFeedLoader.FromOption));
        requests.AddRange(settings.IcsUrls.Select(IcsFeedLoader.FromUrlOption));
        var remote = RemoteFeedBatch.Fetch(requests, settings, environment);
        var (busy, feeds) = IcsFeedLoader.Import(timetable, requests, settings, environment, remote);
        return new LoadedTimetable(timetable, settings.Input is null, settings.Input?.ToString(), feeds, busy) {
            Notices = remote.Notices,
            Files = settings.Input is { } file ? [file.FullName, .. requests.Where(r => r.Url is null).Select(r => Path.GetFullPath(r.Path))] : [.. requests.Where(r => r.Url is null).Select(r => Path.GetFullPath(r.Path))],
        };
    }

    /// <summary>The earliest instant the tool computes with: the start of <see cref="TimetableJson.SupportedRange"/>, inside which the reader keeps every item of a file.</summary>
    public static Instant Earliest => TimetableJson.SupportedRange.Start;

    /// <summary>The end of the range the tool computes with (<see cref="TimetableJson.SupportedRange"/>).</summary>
    public static Instant Latest => TimetableJson.SupportedRange.End;

    /// <summary>The phrase error messages use for the supported years.</summary>
    public static string SupportedYears { get; } = string.Format(CultureInfo.InvariantCulture, "the supported years {0}-{1}", TimetableJson.MinSupportedYear, TimetableJson.MaxSupportedYear);

    /// <summary>The name of the embedded sample timetable's resource (samples/sample-timetable.json of the repository).</summary>
    internal const string EmbeddedResourceName = "ReviewTimelines.Cli.sample-timetable.json";

    /// <summary>The file name of the embedded sample timetable, as headers name it.</summary>
    internal const string EmbeddedFileName = "samples/sample-timetable.json";

    /// <summary>Reads the embedded sample timetable through the same reader as <c>--input</c> files.</summary>
    public static Timetable Embedded(CliEnvironment environment)
    {
        using var stream = typeof(TimetableLoader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException("The embedded sample timetable '" + EmbeddedResourceName + "' is missing from the tool.");
        return new TimetableJson(environment.Zones, ReferenceCatalog.Create(environment.Zones)).Read(stream).Timetable;
    }

    private static TimetableDocument ReadJson(byte[] text, string path, CliEnvironment environment)
    {
        TimetableDocument document;
        try
        {
            document = new TimetableJson(environment.Zones, ReferenceCatalog.Create(environment.Zones)).Read(text);
        }
        catch (TimetableFormatException e)
        {
            var problems = e.Problems.IsDefaultOrEmpty ? [e.Message] : e.Problems.Select(p => "  " + p).ToArray();
            throw new CliInputException(
                string.Format(CultureInfo.InvariantCulture, "--input '{0}': {1} problem(s):", path, problems.Length),
                problems,
                e);
        }

        foreach (var warning in document.Warnings)
        {
            environment.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "warning: --input '{0}': {1} at {2}, line {3}, column {4}", path, warning.Message, warning.Path, warning.Line, warning.Column));
        }

        return document;
    }
}
