using System.CommandLine;

namespace ReviewTimelines.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        _ = environment;
        return new Command("export", "todo");
    }
}
