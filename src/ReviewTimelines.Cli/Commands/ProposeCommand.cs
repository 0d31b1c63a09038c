using System.CommandLine;

namespace ReviewTimelines.Cli.Commands;

internal static class ProposeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        _ = environment;
        return new Command("propose", "todo");
    }
}
