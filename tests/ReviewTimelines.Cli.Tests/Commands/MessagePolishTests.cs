namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>The wording of messages a newcomer meets first.</summary>
public sealed class MessagePolishTests
{
    [Theory]
    [InlineData("check", "--input", "error: --input: the path is empty.")]
    [InlineData("export", "--out", "error: --out: the path is empty.")]
    [InlineData("check", "--ics", "error: --ics: the path is empty.")]
    public void EmptyPath_ExitsOneSayingThePathIsEmpty(string command, string option, string message)
    {
        var result = CliRun.Run(command, option, string.Empty);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith(message + "\n");
    }

    [Theory]
    [InlineData("--input")]
    [InlineData("--ics")]
    public void Folder_GivenAsFile_ExitsOneSayingItIsAFolder(string option)
    {
        using var folder = new TempFolder();

        var result = CliRun.Run("check", option, folder.Path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: " + option + " '" + folder.Path + "': is a folder, not a file.\n");
    }

    [Theory]
    [InlineData("JSON")]
    [InlineData("Json")]
    public void Check_FormatInUpperCase_IsAccepted(string format)
    {
        var lower = CliRun.Run("check", "--format", "json");

        var result = CliRun.Run("check", "--format", format);

        result.ExitCode.Should().Be(lower.ExitCode);
        result.Out.Should().Be(lower.Out).And.StartWith("{");
    }

    [Fact]
    public void Check_UnknownFormat_ExitsOneListingTheFormats()
    {
        var result = CliRun.Run("check", "--format", "xml");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: --format: 'xml' is not a format (use table, json or markdown).\n");
    }

    [Fact]
    public void Sessions_NoCommonTime_ShowsDurationsInWords()
    {
        var result = CliRun.Run("sessions", "-p", "A=Europe/Vienna", "-p", "B=Asia/Tokyo", "--date", "2021-03-08", "--days", "1");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("2021-03-08: no session: The working hours of A, B have no common free 1 h on this day (longest common free time inside working hours: 0 min).");
        result.Out.Should().NotContain("PT1H").And.NotContain("P0D");
    }

    [Theory]
    [InlineData("PT1H", "1 h")]
    [InlineData("P0D", "0 min")]
    [InlineData("PT1H30M", "1 h 30 min")]
    [InlineData("P2D", "2 days")]
    [InlineData("PTA and PT and P", "PTA and PT and P")]
    public void Durations_IsoDuration_InWords(string text, string expected) =>
        global::ReviewTimelines.Cli.Output.Text.Durations(text).Should().Be(expected);

    [Theory]
    [InlineData("reference")]
    [InlineData("plan", "--mechanism", "GRECO", "--start", "2021-03-01", "--country", "AUT")]
    public void Output_CitesTheRepositorysReferenceTable(params string[] args)
    {
        var result = CliRun.Run(args);

        result.ExitCode.Should().Be(0);
        result.Out.Should().NotContain("REVIEW-MECHANISMS.md").And.Contain("docs/reference-data.md");
        File.Exists(Path.Combine(CliRun.RepositoryRoot(), "docs", "reference-data.md")).Should().BeTrue();
    }

    [Fact]
    public void Check_FeedWarning_HasOneWarningPrefix()
    {
        using var folder = new TempFolder();
        var feed = folder.File("rrule.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:w\r\nDTSTAMP:20210101T000000Z\r\nDTSTART:20210601T090000Z\r\nDTEND:20210601T100000Z\r\nEND:VEVENT\r\nBEGIN:VTODO\r\nUID:t\r\nDTSTAMP:20210101T000000Z\r\nEND:VTODO\r\nEND:VCALENDAR\r\n");

        var result = CliRun.Run("check", "--ics", feed);

        result.Error.Should().Be("warning: --ics '" + feed + "': line 10, VTODO: 1 VTODO component(s) ignored: only VEVENT and VFREEBUSY are imported.\n");
    }
}
