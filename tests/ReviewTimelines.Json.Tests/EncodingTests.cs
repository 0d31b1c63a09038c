using System.Text;
using NodaTime;

namespace ReviewTimelines.Json.Tests;

/// <summary>Issue 12 item 4: bytes that are not UTF-8 never become U+FFFD; UTF-16/32 with a byte order mark are decoded.</summary>
public class EncodingTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private const string Json = "{\n  \"countries\": [\n    { \"code\": \"COL\", \"name\": \"Bogotá\", \"zone\": \"America/Bogota\" }\n  ]\n}\n";

    [Fact]
    public void Read_Latin1File_IsRefusedNamingTheFirstBadLine()
    {
        var latin1 = Encoding.Latin1.GetBytes(Json);

        var act = () => Format.Read(latin1);

        var problem = act.Should().Throw<TimetableFormatException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(3);
        problem.Message.Should().Be("the file is not UTF-8: line 3 has the byte 0xE1, which is not valid UTF-8 (a Latin-1 or Windows-1252 file?); save the file as UTF-8");
    }

    [Fact]
    public void Read_Latin1Stream_IsRefusedToo()
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(Json));

        var act = () => Format.Read(stream);

        act.Should().Throw<TimetableFormatException>().Which.Problems.Single().Line.Should().Be(3);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Read_Utf16Or32WithByteOrderMark_IsDecoded(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-16" => (Encoding)new UnicodeEncoding(false, true),
            "utf-16BE" => new UnicodeEncoding(true, true),
            "utf-32" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Json)];

        Format.Read(bytes).Timetable.Countries.Single().Name.Should().Be("Bogotá");
    }

    [Fact]
    public void Read_Utf16WithoutByteOrderMark_IsRefused()
    {
        var bytes = new UnicodeEncoding(false, false).GetBytes(Json);

        var act = () => Format.Read(bytes);

        act.Should().Throw<TimetableFormatException>();
    }
}
