using System.CommandLine;
using System.Globalization;
using System.Text;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Web;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.Web;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>report</c>: writes the timeline page (the page <c>serve</c> shows at <c>/</c>) as one self-contained HTML file.</summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "The HTML file to write (replaced if it exists). It loads nothing from elsewhere: send it by e-mail or put it on an intranet.",
            Required = true,
            HelpName = "timeline.html",
            CustomParser = r => CommonOptions.ParseFile(r)!,
        };
        var title = new Option<string>("--title")
        {
            Description = "The page title.",
            DefaultValueFactory = _ => "Review timetable",
        };
        var command = new Command("report", "Write the timeline page (lanes per country, mechanism or person; conflicts highlighted and explained) as one self-contained HTML file.");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(title);
        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var settings = common.Read(parse, environment);
            var file = parse.GetValue(output) ?? throw new CliInputException("--out is required.");
            if (Directory.Exists(file.FullName))
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': is a folder, not a file.", file));
            }

            var loaded = TimetableLoader.Load(settings, environment);
            var snapshot = SnapshotFactory.Create(loaded, SnapshotFactory.LastChanged(loaded, settings.Now));
            var options = new ReviewTimelinesWebOptions(environment.Zones) { Feeds = new TimetableFeedOptions("review-timelines.invalid") { TimetableName = TitleOf(parse.GetValue(title)) } };
            var html = TimelinePage.Render(snapshot, options);
            AtomicFileWriter.Write(file, html, "--out");
            environment.Out.WriteLine("review-timelines report");
            foreach (var line in loaded.HeaderLines())
            {
                environment.Out.WriteLine(line);
            }

            environment.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "Wrote {0} ({1:N0} bytes): the timeline page, self-contained (no external resource).", file, Encoding.UTF8.GetByteCount(html)));
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static string TitleOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new CliInputException("--title: the title is empty.") : text.Trim();
}

/// <summary>Writes one text file atomically: a temporary file beside it, then a rename, so a reader never sees half a page.</summary>
internal static class AtomicFileWriter
{
    public static void Write(FileInfo target, string text, string option)
    {
        var full = Path.GetFullPath(target.FullName);
        var folder = Path.GetDirectoryName(full) ?? throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': has no folder.", option, target));
        if (!Directory.Exists(folder))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': the folder '{2}' does not exist.", option, target, folder));
        }

        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + ".tmp-" + Path.GetRandomFileName());
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': cannot write the file: {2}", option, target, CommandRunner.UserMessage(e)), e);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
