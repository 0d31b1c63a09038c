using System.Diagnostics;

namespace ReviewTimelines.Cli.Tests.Safety;

/// <summary>Issue 21.3: only regular files, read with a size limit; feed paths relative to the timetable; nothing quoted from a file that is not a calendar.</summary>
public sealed class FileInputTests
{
    private const string Vienna1900 = """
        {"mechanisms": [{"reference": "GRECO"}], "cycles": [{"id": "C", "mechanism": "GRECO", "name": "Round"}], "countries": [{"code": "AUT", "name": "Austria", "zone": "Europe/Vienna"}],
         "reviews": [{"id": "R", "mechanism": "GRECO", "cycle": "C", "stateUnderReview": "AUT", "stages": [{"id": "S", "kind": "deskReview", "name": "Desk review", "timing": {"first": "FIRST", "last": "LAST", "zone": "ZONE"}}]}]}
        """;

    [Theory]
    [InlineData("--input", "/dev/zero")]
    [InlineData("--ics", "/dev/zero")]
    [InlineData("--input", "/dev/urandom")]
    [InlineData("--ics", "/dev/urandom")]
    public void Check_DeviceFile_IsRefusedByNameWithoutReadingIt(string option, string device)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = CliRun.Run("check", option, device);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: " + option + " '" + device + "': is a device, not a regular file; refused without reading it.\n");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void Check_NamedPipe_IsRefusedWithoutWaitingForAWriter()
    {
        using var temp = new TempFolder();
        var fifo = Path.Combine(temp.Path, "feed.ics");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }

        // Opening a pipe for reading blocks until a writer comes; the tool must refuse it before opening.
        var result = CliRun.Run("check", "--ics", fifo);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: --ics '" + fifo + "': is empty, or not a regular file (a device, a named pipe or a socket); refused without reading it.\n");
    }

    [Fact]
    public void Check_Folder_IsRefusedByName()
    {
        using var temp = new TempFolder();

        CliRun.Run("check", "--input", temp.Path).Error.Should().Be("error: --input '" + temp.Path + "': is a folder, not a file.\n");
    }

    [Fact]
    public void Check_50MegabyteInput_IsRefusedFromItsSizeInLittleMemory()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CliRun.Run("check", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: --input '" + path + "': is 52428800 bytes, more than the limit of 16777216 bytes; refused without reading it.\n");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void Check_FeedPathInTimetable_ResolvesAgainstTheTimetablesFolderNotTheCurrentOne()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "feeds"));
        File.Copy(CliRun.DataPath("feeds/expert-deu-1.ics"), Path.Combine(temp.Path, "feeds", "expert-deu-1.ics"));
        var timetable = temp.File("timetable.json", File.ReadAllText(CliRun.DataPath("austria-2021.json")));
        Directory.GetCurrentDirectory().Should().NotBe(temp.Path);

        var result = CliRun.Run("check", "--input", timetable, "--now", "2021-03-01T00:00:00Z");

        result.Error.Should().NotContain("error:");
        result.Out.Should().Contain("Outside feed: expert-deu-1.ics (");
    }

    [Fact]
    public void Check_FeedPathNamingANonCalendarFile_NeverQuotesItsContent()
    {
        using var temp = new TempFolder();
        var secret = temp.File("passwd", "root:x:0:0:root:/root:/bin/bash\nsecret-line\n");
        var timetable = temp.File("timetable.json", File.ReadAllText(CliRun.DataPath("austria-2021.json")).Replace("feeds/expert-deu-1.ics", secret, StringComparison.Ordinal));

        var result = CliRun.Run("check", "--input", timetable);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: --input '" + timetable + "' $.feeds[0] '" + secret + "': not an iCalendar file (it does not begin with BEGIN:VCALENDAR); its content is not shown.\n");
        result.Error.Should().NotContain("root:").And.NotContain("secret");
    }

    [Theory]
    [InlineData("1900-01-01", "Europe/Vienna")]
    [InlineData("2200-12-31", "America/New_York")]
    public void Check_StageOnTheFirstOrLastSupportedDay_IsAcceptedByReaderAndTool(string day, string zone)
    {
        using var temp = new TempFolder();
        var path = temp.File("edge.json", Vienna1900.Replace("FIRST", day, StringComparison.Ordinal).Replace("LAST", day, StringComparison.Ordinal).Replace("ZONE", zone, StringComparison.Ordinal));

        var result = CliRun.Run("check", "--input", path, "--now", "2021-03-01T00:00:00Z");

        result.Error.Should().BeEmpty();
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Checked: 1 scheduled item(s)");
    }

    [Fact]
    public void Check_RealCountryZzz_IsReadAndChecked()
    {
        using var temp = new TempFolder();
        var path = temp.File("zzz.json", Vienna1900.Replace("\"AUT\"", "\"ZZZ\"", StringComparison.Ordinal).Replace("FIRST", "2021-01-04", StringComparison.Ordinal).Replace("LAST", "2021-01-04", StringComparison.Ordinal).Replace("ZONE", "Europe/Vienna", StringComparison.Ordinal));

        var result = CliRun.Run("export", "--out", Path.Combine(temp.Path, "feeds"), "--feed", "country:ZZZ", "--input", path, "--now", "2021-03-01T00:00:00Z");

        result.Error.Should().BeEmpty();
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("- country-ZZZ.ics (1 event(s))");
    }

    [Fact]
    public void Check_LoneSurrogateInTimetable_NamesItemFieldAndLine()
    {
        using var temp = new TempFolder();
        var path = temp.File("surrogate.json", Vienna1900.Replace("Desk review", "Desk\\ud800review", StringComparison.Ordinal).Replace("FIRST", "2021-01-04", StringComparison.Ordinal).Replace("LAST", "2021-01-04", StringComparison.Ordinal).Replace("ZONE", "UTC", StringComparison.Ordinal));

        var result = CliRun.Run("check", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: --input '" + path + "': 1 problem(s):\n  the string is not valid Unicode text (it holds a lone surrogate such as \\ud800) at $.reviews[0].stages[0].name, line 2, column 142\n");
    }
}
