using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Cli.Input;

/// <summary>The options every command that reads a timetable takes: <c>--input</c>, <c>--ics</c>, <c>--from</c>, <c>--to</c>, <c>--now</c>.</summary>
/// <remarks>One instance per command, so each command's <c>--help</c> lists them.</remarks>
internal sealed class CommonOptions
{
    /// <summary>The first year a date option accepts (dates far outside real schedules only overflow calendar arithmetic).</summary>
    public const int MinYear = ReviewTimelines.Json.TimetableJson.MinSupportedYear;

    /// <summary>The last year a date option accepts.</summary>
    public const int MaxYear = ReviewTimelines.Json.TimetableJson.MaxSupportedYear;

    public Option<FileInfo?> Input { get; } = new("--input", "-i")
    {
        Description = "A timetable JSON file (see docs/timetable-format.md). Without it, the embedded illustrative sample timetable (samples/sample-timetable.json) is used.",
        HelpName = "timetable.json",
        CustomParser = r => ParseFile(r),
    };

    public Option<string[]> Ics { get; } = new("--ics")
    {
        Description = "An outside iCalendar feed whose events are busy time, as PATH or RESOURCE=PATH where RESOURCE is country:CODE, person:ID or seat:MECHANISM (repeatable).",
        HelpName = "[resource=]feed.ics",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = ParsePaths,
    };

    public Option<string[]> IcsUrl { get; } = new("--ics-url")
    {
        Description = "An outside iCalendar feed fetched from an https address, as URL or RESOURCE=URL (like --ics; repeatable). Fetched conditionally; if the server fails, the last good copy is used and the output says so.",
        HelpName = "[resource=]https://...",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = ParsePaths,
    };

    public Option<DirectoryInfo?> FeedCache { get; } = new("--feed-cache")
    {
        Description = "The folder that keeps the last good copy of each remote feed (default: review-timelines/feed-cache in the user's local application data folder).",
        HelpName = "folder",
        CustomParser = r => ParseFolder(r),
    };

    public Option<LocalDate?> From { get; } = new("--from")
    {
        Description = "First day of the window (ISO date, a day in the timetable's declared zone, or in --zone where the command has it; UTC when neither): only items and conflicts whose interval reaches into the window are reported.",
        HelpName = "yyyy-MM-dd",
        CustomParser = ParseDate,
    };

    public Option<LocalDate?> To { get; } = new("--to")
    {
        Description = "Last day of the window, inclusive (ISO date, a day in the same zone as --from).",
        HelpName = "yyyy-MM-dd",
        CustomParser = ParseDate,
    };

    public Option<Instant?> Now { get; } = new("--now")
    {
        Description = "The current instant for reproducible runs (ISO 8601, e.g. 2021-03-01T09:00:00Z); defaults to the machine's clock.",
        HelpName = "instant",
        CustomParser = ParseInstant,
    };

    public void AddTo(Command command, bool includeTimetable = true, bool includeWindow = true)
    {
        if (includeTimetable)
        {
            command.Options.Add(Input);
            command.Options.Add(Ics);
            command.Options.Add(IcsUrl);
            command.Options.Add(FeedCache);
        }

        if (includeTimetable && includeWindow)
        {
            command.Options.Add(From);
            command.Options.Add(To);
        }

        command.Options.Add(Now);
    }

    public RunSettings Read(ParseResult result, CliEnvironment environment)
    {
        var from = result.GetValue(From);
        var to = result.GetValue(To);
        if (from is { } f && to is { } t && t < f)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--to ({0}) is before --from ({1}).", LocalDatePattern.Iso.Format(t), LocalDatePattern.Iso.Format(f)));
        }

        return new(result.GetValue(Input), result.GetValue(Ics) ?? [], from, to, result.GetValue(Now) ?? environment.Clock.GetCurrentInstant())
        {
            IcsUrls = result.GetValue(IcsUrl) ?? [],
            FeedCache = result.GetValue(FeedCache),
        };
    }

    internal static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && parsed.Value.Year is >= MinYear and <= MaxYear)
        {
            return parsed.Value;
        }

        if (parsed.Success)
        {
            result.AddError(string.Format(CultureInfo.InvariantCulture, "{0}: '{1}' is outside the years {2}-{3} the tool plans in.", OptionName(result), text, MinYear, MaxYear));
            return null;
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "{0}: '{1}' is not an ISO date (yyyy-MM-dd).", OptionName(result), text));
        return null;
    }

    internal static Instant? ParseInstant(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (parsed.Success && parsed.Value.Year is >= MinYear and <= MaxYear)
        {
            return parsed.Value.ToInstant();
        }

        if (parsed.Success)
        {
            result.AddError(string.Format(CultureInfo.InvariantCulture, "{0}: '{1}' is outside the years {2}-{3} the tool plans in.", OptionName(result), text, MinYear, MaxYear));
            return null;
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "{0}: '{1}' is not an ISO 8601 instant with an offset (e.g. 2021-03-01T09:00:00Z).", OptionName(result), text));
        return null;
    }

    /// <summary>Reads a file path option: an empty path is an error (the default parser's message names a .NET type).</summary>
    internal static FileInfo? ParseFile(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (text.Trim().Length == 0)
        {
            result.AddError(string.Format(CultureInfo.InvariantCulture, "{0}: the path is empty.", OptionName(result)));
            return null;
        }

        return new FileInfo(text);
    }

    /// <summary>Reads a folder path option: an empty path is an error.</summary>
    internal static DirectoryInfo? ParseFolder(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (text.Trim().Length == 0)
        {
            result.AddError(string.Format(CultureInfo.InvariantCulture, "{0}: the path is empty.", OptionName(result)));
            return null;
        }

        return new DirectoryInfo(text);
    }

    /// <summary>Reads <c>--ics</c> values: each must be a non-empty path, not the next option (<c>--ics --now ...</c>).</summary>
    internal static string[] ParsePaths(ArgumentResult result)
    {
        var values = result.Tokens.Select(t => t.Value).ToArray();
        if (values.Length == 0 || values.Any(v => v.StartsWith("--", StringComparison.Ordinal)))
        {
            result.AddError(string.Format(CultureInfo.InvariantCulture, "Required argument missing for option '{0}'.", OptionName(result)));
        }
        else if (values.Any(v => v.Length == 0))
        {
            result.AddError(string.Format(CultureInfo.InvariantCulture, "{0}: the path is empty.", OptionName(result)));
        }

        return values;
    }

    internal static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : "argument";
}

/// <summary>The common options of one run, read and typed.</summary>
/// <param name="Input">The timetable file, or null for the embedded sample timetable.</param>
/// <param name="IcsFeeds">The <c>--ics</c> values as given.</param>
/// <param name="From">The first day of the window (UTC), if any.</param>
/// <param name="To">The last day of the window (UTC, inclusive), if any.</param>
/// <param name="Now">The run's "now".</param>
internal sealed record RunSettings(FileInfo? Input, IReadOnlyList<string> IcsFeeds, LocalDate? From, LocalDate? To, Instant Now)
{
    /// <summary>Gets the <c>--ics-url</c> values as given.</summary>
    public IReadOnlyList<string> IcsUrls { get; init; } = [];

    /// <summary>Gets the <c>--feed-cache</c> folder, or null for the default.</summary>
    public DirectoryInfo? FeedCache { get; init; }

    /// <summary>Gets the zone the window's days are in: UTC until a command sets the timetable's declared zone or <c>--zone</c> (<see cref="InZoneOf"/>).</summary>
    public DateTimeZone WindowZone { get; init; } = DateTimeZone.Utc;

    /// <summary>Gets the window's start instant (start of <see cref="From"/> in <see cref="WindowZone"/>), if any.</summary>
    public Instant? WindowStart => From?.AtStartOfDayInZone(WindowZone).ToInstant();

    /// <summary>Gets the window's exclusive end instant (start of the day after <see cref="To"/> in <see cref="WindowZone"/>), if any.</summary>
    public Instant? WindowEnd => To?.PlusDays(1).AtStartOfDayInZone(WindowZone).ToInstant();

    /// <summary>Returns these settings with the window's days in <paramref name="given"/>, else the timetable's declared zone, else UTC.</summary>
    /// <param name="timetable">The loaded timetable.</param>
    /// <param name="given">The zone given with <c>--zone</c>, if any.</param>
    /// <returns>The settings.</returns>
    public RunSettings InZoneOf(Model.Timetable timetable, DateTimeZone? given) => this with { WindowZone = given ?? timetable.Zone ?? DateTimeZone.Utc };

    /// <summary>Whether a half-open range reaches into the window (zero-length ranges count when their instant is inside).</summary>
    public bool InWindow(Intervals.InstantRange range)
    {
        var start = WindowStart;
        var end = WindowEnd;
        if (range.IsEmpty)
        {
            return (start is null || range.Start >= start) && (end is null || range.Start < end);
        }

        return (start is null || range.End > start) && (end is null || range.Start < end);
    }

    /// <summary>Describes the window for output headers.</summary>
    public string WindowText => From is null && To is null
        ? "whole timetable"
        : string.Format(
            CultureInfo.InvariantCulture,
            "{0} to {1} ({2} days, inclusive)",
            From is { } f ? LocalDatePattern.Iso.Format(f) : "start",
            To is { } t ? LocalDatePattern.Iso.Format(t) : "end",
            WindowZone == DateTimeZone.Utc ? "UTC" : WindowZone.Id);
}
