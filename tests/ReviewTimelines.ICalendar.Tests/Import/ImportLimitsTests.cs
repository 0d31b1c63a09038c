using System.Text;
using ReviewTimelines.ICalendar.Import;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Import;

/// <summary>Hostile input is bounded with a clear error naming the limit, never a hang or an out-of-memory.</summary>
public class ImportLimitsTests
{
    private static string Calendar(string body) => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + body + "END:VCALENDAR\r\n";

    private static IcsProblem SingleError(Func<IcsImportResult> act) =>
        act.Should().Throw<IcsImportException>().Which.Problems.Should().ContainSingle().Subject;

    [Fact]
    public void Import_InputLongerThanLimit_Fails()
    {
        var options = Options("UTC") with { Limits = new IcsImportLimits { MaxInputLength = 100 } };

        SingleError(() => ImportIcs(Calendar(new string('X', 0) + "X-PAD:" + new string('a', 200) + "\r\n"), options))
            .Message.Should().Contain("limit of 100");
    }

    [Fact]
    public void Import_StreamLongerThanLimit_FailsWithoutReadingAll()
    {
        var options = Options("UTC") with { Limits = new IcsImportLimits { MaxInputLength = 1000 } };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Calendar("X-PAD:" + new string('a', 5000) + "\r\n")));

        var act = () => new IcsImporter(Tzdb).Import(stream, options);

        act.Should().Throw<IcsImportException>().Which.Message.Should().Contain("1000 bytes");
    }

    [Fact]
    public void Import_LineLongerThanLimit_Fails()
    {
        SingleError(() => ImportIcs(Calendar("X-PAD:" + new string('a', 20_000) + "\r\n"), Options("UTC")))
            .Message.Should().Contain("Line 4");
    }

    [Fact]
    public void Import_TooManyComponents_Fails()
    {
        var body = string.Concat(Enumerable.Range(0, 20).Select(i => $"BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:20250101T000000Z\r\nEND:VEVENT\r\n"));
        var options = Options("UTC") with { Limits = new IcsImportLimits { MaxComponents = 10 } };

        SingleError(() => ImportIcs(Calendar(body), options)).Message.Should().Contain("more than 10 components");
    }

    [Fact]
    public void Import_NestingDeeperThanLimit_Fails()
    {
        var body = "BEGIN:VEVENT\r\nBEGIN:VALARM\r\nBEGIN:X-A\r\nBEGIN:X-B\r\nEND:X-B\r\nEND:X-A\r\nEND:VALARM\r\nEND:VEVENT\r\n";

        SingleError(() => ImportIcs(Calendar(body), Options("UTC"))).Message.Should().Contain("levels deep");
    }

    [Fact]
    public void Import_SecondlyRuleFromLongAgo_IsRefusedByTheWorkBudgetBeforeEvaluating()
    {
        var body = "BEGIN:VEVENT\r\nUID:storm\r\nDTSTART:19900101T000000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n";

        var problem = SingleError(() => ImportIcs(Calendar(body), Options("UTC")));

        problem.Should().Match<IcsProblem>(p => p.Uid == "storm" && p.Property == "RRULE" && p.Line == 7 && p.Message.Contains("MaxRecurrenceWork", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RuleThatNeverMatches_StopsAtUnmatchedLimit()
    {
        var body = "BEGIN:VEVENT\r\nUID:never\r\nDTSTART:20250101T000000Z\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\nEND:VEVENT\r\n";

        Func<IcsImportResult> act = () => ImportIcs(Calendar(body), Options("UTC"));
        var problems = act.Should().Throw<IcsImportException>().Which.Problems;

        problems.Should().ContainSingle(p => p.Uid == "never" && p.Property == "RRULE" && p.Message.Contains("MaxUnmatchedIncrements", StringComparison.Ordinal));
    }
}
