namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Usage errors: one <c>error:</c> line each, exit code 1, a pointer to --help.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("--now 2021-03-01T00:00:00Z")]
    public void Check_IcsWithoutValue_ExitsOne(string after)
    {
        var result = CliRun.Run(["check", "--ics", .. after.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("error: Required argument missing for option '--ics'.\n").And.EndWith("Run 'review-timelines check --help' for usage.\n");
    }

    [Fact]
    public void UnknownCommand_SaysUnknownCommand()
    {
        var result = CliRun.Run("frobnicate");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: unknown command 'frobnicate' (use check, propose, plan, sessions, export, report, serve or reference).\nRun 'review-timelines --help' for usage.\n");
    }

    [Fact]
    public void NoCommand_ExitsOneSayingSo()
    {
        var result = CliRun.Run();

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: no command given");
    }
}
