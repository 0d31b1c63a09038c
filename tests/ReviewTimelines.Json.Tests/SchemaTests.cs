using System.Text.Json;
using CsCheck;
using Json.Schema;
using NodaTime;

namespace ReviewTimelines.Json.Tests;

/// <summary>Checks docs/timetable.schema.json against the sample files and the writer's output.</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SampleFiles.DocsFile("timetable.schema.json")));

    internal static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Fact]
    public void Schema_Austria2021Sample_IsValid()
    {
        var result = Evaluate(SampleFiles.Text("austria-2021.json"));

        result.IsValid.Should().BeTrue(string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
    }

    [Fact]
    public void Schema_WriterOutputForRandomTimetables_IsValid()
    {
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb) { SchemaReference = SampleFiles.SchemaReference };
        Gen.Int.Sample(
            seed =>
            {
                var result = Evaluate(format.Write(RandomTimetables.Create(seed)));

                result.IsValid.Should().BeTrue(string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
            },
            iter: 1000);
    }

    [Theory]
    [InlineData("wrong-types.json")]
    public void Schema_WrongTypesSample_IsInvalid(string name)
    {
        Evaluate(SampleFiles.Text("Invalid/" + name)).IsValid.Should().BeFalse();
    }
}
