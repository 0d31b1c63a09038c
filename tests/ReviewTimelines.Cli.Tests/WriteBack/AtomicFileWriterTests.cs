using System.Text;
using ReviewTimelines.Cli.WriteBack;

namespace ReviewTimelines.Cli.Tests.WriteBack;

/// <summary><see cref="AtomicFileWriter"/>: a fault between the write and the rename leaves the original file intact.</summary>
public sealed class AtomicFileWriterTests
{
    [Fact]
    public void Write_FaultBetweenWriteAndRename_LeavesTheOriginalIntactAndNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var path = temp.File("timetable.json", "{ \"formatVersion\": 2 }\n");
        var original = File.ReadAllBytes(path);
        var replacement = Encoding.UTF8.GetBytes("{ \"formatVersion\": 2, \"note\": \"new\" }\n");
        byte[]? seenBeforeRename = null;

        var act = () => AtomicFileWriter.Write(path, replacement, "--out", tempPath =>
        {
            seenBeforeRename = File.ReadAllBytes(tempPath);
            throw new IOException("simulated crash between write and rename");
        });

        act.Should().Throw<CliInputException>().WithMessage("--out '*timetable.json': cannot write the file, it is as it was: simulated crash between write and rename");
        seenBeforeRename.Should().Equal(replacement, "the whole new content is written and flushed before the rename");
        File.ReadAllBytes(path).Should().Equal(original);
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().Equal(["timetable.json"]);
    }

    [Fact]
    public void Write_NoFault_ReplacesTheFileAndSaysSo()
    {
        using var temp = new TempFolder();
        var path = temp.File("timetable.json", "old");

        var replaced = AtomicFileWriter.Write(path, Encoding.UTF8.GetBytes("new"), "--out");
        var created = AtomicFileWriter.Write(Path.Combine(temp.Path, "other.json"), Encoding.UTF8.GetBytes("other"), "--out");

        replaced.Should().BeTrue();
        created.Should().BeFalse();
        File.ReadAllText(path).Should().Be("new");
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["timetable.json", "other.json"]);
    }

    [Fact]
    public void Write_MissingFolder_ExitsWithTheFolderNamed()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "missing", "t.json");

        var act = () => AtomicFileWriter.Write(path, [1], "--out");

        act.Should().Throw<CliInputException>().WithMessage("--out '*t.json': the folder '*missing' does not exist.");
    }
}
