using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.Cli.Commands;

namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Every exception a command body throws becomes one <c>error:</c> line and exit code 1, never a stack trace.</summary>
public sealed class CommandRunnerTests
{
    public static TheoryData<Exception, string> Failures => new()
    {
        { new FormatException("bad text"), "error: bad text\n" },
        { new InvalidOperationException("cannot do that"), "error: cannot do that\n" },
        { new OverflowException("Operation would overflow range of Instant"), "error: a date or duration is outside the range the tool can compute with (supported years 1900-2200): Operation would overflow range of Instant\n" },
        { new ArgumentOutOfRangeException("daysSinceEpoch", 2932897, "Value should be in range"), "error: Value should be in range\n" },
        { new IOException("disk full"), "error: could not read or write a file: disk full\n" },
        { new UnauthorizedAccessException("denied"), "error: access denied: denied\n" },
        { new NotSupportedException("surprise"), "error: internal error in 'review-timelines': NotSupportedException: surprise Please report it with the command line and input (set REVIEWTIMELINES_DEBUG=1 for details).\n" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Guard_AnyException_OneErrorLineExitOne(Exception exception, string expected)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, new FakeClock(Instant.FromUtc(2021, 3, 1, 0, 0)), DateTimeZoneProviders.Tzdb);

        var code = CommandRunner.Guard(environment, () => throw exception);

        code.Should().Be(1);
        output.ToString().Should().BeEmpty();
        if (Environment.GetEnvironmentVariable(CommandRunner.DebugVariable) != "1")
        {
            error.ToString().Should().Be(expected);
        }
    }
}
