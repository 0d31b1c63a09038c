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
        var root = new RootCommand("review-timelines: checks anti-corruption peer-review timetables (UNCAC IRM, GRECO, OECD WGB, OAS MESICIC) for clashes, proposes moves and sessions, plans review stages and exports iCalendar feeds. Without --input every command runs on the embedded reference timetable.");
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(ProposeCommand.Create(environment));
        root.Subcommands.Add(PlanCommand.Create(environment));
        root.Subcommands.Add(SessionsCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(ReferenceCommand.Create(environment));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, IDateTimeZoneProvider zones)
    {
        var environment = new CliEnvironment(output, error, clock, zones);
        return CommandRunner.Guard(environment, () => Invoke(args, output, error, environment));
    }

    private static int Invoke(string[] args, TextWriter output, TextWriter error, CliEnvironment environment)
    {
        var root = CreateRoot(environment);
        var result = root.Parse(args);
        if (result.Action is ParseErrorAction parseError)
        {
            // Usage errors go to stderr only; the help text is one --help away.
            parseError.ShowHelp = false;
            parseError.ShowTypoCorrections = false;
            var code = result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            var command = result.CommandResult.Command == root ? string.Empty : result.CommandResult.Command.Name + " ";
            error.WriteLine("Run 'review-timelines " + command + "--help' for usage.");
            return code;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
