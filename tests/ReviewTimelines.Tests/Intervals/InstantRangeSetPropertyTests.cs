using CsCheck;
using NodaTime;
using ReviewTimelines.Intervals;
using static ReviewTimelines.Tests.Intervals.Minutes;

namespace ReviewTimelines.Tests.Intervals;

/// <summary>Set operations against a minute-by-minute membership oracle (all end points are whole minutes).</summary>
public class InstantRangeSetPropertyTests
{
    private const int Limit = 120;
    private const int Iterations = 1000;

    private static readonly Gen<(InstantRange[] A, InstantRange[] B)> RawPair =
        Gen.Select(RangeGen(Limit).Array[0, 8], RangeGen(Limit).Array[0, 8]);

    [Fact]
    public void FromRanges_AnyRanges_IsNormalizedAndMatchesOracle()
    {
        RangeGen(Limit).Array[0, 10].Sample(raw =>
        {
            var set = InstantRangeSet.FromRanges(raw);
            AssertNormalized(set);
            Membership(set, Limit).Should().Equal(Membership(raw, Limit));
            set.TotalDuration.Should().Be(Duration.FromMinutes(Membership(raw, Limit).Count(x => x)));
        }, iter: Iterations);
    }

    [Fact]
    public void Union_RandomSets_MatchesOracle()
    {
        RawPair.Sample((a, b) =>
        {
            var result = InstantRangeSet.FromRanges(a).Union(InstantRangeSet.FromRanges(b));
            AssertNormalized(result);
            var oa = Membership(a, Limit);
            var ob = Membership(b, Limit);
            Membership(result, Limit).Should().Equal(oa.Zip(ob, (x, y) => x || y));
        }, iter: Iterations);
    }

    [Fact]
    public void Intersect_RandomSets_MatchesOracle()
    {
        RawPair.Sample((a, b) =>
        {
            var result = InstantRangeSet.FromRanges(a).Intersect(InstantRangeSet.FromRanges(b));
            AssertNormalized(result);
            var oa = Membership(a, Limit);
            var ob = Membership(b, Limit);
            Membership(result, Limit).Should().Equal(oa.Zip(ob, (x, y) => x && y));
        }, iter: Iterations);
    }

    [Fact]
    public void Except_RandomSets_MatchesOracle()
    {
        RawPair.Sample((a, b) =>
        {
            var result = InstantRangeSet.FromRanges(a).Except(InstantRangeSet.FromRanges(b));
            AssertNormalized(result);
            var oa = Membership(a, Limit);
            var ob = Membership(b, Limit);
            Membership(result, Limit).Should().Equal(oa.Zip(ob, (x, y) => x && !y));
        }, iter: Iterations);
    }

    [Fact]
    public void ComplementWithin_RandomSets_MatchesOracle()
    {
        Gen.Select(RangeGen(Limit).Array[0, 8], RangeGen(Limit)).Sample((a, bounds) =>
        {
            var result = InstantRangeSet.FromRanges(a).ComplementWithin(bounds);
            AssertNormalized(result);
            var oa = Membership(a, Limit);
            var expected = Enumerable.Range(0, Limit).Select(m => bounds.Contains(At(m)) && !oa[m]);
            Membership(result, Limit).Should().Equal(expected);
        }, iter: Iterations);
    }

    [Fact]
    public void GapsOfAtLeast_RandomSets_AreTheMaximalFreeRunsOfOracle()
    {
        Gen.Select(RangeGen(Limit).Array[0, 8], RangeGen(Limit), Gen.Int[1, 20]).Sample((a, bounds, minimum) =>
        {
            var gaps = InstantRangeSet.FromRanges(a).GapsOfAtLeast(bounds, Duration.FromMinutes(minimum));
            var oa = Membership(a, Limit);

            // Oracle: maximal runs of free minutes inside the bounds, kept when long enough.
            var expected = new List<InstantRange>();
            int? runStart = null;
            for (var m = MinuteOf(bounds.Start); m <= MinuteOf(bounds.End); m++)
            {
                var free = m < MinuteOf(bounds.End) && !oa[m];
                if (free && runStart is null)
                {
                    runStart = m;
                }
                else if (!free && runStart is int s)
                {
                    if (m - s >= minimum)
                    {
                        expected.Add(Range(s, m));
                    }

                    runStart = null;
                }
            }

            gaps.Should().Equal(expected);
        }, iter: Iterations);
    }

    [Fact]
    public void Queries_RandomSets_MatchOracle()
    {
        Gen.Select(RangeGen(Limit).Array[0, 8], RangeGen(Limit)).Sample((a, probe) =>
        {
            var set = InstantRangeSet.FromRanges(a);
            var oa = Membership(a, Limit);
            int s = MinuteOf(probe.Start), e = MinuteOf(probe.End);
            var inside = Enumerable.Range(s, e - s);
            if (probe.IsEmpty)
            {
                var member = s < Limit && oa[s];
                set.Overlaps(probe).Should().Be(member);
                set.Covers(probe).Should().Be(member);
            }
            else
            {
                set.Overlaps(probe).Should().Be(inside.Any(m => oa[m]));
                set.Covers(probe).Should().Be(inside.All(m => oa[m]));
            }

            var clipped = set.ClipTo(probe);
            AssertNormalized(clipped);
            Membership(clipped, Limit).Should().Equal(Enumerable.Range(0, Limit).Select(m => oa[m] && probe.Contains(At(m))));
        }, iter: Iterations);
    }

    [Fact]
    public void Laws_RandomSets_Hold()
    {
        Gen.Select(SetGen(Limit), SetGen(Limit), SetGen(Limit)).Sample((a, b, c) =>
        {
            a.Union(b).Should().Equal(b.Union(a), "union is commutative");
            a.Intersect(b).Should().Equal(b.Intersect(a), "intersection is commutative");
            a.Union(b).Union(c).Should().Equal(a.Union(b.Union(c)), "union is associative");
            a.Intersect(b).Except(a).IsEmpty.Should().BeTrue("A ∩ B is contained in A");
            a.Intersect(b).Except(b).IsEmpty.Should().BeTrue("A ∩ B is contained in B");
            a.Except(b).Intersect(b).IsEmpty.Should().BeTrue("A \\ B ∩ B = ∅");
            a.Except(b).Union(a.Intersect(b)).Should().Equal(a, "A = (A \\ B) ∪ (A ∩ B)");
            a.Intersect(b.Union(c)).Should().Equal(a.Intersect(b).Union(a.Intersect(c)), "∩ distributes over ∪");
            a.Union(a).Should().Equal(a, "union is idempotent");
            var bounds = Range(0, Limit);
            a.ComplementWithin(bounds).ComplementWithin(bounds).Should().Equal(a.ClipTo(bounds), "double complement");
            a.ComplementWithin(bounds).Intersect(a).IsEmpty.Should().BeTrue("complement is disjoint");
            (a.ComplementWithin(bounds).TotalDuration + a.ClipTo(bounds).TotalDuration).Should().Be(bounds.Duration);
        }, iter: Iterations);
    }

    [Fact]
    public void FromRanges_TouchingRanges_MergeIntoOne()
    {
        var set = InstantRangeSet.FromRanges(Range(0, 10), Range(10, 20), Range(20, 20), Range(30, 40));
        set.Should().Equal(Range(0, 20), Range(30, 40));
        set.ToString().Should().Be("{2025-01-01T00:00:00Z/2025-01-01T00:20:00Z, 2025-01-01T00:30:00Z/2025-01-01T00:40:00Z}");
    }

    [Fact]
    public void GapsOfAtLeast_TouchingRanges_OfferNoZeroLengthGap()
    {
        // BC-11: the zero-length gap between touching items is never offered as a free slot.
        var set = InstantRangeSet.FromRanges(Range(0, 10), Range(10, 20));
        set.GapsOfAtLeast(Range(0, 20), Duration.FromTicks(1)).Should().BeEmpty();
        var act = () => set.GapsOfAtLeast(Range(0, 20), Duration.Zero);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimum");
    }

    private static void AssertNormalized(InstantRangeSet set)
    {
        for (var i = 0; i < set.Count; i++)
        {
            set[i].IsEmpty.Should().BeFalse();
            if (i > 0)
            {
                set[i - 1].End.Should().BeLessThan(set[i].Start, "ranges are sorted, disjoint and not touching");
            }
        }
    }
}
