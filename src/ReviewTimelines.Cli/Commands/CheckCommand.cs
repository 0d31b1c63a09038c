using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Checking;
using ReviewTimelines.Cli.Output;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>check</c>: every conflict of the timetable; exit code 0 without hard conflicts, 2 with, 1 on bad input.</summary>
internal static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (default), json or markdown.",
            DefaultValueFactory = _ => "table",
            CustomParser = ParseFormat,
            HelpName = "table|json|markdown",
        };
        var zone = new Option<string?>("--zone")
        {
            Description = "The IANA zone the days of --from/--to are in (default: the timetable's declared zone, else UTC).",
            HelpName = "zone",
        };
        var command = new Command("check", "List every conflict of the timetable (exit code 0: no hard conflict, 2: hard conflicts, 1: bad input).");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(zone);
        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var settings = common.Read(parse, environment);
            var givenZone = parse.GetValue(zone) is { } zoneText ? Parsers.Zone(environment.Zones, zoneText, "--zone") : null;
            var loaded = TimetableLoader.Load(settings, environment);
            settings = settings.InZoneOf(loaded.Timetable, givenZone);
            var report = Check(loaded, settings);
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(environment.Out, report);
                    break;
                case "markdown":
                    WriteMarkdown(environment.Out, report);
                    break;
                default:
                    WriteTable(environment.Out, report);
                    break;
            }

            return report.Conflicts.Any(c => c.Severity == "hard") ? ExitCodes.HardConflicts : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Reads <c>--format</c>, ignoring case (<c>JSON</c> is <c>json</c>).</summary>
    internal static string ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        var value = text.Trim().ToLowerInvariant();
        if (value is "table" or "json" or "markdown")
        {
            return value;
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "--format: '{0}' is not a format (use table, json or markdown).", text));
        return "table";
    }

    internal static CheckReport Check(LoadedTimetable loaded, RunSettings settings)
    {
        var items = loaded.Timetable.ScheduledItems();
        var conflicts = ConflictCheck.Run(loaded, settings);
        return new CheckReport(loaded, settings, items.Count(i => settings.InWindow(i.Range)), ConflictCheck.Method, conflicts);
    }

    private static void WriteTable(TextWriter writer, CheckReport report)
    {
        writer.WriteLine("review-timelines check");
        foreach (var line in report.Loaded.HeaderLines())
        {
            writer.WriteLine(line);
        }

        writer.WriteLine("Window: " + report.Settings.WindowText);
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Checked: {0} scheduled item(s); {1}.", report.ItemCount, report.Method));
        writer.WriteLine();
        if (report.Conflicts.Count > 0)
        {
            var table = new TextTable("#", "Severity", "Kind", "Resource", "Local dates", "Items");
            for (var i = 0; i < report.Conflicts.Count; i++)
            {
                var c = report.Conflicts[i];
                table.Add((i + 1).ToString(CultureInfo.InvariantCulture), c.Severity, c.Kind, c.Resource, c.LocalDates, c.ItemsText);
            }

            table.WriteTo(writer);
            writer.WriteLine();
            for (var i = 0; i < report.Conflicts.Count; i++)
            {
                writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}. {1}", i + 1, report.Conflicts[i].Sentence));
            }

            writer.WriteLine();
        }

        writer.WriteLine(report.Summary);
    }

    private static void WriteMarkdown(TextWriter writer, CheckReport report)
    {
        writer.WriteLine("# review-timelines check");
        writer.WriteLine();
        foreach (var line in report.Loaded.HeaderLines())
        {
            writer.WriteLine("> " + line.Trim());
        }

        writer.WriteLine();
        writer.WriteLine("- Window: " + report.Settings.WindowText);
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "- Checked: {0} scheduled item(s); {1}.", report.ItemCount, report.Method));
        writer.WriteLine("- " + report.Summary);
        writer.WriteLine();
        var table = new TextTable("#", "Severity", "Kind", "Resource", "Local dates", "Items", "Conflict");
        for (var i = 0; i < report.Conflicts.Count; i++)
        {
            var c = report.Conflicts[i];
            table.Add((i + 1).ToString(CultureInfo.InvariantCulture), c.Severity, c.Kind, c.Resource, c.LocalDates, c.ItemsText, c.Sentence);
        }

        table.WriteMarkdown(writer);
    }

    /// <summary>Writes the report as JSON, streaming: the writer's buffer goes to <paramref name="writer"/> every 64 KB, so the output is never held whole in memory.</summary>
    internal static void WriteJson(TextWriter writer, CheckReport report)
    {
        using var stream = new TextWriterStream(writer);
        using (var json = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("tool", "review-timelines");
            json.WriteString("command", "check");
            json.WriteString("now", Text.Instant(report.Settings.Now));
            JsonOutput.WriteTimetable(json, report.Loaded);
            json.WriteStartObject("window");
            JsonOutput.WriteDateOrNull(json, "from", report.Settings.From);
            JsonOutput.WriteDateOrNull(json, "to", report.Settings.To);
            json.WriteEndObject();
            json.WriteString("method", report.Method);
            json.WriteNumber("checkedItems", report.ItemCount);
            json.WriteStartObject("summary");
            json.WriteNumber("hard", report.Count("hard"));
            json.WriteNumber("soft", report.Count("soft"));
            json.WriteNumber("opportunity", report.Count("opportunity"));
            json.WriteEndObject();
            json.WriteStartArray("conflicts");
            foreach (var c in report.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("id", c.Id);
                json.WriteString("kind", c.Kind);
                json.WriteString("severity", c.Severity);
                json.WriteStartArray("items");
                foreach (var item in c.Items)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                json.WriteString("resource", c.Resource);
                json.WriteString("start", Text.Instant(c.Overlap.Start));
                json.WriteString("end", Text.Instant(c.Overlap.End));
                json.WriteString("zone", c.Zone.Id);
                json.WriteString("localDates", c.LocalDates);
                json.WriteString("sentence", c.Sentence);
                if (c.IsGroup)
                {
                    json.WriteBoolean("group", true);
                    json.WriteNumber("itemCount", c.Items.Count);
                }

                json.WriteEndObject();
                if (json.BytesPending > 65536)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        SafeTextWriter.WriteRaw(writer, "\n");
    }
}

/// <summary>The result of <c>check</c>.</summary>
internal sealed record CheckReport(LoadedTimetable Loaded, RunSettings Settings, int ItemCount, string Method, IReadOnlyList<ConflictRow> Conflicts)
{
    public int Count(string severity) => Conflicts.Count(c => c.Severity == severity);

    public string Summary => string.Format(
        CultureInfo.InvariantCulture,
        "{0} conflict(s): {1} hard, {2} soft, {3} opportunity(ies).",
        Conflicts.Count,
        Count("hard"),
        Count("soft"),
        Count("opportunity"));
}
