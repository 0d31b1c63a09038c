using System.Text;
using CsCheck;

namespace ReviewTimelines.Cli.Tests.Safety;

/// <summary>Issue 22.5: text from files never starts a line of text or markdown output, never reaches the terminal as a control character; issue 22.6: export is all or nothing.</summary>
public sealed class OutputSafetyTests
{
    private static readonly char[] Unsafe = ['\n', '\r', '\u001b', '\u0007', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', '\u2066', '\t', '\u0000'];

    private static string Timetable(string name, string note) => """
        {"note": "NOTE", "mechanisms": [{"reference": "GRECO"}], "cycles": [{"id": "C", "mechanism": "GRECO", "name": "Round"}],
         "countries": [{"code": "AUT", "name": "NAME", "zone": "Europe/Vienna"}],
         "reviews": [{"id": "R1", "mechanism": "GRECO", "cycle": "C", "stateUnderReview": "AUT", "stages": [{"id": "V1", "kind": "countryVisit", "name": "NAME", "location": "in-country", "timing": {"first": "2021-06-07", "last": "2021-06-11", "zone": "Europe/Vienna"}}]},
                     {"id": "R2", "mechanism": "GRECO", "cycle": "C", "stateUnderReview": "AUT", "stages": [{"id": "V2", "kind": "countryVisit", "name": "NAME", "location": "in-country", "timing": {"first": "2021-06-09", "last": "2021-06-12", "zone": "Europe/Vienna"}}]}]}
        """.Replace("NAME", Json(name), StringComparison.Ordinal).Replace("NOTE", Json(note), StringComparison.Ordinal);

    private static string Json(string text) => System.Text.Json.JsonEncodedText.Encode(text).ToString();

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    public void Check_NamesAndNotesWithControlCharacters_AddNoLineAndNoControlCharacter(string format)
    {
        using var temp = new TempFolder();
        var forged = temp.File("forged.json", Timetable("Visit\n1  hard  forged-row\r\u001b[2J\u001b]0;pwned\u0007\u202eevil", "note\nTimetable: forged header"));
        var plain = temp.File("plain.json", Timetable("Visit", "note"));

        var result = CliRun.Run("check", "--input", forged, "--format", format, "--now", "2021-03-01T00:00:00Z");
        var baseline = CliRun.Run("check", "--input", plain, "--format", format, "--now", "2021-03-01T00:00:00Z");

        result.ExitCode.Should().Be(2);
        Lines(result.Out).Should().HaveCount(Lines(baseline.Out).Length);
        result.Out.Should().NotContainAny("\r", "\u001b", "\u0007", "\u202e");
        result.Out.Should().Contain("1  hard  forged-row\\u000d\\u001b[2J\\u001b]0;pwned\\u0007\\u202eevil");
        result.Out.Should().Contain("note\\u000aTimetable: forged header");
    }

    [Fact]
    public void Check_RandomNamesWithControlCharacters_NoOutputLineTheInputDidNotCreate()
    {
        using var temp = new TempFolder();
        var plain = temp.File("plain.json", Timetable("Visit", "note"));
        var expected = new[] { "table", "markdown" }.ToDictionary(f => f, f => Lines(CliRun.Run("check", "--input", plain, "--format", f, "--now", "2021-03-01T00:00:00Z").Out).Length);
        // Three letters in four, an unsafe character in four.
        var character = Gen.Int[0, 4 * Unsafe.Length - 1].Select(i => i < 3 * Unsafe.Length ? (char)('a' + (i % 26)) : Unsafe[i - (3 * Unsafe.Length)]);
        var text = character.Array[0, 30].Select(a => "n" + new string(a));
        var formats = Gen.Int[0, 1].Select(i => i == 0 ? "table" : "markdown");

        Gen.Select(text, text, formats).Sample(
            input =>
            {
                var (name, note, format) = input;
                var path = temp.File("random-" + Guid.NewGuid().ToString("N") + ".json", Timetable(name, note));
                var result = CliRun.Run("check", "--input", path, "--format", format, "--now", "2021-03-01T00:00:00Z");
                result.ExitCode.Should().Be(2, result.Error);
                Lines(result.Out).Should().HaveCount(expected[format]);
                result.Out.Where(c => c != '\n').Should().NotContain(c => Unsafe.Contains(c));
                result.Error.Where(c => c != '\n').Should().NotContain(c => Unsafe.Contains(c));
            },
            iter: 40);
    }

    [Fact]
    public void Check_ErrorEchoingAControlCharacterValue_StaysOnOneLine()
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.json", Timetable("Visit", "note").Replace("\"Europe/Vienna\"}]", "\"Europe/Vienna\\n\\u001b[31merror: forged\"}]", StringComparison.Ordinal));

        var result = CliRun.Run("check", "--input", path);

        result.Error.Should().Be("error: --input '" + path + "': 1 problem(s):\n  unknown zone \"Europe/Vienna\\u000a\\u001b[31merror: forged\" at $.countries[0].zone, line 2, column 57\n");
    }

    [Fact]
    public void Export_FolderNamedLikeAFeed_WritesNothingAndKeepsEveryOldFile()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");
        Directory.CreateDirectory(Path.Combine(folder, "mechanism-GRECO.ics"));
        File.WriteAllText(Path.Combine(folder, "all.ics"), "old all");
        File.WriteAllText(Path.Combine(folder, "mechanism-FATF.ics"), "old fatf");

        var result = CliRun.Run("export", "--out", folder, "--feed", "all", "--feed", "mechanisms", "--now", "2021-03-01T00:00:00Z");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: --out '" + folder + "': 'mechanism-GRECO.ics' there is a folder, not a file; nothing was written.\n");
        File.ReadAllText(Path.Combine(folder, "all.ics")).Should().Be("old all");
        File.ReadAllText(Path.Combine(folder, "mechanism-FATF.ics")).Should().Be("old fatf");
        Directory.GetFileSystemEntries(temp.Path).Should().Equal(folder);
    }

    [Fact]
    public void Export_IntoAFolderWithOldFeeds_SaysWhichFilesItReplaced()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "all.ics"), "old");

        var result = CliRun.Run("export", "--out", folder, "--feed", "all", "--feed", "country:AUT", "--now", "2021-03-01T00:00:00Z");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Replaced 1 existing file(s) there: all.ics\n");
        File.ReadAllText(Path.Combine(folder, "all.ics")).Should().StartWith("BEGIN:VCALENDAR");
        File.Exists(Path.Combine(folder, "country-AUT.ics")).Should().BeTrue();
    }

    private static string[] Lines(string text) => text.Split('\n');
}
