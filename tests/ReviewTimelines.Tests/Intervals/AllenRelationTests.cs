using CsCheck;
using ReviewTimelines.Intervals;
using static ReviewTimelines.Tests.Intervals.Minutes;

namespace ReviewTimelines.Tests.Intervals;

public class AllenRelationTests
{
    // b is always [10, 20) minutes; a varies. Named boundary cases for every relation.
    public static TheoryData<string, int, int, AllenRelation> Table() => new()
    {
        { "before with gap", 0, 5, AllenRelation.Before },
        { "marker before", 3, 3, AllenRelation.Before },
        { "touching end to start", 5, 10, AllenRelation.Meets },
        { "overlapping start", 5, 15, AllenRelation.Overlaps },
        { "common start, shorter", 10, 15, AllenRelation.Starts },
        { "marker at start (RFC 4791 9.9)", 10, 10, AllenRelation.Starts },
        { "strictly inside", 12, 18, AllenRelation.During },
        { "marker strictly inside", 15, 15, AllenRelation.During },
        { "common end, later start", 15, 20, AllenRelation.Finishes },
        { "equal", 10, 20, AllenRelation.Equal },
        { "common end, earlier start (containing)", 5, 20, AllenRelation.FinishedBy },
        { "containing both ends", 5, 25, AllenRelation.Contains },
        { "common start, longer (containing)", 10, 25, AllenRelation.StartedBy },
        { "overlapping end", 15, 25, AllenRelation.OverlappedBy },
        { "touching start to end", 20, 25, AllenRelation.MetBy },
        { "marker at exclusive end", 20, 20, AllenRelation.MetBy },
        { "after with gap", 25, 30, AllenRelation.After },
        { "marker after", 27, 27, AllenRelation.After },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Relate_AgainstTenToTwenty_GivesNamedRelation(string name, int start, int end, AllenRelation expected)
    {
        _ = name;
        var a = Range(start, end);
        var b = Range(10, 20);
        a.Relate(b).Should().Be(expected);
        b.Relate(a).Should().Be(expected.Converse());
    }

    [Theory]
    [InlineData("same instant", 10, 10, AllenRelation.Equal)]
    [InlineData("earlier marker", 5, 5, AllenRelation.Before)]
    [InlineData("later marker", 15, 15, AllenRelation.After)]
    public void Relate_MarkerAgainstMarkerAtTen_GivesNamedRelation(string name, int start, int end, AllenRelation expected)
    {
        _ = name;
        Range(start, end).Relate(Range(10, 10)).Should().Be(expected);
    }

    [Fact]
    public void Relate_MarkerAtStartOfNonEmpty_IsStartsAndOverlaps()
    {
        var marker = Range(10, 10);
        var range = Range(10, 20);
        marker.Relate(range).Should().Be(AllenRelation.Starts);
        range.Relate(marker).Should().Be(AllenRelation.StartedBy);
        marker.Overlaps(range).Should().BeTrue();
    }

    [Fact]
    public void Converse_OfEveryRelation_IsAnInvolution()
    {
        foreach (var r in Enum.GetValues<AllenRelation>())
        {
            r.Converse().Converse().Should().Be(r);
        }

        AllenRelation.Before.Converse().Should().Be(AllenRelation.After);
        AllenRelation.Meets.Converse().Should().Be(AllenRelation.MetBy);
        AllenRelation.Starts.Converse().Should().Be(AllenRelation.StartedBy);
        AllenRelation.During.Converse().Should().Be(AllenRelation.Contains);
        AllenRelation.Finishes.Converse().Should().Be(AllenRelation.FinishedBy);
        AllenRelation.Equal.Converse().Should().Be(AllenRelation.Equal);
    }

    [Fact]
    public void Converse_UndefinedValue_Throws()
    {
        var act = () => ((AllenRelation)13).Converse();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("relation");
    }

    [Fact]
    public void Relate_SwappedArguments_GivesConverse()
    {
        Gen.Select(RangeGen(40), RangeGen(40)).Sample((a, b) =>
        {
            b.Relate(a).Should().Be(a.Relate(b).Converse());
        }, iter: 2000);
    }

    [Fact]
    public void Relate_SharesInstants_AgreesWithOverlapsExceptEqualMarkers()
    {
        Gen.Select(RangeGen(40), RangeGen(40)).Sample((a, b) =>
        {
            var relation = a.Relate(b);
            var expected = a.Overlaps(b) || (a.IsEmpty && b.IsEmpty && a == b);
            relation.SharesInstants().Should().Be(expected, "{0} {1} {2}", a, relation, b);
        }, iter: 2000);
    }

    [Fact]
    public void Relate_NonEmptyRanges_MatchesEndpointDefinition()
    {
        // An independent, literal transcription of Allen's end-point definitions.
        static AllenRelation Literal(InstantRange a, InstantRange b)
        {
            if (a.End < b.Start) { return AllenRelation.Before; }
            if (a.End == b.Start) { return AllenRelation.Meets; }
            if (b.End < a.Start) { return AllenRelation.After; }
            if (b.End == a.Start) { return AllenRelation.MetBy; }
            if (a.Start == b.Start && a.End == b.End) { return AllenRelation.Equal; }
            if (a.Start == b.Start) { return a.End < b.End ? AllenRelation.Starts : AllenRelation.StartedBy; }
            if (a.End == b.End) { return a.Start > b.Start ? AllenRelation.Finishes : AllenRelation.FinishedBy; }
            if (a.Start > b.Start && a.End < b.End) { return AllenRelation.During; }
            if (a.Start < b.Start && a.End > b.End) { return AllenRelation.Contains; }
            return a.Start < b.Start ? AllenRelation.Overlaps : AllenRelation.OverlappedBy;
        }

        Gen.Select(RangeGen(40), RangeGen(40)).Where(t => !t.Item1.IsEmpty && !t.Item2.IsEmpty).Sample(t =>
        {
            t.Item1.Relate(t.Item2).Should().Be(Literal(t.Item1, t.Item2));
        }, iter: 2000);
    }
}
