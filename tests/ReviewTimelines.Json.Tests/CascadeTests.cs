using NodaTime;

namespace ReviewTimelines.Json.Tests;

/// <summary>A problem reports only the user's mistake: nothing that follows from it, and no stand-in value (newcomer findings).</summary>
public class CascadeTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private static string[] ProblemsAfter(int line, string from, string to)
    {
        var lines = SampleFiles.Text("austria-2021.json").Split('\n');
        lines[line - 1].Should().Contain(from, "the sample must hold the value the test changes");
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        var act = () => Format.Read(string.Join('\n', lines));
        return [.. act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void Read_LowerCaseStateUnderReview_ReportsOnlyTheCode()
    {
        ProblemsAfter(264, "\"AUT\"", "\"aut\"").Should().Equal(
            "\"aut\" is not an ISO 3166-1 alpha-3 country code (three upper-case letters such as AUT) at $.reviews[0].stateUnderReview, line 264, column 27");
    }

    [Fact]
    public void Read_February30_ReportsOnlyTheParseError()
    {
        ProblemsAfter(318, "2021-06-07", "2021-02-30").Should().Equal(
            "\"2021-02-30\" is not an ISO 8601 date (yyyy-MM-dd) at $.reviews[0].stages[2].timing.first, line 318, column 22");
    }

    [Fact]
    public void Read_CountryZoneTypo_ReportsOnlyTheZone()
    {
        ProblemsAfter(105, "Europe/Vienna", "Europe/Viena").Should().Equal(
            "unknown zone \"Europe/Viena\" at $.countries[1].zone, line 105, column 15");
    }

    [Fact]
    public void Read_NoProblemMentionsAStandInValue()
    {
        string[] problems = [.. ProblemsAfter(264, "\"AUT\"", "\"aut\""), .. ProblemsAfter(105, "Europe/Vienna", "Europe/Viena")];

        problems.Should().NotContain(p => p.Contains("ZZZ", StringComparison.Ordinal) || p.Contains("(UTC)", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ModelErrorOnAnotherItem_IsStillReportedBesideAFormatError()
    {
        // The zone typo is on a country; an unknown participant in a review is a model error on another item.
        var lines = SampleFiles.Text("austria-2021.json").Split('\n');
        lines[104] = lines[104].Replace("Europe/Vienna", "Europe/Viena", StringComparison.Ordinal);
        var text = string.Join('\n', lines);
        var participant = text.IndexOf("\"participants\": [", StringComparison.Ordinal);
        participant.Should().BePositive();
        var firstId = text.IndexOf('"', participant + "\"participants\": [".Length) + 1;
        text = text[..firstId] + "nobody-" + text[firstId..];

        var problems = Format.Invoking(f => f.Read(text)).Should().Throw<TimetableFormatException>().Which.Problems;

        problems.Should().HaveCount(2);
        problems.Select(p => p.Message).Should().Contain("unknown zone \"Europe/Viena\"");
        problems.Should().Contain(p => p.Message.StartsWith("unknown person 'nobody-", StringComparison.Ordinal));
    }
}
