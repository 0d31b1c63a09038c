using System.Globalization;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Cli.Input;

/// <summary>Loads the timetable of a run: the <c>--input</c> file or the embedded reference timetable, plus <c>--ics</c> feeds.</summary>
internal static class TimetableLoader
{
    public static LoadedTimetable Load(RunSettings settings, CliEnvironment environment)
    {
        Timetable timetable;
        if (settings.Input is { } input)
        {
            var text = ReadFile(input.FullName, "--input", input.ToString());
            timetable = ReadJson(text, input.ToString(), environment);
        }
        else
        {
            timetable = Embedded(environment);
        }

        var requests = settings.IcsFeeds.Select(IcsFeedLoader.FromOption).ToList();
        var (busy, feeds) = IcsFeedLoader.Import(timetable, requests, settings, environment);
        return new LoadedTimetable(timetable, settings.Input is null, settings.Input?.ToString(), feeds, busy);
    }

    public static Timetable Embedded(CliEnvironment environment) => ReferenceTimetable.Create(environment.Zones).Timetable;

    internal static string ReadFile(string path, string option, string? shownPath = null)
    {
        shownPath ??= path;
        try
        {
            return File.ReadAllText(path);
        }
        catch (FileNotFoundException e)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': file not found.", option, shownPath), e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': file not found (no such folder).", option, shownPath), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': cannot read the file: {2}", option, shownPath, e.Message), e);
        }
    }

    private static Timetable ReadJson(string text, string path, CliEnvironment environment)
    {
        _ = text;
        _ = environment;
        throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--input '{0}': this build has no JSON timetable reader yet (ReviewTimelines.Json is in progress); run without --input to use the embedded reference timetable.", path));
    }
}
