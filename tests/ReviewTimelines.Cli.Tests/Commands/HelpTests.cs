namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class HelpTests
{
    [Theory]
    [InlineData("check", "--format")]
    [InlineData("propose", "--joint-weeks")]
    [InlineData("plan", "--mechanism")]
    [InlineData("sessions", "--participant")]
    [InlineData("export", "--out")]
    [InlineData("reference", "--mechanism")]
    public void Help_EveryCommand_ListsItsOptions(string command, string option)
    {
        var result = CliRun.Run(command, "--help");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain(option).And.Contain("--now");
    }

    [Fact]
    public void Help_Root_ListsEveryCommand()
    {
        var result = CliRun.Run("--help");

        result.ExitCode.Should().Be(0);
        foreach (var command in new[] { "check", "propose", "plan", "sessions", "export", "reference" })
        {
            result.Out.Should().Contain(command);
        }
    }
}
