using System.CommandLine;

namespace ReviewTimelines.Cli.Commands;

internal static class SessionsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        _ = environment;
        return new Command("sessions", "todo");
    }
}
