using System.Text;

namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Issue 12 item 4 through the tool: a Latin-1 file is refused naming its first bad line, never read as U+FFFD.</summary>
public class EncodingCliTests
{
    [Fact]
    public void Check_Latin1IcsFeed_IsRefusedNamingTheLine()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "latin1.ics");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:l\r\nDTSTAMP:20210101T000000Z\r\nDTSTART:20210601T090000Z\r\nSUMMARY:Bogotá\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));

        var result = CliRun.Run("check", "--ics", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("Line 8 is not UTF-8: the byte 0xE1").And.NotContain("\uFFFD");
    }

    [Fact]
    public void Check_Latin1TimetableFile_IsRefusedNamingTheLine()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "latin1.json");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("{\n  \"countries\": [\n    { \"code\": \"COL\", \"name\": \"Bogotá\", \"zone\": \"America/Bogota\" }\n  ]\n}\n"));

        var result = CliRun.Run("check", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the file is not UTF-8: line 3 has the byte 0xE1").And.NotContain("\uFFFD");
    }
}
