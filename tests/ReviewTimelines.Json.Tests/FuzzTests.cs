using CsCheck;

namespace ReviewTimelines.Json.Tests;

/// <summary>Damaged files give a document or a TimetableFormatException with placed problems, never another exception.</summary>
public class FuzzTests
{
    private static readonly string Sample = SampleFiles.Text("austria-2021.json");

    private static readonly string[] Replacements = ["", "\"", "{", "}", "[", "]", ",", ":", "null", "0", "-1", "true", "\"x\"", "\"Europe/Viena\"", "\"2021-02-30\"", "{}", "[]", "\"\""];

    [Fact]
    public void Read_DamagedSample_ThrowsOnlyTimetableFormatExceptionWithPositions()
    {
        var format = SampleFiles.Format();
        Gen.Select(Gen.Int[0, Sample.Length - 1], Gen.Int[0, 12], Gen.Int[0, Replacements.Length - 1]).Sample(
            input =>
            {
                var (at, length, replacement) = input;
                var damaged = Sample[..at] + Replacements[replacement] + Sample[Math.Min(Sample.Length, at + length)..];
                try
                {
                    format.Read(damaged);
                }
                catch (TimetableFormatException e)
                {
                    e.Problems.Should().NotBeEmpty();
                    e.Problems.Should().OnlyContain(p => p.Line >= 1 && p.Column >= 1 && p.Path.StartsWith('$') && p.Message.Length > 0);
                }
            },
            iter: 1000);
    }
}
