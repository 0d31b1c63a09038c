using CsCheck;
using ReviewTimelines.Json.Internal;

namespace ReviewTimelines.Json.Tests.Internal;

public class ProblemSinkTests
{
    private static readonly string[] Segments = [".a", ".b", ".ab", "[0]", "[1]", "[10]", "['x.y']", "['x']", ".a_1"];

    private static readonly Gen<string> PathGen =
        Gen.Int[0, Segments.Length - 1].Array[0, 4].Select(parts => "$" + string.Concat(parts.Select(p => Segments[p])));

    [Fact]
    public void HasErrorAtOrBelow_RandomPaths_MatchesAScanOfEveryErrorPath()
    {
        Gen.Select(PathGen.Array[0, 12], PathGen.Array[1, 12]).Sample(
            input =>
            {
                var (errors, queries) = input;
                var sink = new ProblemSink(JsonPositionIndex.Build("{}"u8));
                foreach (var error in errors)
                {
                    sink.Error(error, "bad");
                }

                foreach (var query in queries.Concat(errors))
                {
                    var expected = errors.Any(p => JsonPaths.IsAtOrBelow(p, query));
                    sink.HasErrorAtOrBelow(query).Should().Be(expected, "errors {0}, query {1}", string.Join(" ", errors), query);
                }
            },
            iter: 2000);
    }

    [Fact]
    public void HasErrorAtOrBelow_ErrorAddedAfterAQuery_IsSeen()
    {
        var sink = new ProblemSink(JsonPositionIndex.Build("{}"u8));
        sink.Error("$.reviews[2].stages[0].kind", "bad");
        sink.HasErrorAtOrBelow("$.reviews[1]").Should().BeFalse();

        sink.Error("$.reviews[1].id", "bad");

        sink.HasErrorAtOrBelow("$.reviews[1]").Should().BeTrue();
        sink.HasErrorAtOrBelow("$.reviews[10]").Should().BeFalse();
        sink.HasErrorAtOrBelow("$.reviews").Should().BeTrue();
    }
}
