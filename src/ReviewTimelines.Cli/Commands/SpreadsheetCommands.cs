using System.CommandLine;
using System.Globalization;
using ReviewTimelines.Cli.Checking;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.WriteBack;
using ReviewTimelines.Json;
using ReviewTimelines.Spreadsheets;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>export --format xlsx|csv</c>: the timetable and its conflicts as a workbook or CSV files, written into the folder all or nothing.</summary>
internal static class SpreadsheetExportCommand
{
    public static int Run(CliEnvironment environment, LoadedTimetable loaded, RunSettings settings, DirectoryInfo folder, string format)
    {
        var conflicts = ConflictCheck.Run(loaded, settings)
            .Select(c => new SpreadsheetConflict(c.Id, c.Kind, c.Severity, c.Items, c.Resource, c.Overlap, c.Zone, c.Sentence))
            .ToArray();
        var sheets = new TimetableSpreadsheet(environment.Zones);
        var document = new TimetableDocument(loaded.Timetable);
        var export = format == "xlsx" ? sheets.ExportXlsx(document, conflicts) : sheets.ExportCsv(document, conflicts);
        var replaced = AtomicFolderWriter.Write(folder, [.. export.Files.Select(f => (f.Name, f.Content.ToArray()))]);

        var writer = environment.Out;
        writer.WriteLine("review-timelines export");
        foreach (var line in loaded.HeaderLines())
        {
            writer.WriteLine(line);
        }

        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Wrote {0} file(s) to {1}: {2} ({3} conflict row(s))", export.Files.Length, folder, string.Join(", ", export.Files.Select(f => f.Name)), conflicts.Length));
        if (replaced.Count > 0)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Replaced {0} existing file(s) there: {1}", replaced.Count, string.Join(", ", replaced)));
        }

        if (loaded.Feeds.Count > 0)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Warning: the timetable's {0} iCalendar feed reference(s) are not written (the Feeds sheet is empty); keep them in the JSON timetable.", loaded.Feeds.Count));
        }

        foreach (var warning in export.Warnings)
        {
            writer.WriteLine(warning.ToString());
        }

        return ExitCodes.Ok;
    }
}

/// <summary><c>template --out FILE.xlsx</c>: an empty workbook with every sheet's headers and data-validation lists.</summary>
internal static class TemplateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "The workbook to write (.xlsx); an existing file is replaced atomically.",
            Required = true,
            HelpName = "file.xlsx",
        };
        var command = new Command("template", "Write an empty timetable workbook (.xlsx) to fill in: every sheet with its headers, and lists of kinds, mechanisms and time zones to pick from. Read it back with 'import'.");
        command.Options.Add(output);
        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var file = parse.GetValue(output) ?? throw new CliInputException("--out is required.");
            var template = new TimetableSpreadsheet(environment.Zones).Template(file.Name);
            var replaced = WriteBack.AtomicFileWriter.Write(file.FullName, template.Content.ToArray(), "--out");
            environment.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} the template {1}", replaced ? "Replaced" : "Wrote", file));
            return ExitCodes.Ok;
        }));
        return command;
    }
}

/// <summary><c>import --from FILE.xlsx --out timetable.json</c>: a workbook laid out as the template, read into a JSON timetable.</summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var from = new Option<FileInfo>("--from")
        {
            Description = "The workbook to read (.xlsx, laid out as 'template' writes it; an 'export --format xlsx' reads back too).",
            Required = true,
            HelpName = "timetable.xlsx",
            CustomParser = r => CommonOptions.ParseFile(r)!,
        };
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "The JSON timetable to write; an existing file is replaced atomically.",
            Required = true,
            HelpName = "timetable.json",
        };
        var command = new Command("import", "Read a timetable workbook (.xlsx) into a JSON timetable; every problem names its sheet, row and column, and nothing is written unless the whole workbook reads.");
        command.Options.Add(from);
        command.Options.Add(output);
        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var input = parse.GetValue(from) ?? throw new CliInputException("--from is required.");
            var file = parse.GetValue(output) ?? throw new CliInputException("--out is required.");
            if (string.Equals(Path.GetFullPath(input.FullName), Path.GetFullPath(file.FullName), StringComparison.Ordinal))
            {
                throw new CliInputException("--out: is the --from workbook; write the JSON timetable to another file.");
            }

            SpreadsheetImport import;
            try
            {
                using var stream = File.OpenRead(input.FullName);
                import = new TimetableSpreadsheet(environment.Zones).Import(stream);
            }
            catch (SpreadsheetFormatException e)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--from '{0}': the workbook could not be read; nothing was written:", input), [.. e.Problems.Select(p => p.ToString())], e);
            }
            catch (IOException e)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--from '{0}': {1}", input, CommandRunner.UserMessage(e)), e);
            }

            var json = new TimetableJson(environment.Zones).Write(import.Document);
            var replaced = WriteBack.AtomicFileWriter.Write(file.FullName, new System.Text.UTF8Encoding(false).GetBytes(json), "--out");
            var t = import.Document.Timetable;
            environment.Out.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}: {2} review(s) with {3} stage(s), {4} meeting(s), {5} person(s), {6} country(ies), {7} blackout(s)",
                replaced ? "Replaced" : "Wrote",
                file,
                t.Reviews.Length,
                t.Stages.Length,
                t.Meetings.Length,
                t.Persons.Length,
                t.Countries.Length,
                t.Blackouts.Length));
            foreach (var warning in import.Warnings)
            {
                environment.Out.WriteLine(warning.ToString());
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
