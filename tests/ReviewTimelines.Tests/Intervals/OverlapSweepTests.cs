using CsCheck;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;
using static ReviewTimelines.Tests.Intervals.Minutes;

namespace ReviewTimelines.Tests.Intervals;

public class OverlapSweepTests
{
    private static readonly ResourceKey ExpertE = new("person", "E");

    private static readonly string[] Kinds = ["country", "person", "seat"];

    [Fact]
    public void BC11_TouchingReviews_DoNotClash()
    {
        // Expert E on 2025-06-02: A 09:00-10:00 Vienna, B 04:00-05:00 New York, C 10:00-11:00 Vienna, B' from 03:59:59 New York.
        var vienna = NodaTime.DateTimeZoneProviders.Tzdb["Europe/Vienna"];
        var newYork = NodaTime.DateTimeZoneProviders.Tzdb["America/New_York"];
        InstantRange Local(DateTimeZone zone, string start, string end) => InstantRange.FromInstants(
            LocalDateTimePattern.GeneralIso.Parse("2025-06-02T" + start).Value.InZoneStrictly(zone).ToInstant(),
            LocalDateTimePattern.GeneralIso.Parse("2025-06-02T" + end).Value.InZoneStrictly(zone).ToInstant());

        var a = new SweepItem<string>("A", Local(vienna, "09:00:00", "10:00:00"), [ExpertE]);
        var b = new SweepItem<string>("B", Local(newYork, "04:00:00", "05:00:00"), [ExpertE]);
        var c = new SweepItem<string>("C", Local(vienna, "10:00:00", "11:00:00"), [ExpertE]);
        var bPrime = new SweepItem<string>("B'", Local(newYork, "03:59:59", "05:00:00"), [ExpertE]);
        var sweep = new OverlapSweep(new OverlapSweepOptions());

        sweep.FindClashes([a, b]).Should().BeEmpty("A ends at 08:00Z where B starts");
        sweep.FindClashes([a, c]).Should().BeEmpty("A ends where C starts");
        var clashes = sweep.FindClashes([a, bPrime]);
        clashes.Should().ContainSingle();
        var clash = clashes[0];
        clash.Kind.Should().Be(ClashKind.Overlap);
        clash.Resource.Should().Be(ExpertE);
        clash.FirstId.Should().Be("A");
        clash.SecondId.Should().Be("B'");
        clash.Interval.ToString().Should().Be("2025-06-02T07:59:59Z/2025-06-02T08:00:00Z");
        clash.Interval.Duration.Should().Be(Duration.FromSeconds(1));
    }

    [Fact]
    public void BC12_DeadlineMarker_ClashesWithV2AndV3NotV1()
    {
        var country = new ResourceKey("country", "AUT");
        InstantRange Utc(string s, string e) => InstantRange.FromInstants(
            InstantPattern.ExtendedIso.Parse("2025-06-02T" + s + "Z").Value, InstantPattern.ExtendedIso.Parse("2025-06-02T" + e + "Z").Value);
        var marker = new SweepItem<string>("deadline", Utc("10:00:00", "10:00:00"), [country]);
        var v1 = new SweepItem<string>("V1", Utc("09:00:00", "10:00:00"), [country]);
        var v2 = new SweepItem<string>("V2", Utc("10:00:00", "11:00:00"), [country]);
        var v3 = new SweepItem<string>("V3", Utc("09:30:00", "10:30:00"), [country]);

        var clashes = new OverlapSweep(new OverlapSweepOptions()).FindClashes([marker, v1, v2, v3]);

        // Sweep order: V1 (09:00), V3 (09:30), V2 (10:00, non-empty first), marker (10:00). V1 and V3 overlap each other too.
        clashes.Select(c => (c.FirstId, c.SecondId, c.Kind, c.Interval.ToString())).Should().Equal(
            ("V1", "V3", ClashKind.Overlap, "2025-06-02T09:30:00Z/2025-06-02T10:00:00Z"),
            ("V3", "V2", ClashKind.Overlap, "2025-06-02T10:00:00Z/2025-06-02T10:30:00Z"),
            ("V3", "deadline", ClashKind.Overlap, "2025-06-02T10:00:00Z/2025-06-02T10:00:00Z"),
            ("V2", "deadline", ClashKind.Overlap, "2025-06-02T10:00:00Z/2025-06-02T10:00:00Z"));
        clashes.Should().NotContain(c => (c.FirstId == "V1" || c.SecondId == "V1") && (c.FirstId == "deadline" || c.SecondId == "deadline"));
    }

    [Fact]
    public void FindClashes_GapShorterThanSeparation_ReportsShortfallGap()
    {
        var options = new OverlapSweepOptions();
        options.Separations["country"] = Duration.FromMinutes(30);
        var sweep = new OverlapSweep(options);
        var aut = new ResourceKey("country", "AUT");
        var first = new SweepItem<int>(1, Range(0, 60), [aut, ExpertE]);
        var tooClose = new SweepItem<int>(2, Range(80, 120), [aut, ExpertE]);
        var farEnough = new SweepItem<int>(3, Range(150, 200), [aut]);

        var clashes = sweep.FindClashes([farEnough, tooClose, first]);

        // Only the country needs 30 minutes; the person (default 0) does not. 120 -> 150 is exactly 30: enough.
        clashes.Should().ContainSingle();
        clashes[0].Should().Be(new OverlapClash<int>(aut, ClashKind.Separation, Range(60, 80), 1, 2, Range(0, 60), 2, 1, Range(80, 120)));
    }

    [Fact]
    public void FindClashes_AfterPaddingReach_ReportsItemsInsideReachOnly()
    {
        // "10 working days after the visit ends" computed by a higher layer and passed as an explicit reach.
        var aut = new ResourceKey("country", "AUT");
        var visit = new SweepItem<string>("visit", Range(0, 100), [aut]).WithReach(Range(0, 300));
        var inside = new SweepItem<string>("inside", Range(299, 310), [aut]);
        var atEnd = new SweepItem<string>("at-end", Range(300, 310), [aut]);
        var clashes = new OverlapSweep(new OverlapSweepOptions()).FindClashes([visit, inside, atEnd]);

        clashes.Select(c => (c.FirstId, c.SecondId, c.Kind)).Should().Equal(
            ("visit", "inside", ClashKind.Separation),
            ("inside", "at-end", ClashKind.Overlap));
        clashes[0].Interval.Should().Be(Range(100, 299));
    }

    [Fact]
    public void FindClashes_BeforePadding_ReportsEarlierItemInsidePadding()
    {
        var seat = new ResourceKey("seat", "Vienna");
        var plenary = new SweepItem<string>("plenary", Range(100, 200), [seat]).WithPadding(Duration.FromMinutes(30), Duration.Zero);
        var early = new SweepItem<string>("early", Range(0, 71), [seat]);
        var fine = new SweepItem<string>("fine", Range(0, 70), [seat]);
        var clashes = new OverlapSweep(new OverlapSweepOptions()).FindClashes([plenary, fine, early]);

        // early and fine overlap each other (equal starts: input position decides); early also ends inside the
        // plenary's 30-minute before-padding [70, 100), fine ends exactly where it starts.
        clashes.Select(c => (c.FirstId, c.SecondId, c.Kind)).Should().Equal(
            ("fine", "early", ClashKind.Overlap),
            ("early", "plenary", ClashKind.Separation));
    }

    [Fact]
    public void FindClashes_PairSharingTwoResources_IsReportedOncePerResourceInResourceOrder()
    {
        var aut = new ResourceKey("country", "AUT");
        var a = new SweepItem<string>("a", Range(0, 10), [ExpertE, aut, aut]);
        var b = new SweepItem<string>("b", Range(5, 15), [aut, ExpertE]);
        var clashes = new OverlapSweep(new OverlapSweepOptions()).FindClashes([b, a]);
        clashes.Select(c => c.Resource.ToString()).Should().Equal("country:AUT", "person:E");
        clashes.Should().OnlyContain(c => c.FirstId == "a" && c.SecondId == "b" && c.Interval == Range(5, 10));
    }

    [Fact]
    public void FindClashes_NullItem_ThrowsNamingPosition()
    {
        var sweep = new OverlapSweep(new OverlapSweepOptions());
        var act = () => sweep.FindClashes(new SweepItem<int>[] { new(1, Range(0, 1), [ExpertE]), null! });
        act.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("*position 1*");
    }

    [Fact]
    public void FindClashes_InstantBeyond2262_ThrowsNamingItem()
    {
        var far = InstantRange.FromInstants(Instant.FromUtc(2300, 1, 1, 0, 0), Instant.FromUtc(2300, 1, 2, 0, 0));
        var act = () => new OverlapSweep(new OverlapSweepOptions()).FindClashes([new SweepItem<string>("far-item", far, [ExpertE])]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*far-item*");
    }

    [Fact]
    public void Constructor_NegativeSeparation_Throws()
    {
        var options = new OverlapSweepOptions();
        options.Separations["country"] = Duration.FromMinutes(-1);
        var act = () => new OverlapSweep(options);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Separations[country]");
    }

    [Fact]
    public void SweepItem_ReachNotContainingRange_Throws()
    {
        var item = new SweepItem<string>("x", Range(10, 20), [ExpertE]);
        var act = () => item.WithReach(Range(11, 30));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reach").WithMessage("*x*");
        var noResource = () => new SweepItem<string>("y", Range(0, 1), []);
        noResource.Should().Throw<ArgumentException>().WithParameterName("resources");
    }

    [Fact]
    public void FindClashes_RandomItems_EqualsPairwiseOracleInDocumentedOrder()
    {
        var resourceGen = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2]).Select((k, v) => new ResourceKey(Kinds[k], "r" + v));
        var itemGen = Gen.Select(RangeGen(200), resourceGen.Array[1, 3], Gen.Int[0, 3], Gen.Int[0, 20], Gen.Int[0, 20]);
        var separationGen = Gen.Int[0, 15].Array[3];
        var kinds = new int[2];
        Gen.Select(itemGen.Array[0, 25], separationGen).Sample((raw, separations) =>
        {
            var items = raw.Select((t, i) =>
            {
                var (range, keys, paddingMode, before, after) = t;
                var item = new SweepItem<int>(i % 7, range, keys); // duplicate ids on purpose: ids are not identities
                return paddingMode switch
                {
                    1 => item.WithPadding(Duration.FromMinutes(before), Duration.FromMinutes(after)),
                    2 => item.WithReach(InstantRange.FromInstants(range.Start, range.End + Duration.FromMinutes(after))),
                    _ => item,
                };
            }).ToArray();
            var options = new OverlapSweepOptions();
            options.Separations["country"] = Duration.FromMinutes(separations[0]);
            options.Separations["person"] = Duration.FromMinutes(separations[1]);
            options.DefaultSeparation = Duration.FromMinutes(separations[2]);

            var actual = new OverlapSweep(options).FindClashes(items).ToList();
            Interlocked.Add(ref kinds[0], actual.Count(c => c.Kind == ClashKind.Overlap));
            Interlocked.Add(ref kinds[1], actual.Count(c => c.Kind == ClashKind.Separation));
            var expected = PairwiseOracle(items, options);

            actual.Should().Equal(
                expected,
                "items {0} with separations {1}; actual {2}; expected {3}",
                string.Join("; ", items.Select((x, i) => $"#{i} {MinuteOf(x.Range.Start)}-{MinuteOf(x.Range.End)} reach {MinuteOf(x.Reach.Start)}-{MinuteOf(x.Reach.End)} [{string.Join(",", x.Resources)}]")),
                string.Join(",", separations),
                string.Join("; ", actual.Select(Brief)),
                string.Join("; ", expected.Select(Brief)));
        }, iter: 1500);

        kinds[0].Should().BeGreaterThan(1000, "overlaps are exercised");
        kinds[1].Should().BeGreaterThan(1000, "separation shortfalls are exercised");
    }

    private static string Brief(OverlapClash<int> c) =>
        $"{c.Resource} #{c.FirstIndex}/#{c.SecondIndex} {c.Kind} {MinuteOf(c.Interval.Start)}-{MinuteOf(c.Interval.End)}";

    /// <summary>A plainly written O(n²) oracle of the documented rule and order.</summary>
    private static List<OverlapClash<int>> PairwiseOracle(SweepItem<int>[] items, OverlapSweepOptions options)
    {
        Duration Separation(string kind) => options.Separations.TryGetValue(kind, out var d) ? d : options.DefaultSeparation;

        bool Shortfall(SweepItem<int> e, SweepItem<int> l, Duration separation) =>
            e.Range.End <= l.Start() && (l.Start() - e.Range.End < separation || l.Start() < e.Reach.End || l.Reach.Start < e.Range.End);

        // Sweep order: start, non-empty before markers, markers by reach end descending, input position.
        int SweepCompare(int x, int y)
        {
            var c = items[x].Range.Start.CompareTo(items[y].Range.Start);
            if (c != 0) { return c; }
            if (items[x].Range.IsEmpty != items[y].Range.IsEmpty) { return items[x].Range.IsEmpty ? 1 : -1; }
            if (items[x].Range.IsEmpty)
            {
                c = items[y].Reach.End.CompareTo(items[x].Reach.End);
                if (c != 0) { return c; }
            }

            return x.CompareTo(y);
        }

        var found = new List<(ResourceKey Resource, int First, int Second)>();
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = 0; j < items.Length; j++)
            {
                if (i == j || SweepCompare(i, j) > 0)
                {
                    continue;
                }

                foreach (var key in items[i].Resources.Intersect(items[j].Resources))
                {
                    var sep = Separation(key.Kind);
                    InstantRange a = items[i].Range, b = items[j].Range;
                    if (a.Overlaps(b) || Shortfall(items[i], items[j], sep) || Shortfall(items[j], items[i], sep))
                    {
                        found.Add((key, i, j));
                    }
                }
            }
        }

        found.Sort((x, y) =>
        {
            var c = x.Resource.CompareTo(y.Resource);
            return c != 0 ? c : (c = SweepCompare(x.First, y.First)) != 0 ? c : SweepCompare(x.Second, y.Second);
        });

        return found.Select(f =>
        {
            SweepItem<int> a = items[f.First], b = items[f.Second];
            var overlap = a.Range.Overlaps(b.Range);
            var interval = overlap ? a.Range.Intersect(b.Range)!.Value : a.Range.GapTo(b.Range)!.Value;
            return new OverlapClash<int>(f.Resource, overlap ? ClashKind.Overlap : ClashKind.Separation, interval, a.Id, f.First, a.Range, b.Id, f.Second, b.Range);
        }).ToList();
    }
}

internal static class SweepItemTestExtensions
{
    public static Instant Start<T>(this SweepItem<T> item)
        where T : notnull => item.Range.Start;
}

public class OverlapSweepScaleTests
{
    [Fact]
    public void FindClashes_ThreeThousandItemsWithSharedHourStarts_MatchesPairwiseCount()
    {
        // Many items share a start (whole hours over 60 days), some are markers, some padded: the tie order matters.
        var rng = new Random(20250602);
        var origin = Instant.FromUtc(2025, 1, 1, 0, 0);
        var keys = Enumerable.Range(0, 40).Select(i => new ResourceKey(i % 2 == 0 ? "country" : "person", "r" + i)).ToArray();
        var items = Enumerable.Range(0, 3000).Select(i =>
        {
            var start = origin + Duration.FromHours(rng.Next(0, 60 * 24));
            var range = rng.Next(8) == 0 ? InstantRange.AtInstant(start) : InstantRange.StartingAt(start, Duration.FromHours(rng.Next(1, 48)));
            var item = new SweepItem<int>(i, range, [keys[rng.Next(keys.Length)], keys[rng.Next(keys.Length)]]);
            return rng.Next(4) == 0 ? item.WithPadding(Duration.FromHours(rng.Next(0, 6)), Duration.FromHours(rng.Next(0, 6))) : item;
        }).ToArray();
        var options = new OverlapSweepOptions();
        options.Separations["country"] = Duration.FromHours(3);

        var clashes = new OverlapSweep(options).FindClashes(items);

        var expected = 0;
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = i + 1; j < items.Length; j++)
            {
                foreach (var key in items[i].Resources)
                {
                    if (!items[j].Resources.Contains(key))
                    {
                        continue;
                    }

                    var sep = key.Kind == "country" ? Duration.FromHours(3) : Duration.Zero;
                    if (items[i].Range.Overlaps(items[j].Range) || TooClose(items[i], items[j], sep) || TooClose(items[j], items[i], sep))
                    {
                        expected++;
                    }
                }
            }
        }

        clashes.Count.Should().Be(expected);
        clashes.Should().OnlyHaveUniqueItems();
        clashes.Select(c => (c.Resource, c.FirstRange.Start)).Should().BeInAscendingOrder(Comparer<(ResourceKey, Instant)>.Create((x, y) =>
        {
            var c = x.Item1.CompareTo(y.Item1);
            return c != 0 ? c : x.Item2.CompareTo(y.Item2);
        }));
    }

    private static bool TooClose(SweepItem<int> e, SweepItem<int> l, Duration separation) =>
        e.Range.End <= l.Range.Start
        && (l.Range.Start - e.Range.End < separation || l.Range.Start < e.Reach.End || l.Reach.Start < e.Range.End);
}
