using System.CommandLine;
using System.CommandLine.Invocation;
using NodaTime;
using ReviewTimelines.Cli.Commands;

namespace ReviewTimelines.Cli;

/// <summary>The <c>review-timelines</c> command line: builds the commands and runs one invocation.</summary>
internal static class ReviewTimelinesCli
{
    public static RootCommand CreateRoot(CliEnvironment environment)
    {
        var root = new RootCommand("review-timelines: checks anti-corruption peer-review timetables (UNCAC IRM, GRECO, OECD WGB, OAS MESICIC) for clashes, proposes moves and sessions, plans review stages and exports iCalendar feeds. Without --input every command runs on the embedded illustrative sample timetable (samples/sample-timetable.json).");
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(ProposeCommand.Create(environment));
        root.Subcommands.Add(PlanCommand.Create(environment));
        root.Subcommands.Add(SessionsCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(TemplateCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.Subcommands.Add(ReferenceCommand.Create(environment));
        root.Subcommands.Add(ReportCommand.Create(environment));
        root.Subcommands.Add(ServeCommand.Create(environment));
        return root;
    }

    /// <summary>Rewords a System.CommandLine parse error for users.</summary>
    internal static string UsageMessage(string message, bool atRoot)
    {
        const string Unrecognized = "Unrecognized command or argument '";
        if (atRoot && message.StartsWith(Unrecognized, StringComparison.Ordinal))
        {
            return "unknown command '" + message[Unrecognized.Length..].TrimEnd('.').TrimEnd('\'') + "' (use check, propose, plan, sessions, export, report, serve or reference).";
        }

        if (atRoot && message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        return message.Replace("for option: '", "for option '", StringComparison.Ordinal);
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, IDateTimeZoneProvider zones)
    {
        // Commands write through escaping writers (text from files never starts a line); help and usage errors, which
        // System.CommandLine writes from the command line itself, go to the raw writers.
        var environment = new CliEnvironment(new Output.SafeTextWriter(output), new Output.SafeTextWriter(error), clock, zones);
        return CommandRunner.Guard(environment, () => Invoke(args, output, error, environment));
    }

    private static int Invoke(string[] args, TextWriter output, TextWriter error, CliEnvironment environment)
    {
        var root = CreateRoot(environment);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            // Usage errors go to stderr only, each as one `error:` line; the help text is one --help away.
            var atRoot = result.CommandResult.Command == root;
            var messages = result.Errors.Select(e => UsageMessage(e.Message, atRoot)).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (messages.Count == 0)
            {
                messages.Add(atRoot ? "no command given (use check, propose, plan, sessions, export, report, serve or reference)." : "invalid usage.");
            }

            foreach (var message in messages)
            {
                error.WriteLine("error: " + message);
            }

            var command = atRoot ? string.Empty : result.CommandResult.Command.Name + " ";
            error.WriteLine("Run 'review-timelines " + command + "--help' for usage.");
            return ExitCodes.BadInput;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
