using CsCheck;
using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.Text;
using ReviewTimelines.Intervals;
using static ReviewTimelines.Tests.Intervals.Minutes;

namespace ReviewTimelines.Tests.Intervals;

public class SlotFinderTests
{
    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
    private static readonly DateTimeZone Kathmandu = DateTimeZoneProviders.Tzdb["Asia/Kathmandu"];
    private static readonly ResourceKey Expert = new("person", "expert");

    private static Instant Local(DateTimeZone zone, string localDateTime) =>
        LocalDateTimePattern.GeneralIso.Parse(localDateTime).Value.InZoneStrictly(zone).ToInstant();

    private static InstantRange LocalRange(DateTimeZone zone, string date, string start, string end) =>
        InstantRange.FromInstants(Local(zone, $"{date}T{start}:00"), Local(zone, $"{date}T{end}:00"));

    private static string LocalTime(DateTimeZone zone, Instant instant) =>
        LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(instant.InZone(zone).TimeOfDay);

    [Fact]
    public void BC07_HourlyGridInKathmandu_GivesEightSlotsAtQuarterPastUtc()
    {
        var workingHours = LocalRange(Kathmandu, "2025-06-02", "09:00", "17:00");
        var expert = new SlotResource(Expert, InstantRangeSet.FromRanges(workingHours), InstantRangeSet.Empty, Duration.Zero, Duration.Zero);
        var finder = new SlotFinder(new SlotFinderOptions
        {
            Duration = Duration.FromMinutes(60),
            Grid = SlotGrid.InZone(Kathmandu, Duration.FromHours(1), Duration.Zero),
        });

        var result = finder.FindAll(workingHours, [expert]);

        result.Slots.Select(s => InstantPattern.ExtendedIso.Format(s.Start)).Should().Equal(
            "2025-06-02T03:15:00Z", "2025-06-02T04:15:00Z", "2025-06-02T05:15:00Z", "2025-06-02T06:15:00Z",
            "2025-06-02T07:15:00Z", "2025-06-02T08:15:00Z", "2025-06-02T09:15:00Z", "2025-06-02T10:15:00Z");
        result.Slots.Select(s => LocalTime(Kathmandu, s.Start)).Should().Equal("09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00");
        result.Slots.Should().NotContain(s => LocalTime(Kathmandu, s.Start) == "08:45" || LocalTime(Kathmandu, s.Start) == "09:15");
        var offset = Kathmandu.GetUtcOffset(result.Slots[0].Start);
        OffsetPattern.GeneralInvariant.Format(offset).Should().Be("+05:45");
        OffsetPattern.CreateWithInvariantCulture("+HHmm").Format(offset).Should().Be("+0545");

        // The BC-07 bug for contrast: a grid aligned in UTC gives starts at 04:00Z, i.e. 09:45 local.
        var utcGrid = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromMinutes(60), Grid = SlotGrid.Every(Duration.FromHours(1)) });
        LocalTime(Kathmandu, utcGrid.FindFirst(workingHours, [expert]).Slots[0].Start).Should().Be("09:45");
    }

    private static SlotResource Bc23Expert(string workEnd, bool withSecondBooking)
    {
        var day = "2025-06-02";
        var availability = InstantRangeSet.FromRanges(LocalRange(Vienna, day, "08:00", workEnd));
        var booking = LocalRange(Vienna, day, "10:00", "11:00");
        var blocked = new List<InstantRange> { booking.Widen(Duration.FromMinutes(60), Duration.FromMinutes(60)) };
        var busy = new List<InstantRange> { booking };
        if (withSecondBooking)
        {
            busy.Add(LocalRange(Vienna, day, "12:50", "13:50"));
            blocked.Add(LocalRange(Vienna, day, "12:50", "13:50"));
        }

        return new SlotResource(Expert, availability, InstantRangeSet.FromRanges(busy), InstantRangeSet.FromRanges(blocked));
    }

    [Fact]
    public void BC23a_BuffersOnBothSides_OfferEightTwelveThirteenFourteen()
    {
        var expert = new SlotResource(
            Expert,
            InstantRangeSet.FromRanges(LocalRange(Vienna, "2025-06-02", "08:00", "15:00")),
            InstantRangeSet.FromRanges(LocalRange(Vienna, "2025-06-02", "10:00", "11:00")),
            Duration.FromMinutes(60),
            Duration.FromMinutes(60));
        expert.Blocked.Should().Equal(LocalRange(Vienna, "2025-06-02", "09:00", "12:00"));
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromMinutes(60), Grid = SlotGrid.InZone(Vienna, Duration.FromHours(1), Duration.Zero) });

        var result = finder.FindAll(LocalRange(Vienna, "2025-06-02", "00:00", "23:00"), [expert]);

        result.Slots.Select(s => LocalTime(Vienna, s.Start)).Should().Equal("08:00", "12:00", "13:00", "14:00");
        result.Slots[0].End.Should().Be(expert.Blocked[0].Start, "the 08:00 slot ends exactly where the before-buffer starts");
    }

    [Fact]
    public void BC23b_OwnBeforeBufferOnFiveMinuteGrid_EarliestStartIsFourteenFive()
    {
        // Situation (a)'s booking (with its buffers) stays; add 12:50-13:50 and work until 16:00. The new meeting's own
        // 15-minute before-buffer is working time, so it may not start before 08:00 nor overlap 12:50-13:50.
        var expert = Bc23Expert("16:00", withSecondBooking: true);
        var finder = new SlotFinder(new SlotFinderOptions
        {
            Duration = Duration.FromMinutes(60),
            Before = Duration.FromMinutes(15),
            Grid = SlotGrid.InZone(Vienna, Duration.FromMinutes(5), Duration.Zero),
        });

        var result = finder.FindFirst(LocalRange(Vienna, "2025-06-02", "00:00", "23:00"), [expert]);

        result.Found.Should().BeTrue();
        LocalTime(Vienna, result.Slots[0].Start).Should().Be("14:05");
        result.Slots[0].Should().Be(LocalRange(Vienna, "2025-06-02", "14:05", "15:05"));
    }

    [Fact]
    public void BC23c_DirectBookingInsideAfterBuffer_IsRejected()
    {
        var expert = Bc23Expert("15:00", withSecondBooking: false);
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromMinutes(60), Grid = SlotGrid.InZone(Vienna, Duration.FromHours(1), Duration.Zero) });

        var check = finder.Check(LocalRange(Vienna, "2025-06-02", "00:00", "23:00"), [expert], Local(Vienna, "2025-06-02T11:30:00"));

        check.IsAccepted.Should().BeFalse();
        var buffer = check.Problems.Should().ContainSingle(p => p.Kind == SlotProblemKind.InsideBuffer).Subject;
        buffer.Resource.Should().Be(Expert);
        buffer.Conflict.Should().Be(LocalRange(Vienna, "2025-06-02", "11:30", "12:00"));
        buffer.Message.Should().Be("person:expert has a buffer around an existing item during 2025-06-02T09:30:00Z/2025-06-02T10:00:00Z.");
        check.Problems.Should().Contain(p => p.Kind == SlotProblemKind.NoAlignedStart, "11:30 is also off the hourly grid");

        // On the grid and clear of the buffer, the same check accepts 12:00.
        finder.Check(LocalRange(Vienna, "2025-06-02", "00:00", "23:00"), [expert], Local(Vienna, "2025-06-02T12:00:00")).IsAccepted.Should().BeTrue();
    }

    [Fact]
    public void FindAll_HourlyViennaGridOnSpringForwardDay_SkipsTwoOClock()
    {
        var day = InstantRange.FromInstants(Local(Vienna, "2025-03-30T00:00:00"), Local(Vienna, "2025-03-31T00:00:00"));
        day.Duration.Should().Be(Duration.FromHours(23));
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromHours(1), Grid = SlotGrid.InZone(Vienna, Duration.FromHours(1), Duration.Zero) });

        var slots = finder.FindAll(day, []).Slots;

        slots.Should().HaveCount(23);
        slots.Select(s => LocalTime(Vienna, s.Start)).Take(3).Should().Equal("00:00", "01:00", "03:00");
        slots[2].Start.Should().Be(Instant.FromUtc(2025, 3, 30, 1, 0));
    }

    [Fact]
    public void FindAll_HourlyViennaGridOnFallBackDay_OffersTwoOClockTwice()
    {
        var day = InstantRange.FromInstants(Local(Vienna, "2025-10-26T00:00:00"), Local(Vienna, "2025-10-27T00:00:00"));
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromHours(1), Grid = SlotGrid.InZone(Vienna, Duration.FromHours(1), Duration.Zero) });

        var slots = finder.FindAll(day, []).Slots;

        slots.Should().HaveCount(25);
        slots.Select(s => LocalTime(Vienna, s.Start)).Take(5).Should().Equal("00:00", "01:00", "02:00", "02:00", "03:00");
        slots[2].Start.Should().Be(Instant.FromUtc(2025, 10, 26, 0, 0));
        slots[3].Start.Should().Be(Instant.FromUtc(2025, 10, 26, 1, 0));
    }

    [Fact]
    public void FindFirst_WindowShorterThanDuration_SaysSo()
    {
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromMinutes(60) });
        var result = finder.FindFirst(Range(0, 59), []);
        result.Found.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Kind.Should().Be(SlotProblemKind.WindowShorterThanDuration);
        result.Problems[0].Message.Should().Be("No PT1H slot fits in 2025-01-01T00:00:00Z/2025-01-01T00:59:00Z: the window is shorter than the slot.");
    }

    [Fact]
    public void FindFirst_NoGridPointLeavesRoom_ReportsNoAlignedStart()
    {
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromMinutes(30), Grid = SlotGrid.Every(Duration.FromHours(1)) });
        var result = finder.FindFirst(Range(10, 80), []);
        result.Problems.Should().ContainSingle().Which.Kind.Should().Be(SlotProblemKind.NoAlignedStart);
    }

    [Fact]
    public void FindFirst_NothingFits_BlamesEachResourceWithItsConstraint()
    {
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromMinutes(30) });
        var unavailable = new SlotResource(new ResourceKey("person", "a"), InstantRangeSet.FromRanges(Range(0, 20)), InstantRangeSet.Empty, Duration.Zero, Duration.Zero);
        var busy = new SlotResource(new ResourceKey("person", "b"), InstantRangeSet.FromRanges(Range(0, 120)), InstantRangeSet.FromRanges(Range(40, 60)), Duration.FromMinutes(20), Duration.FromMinutes(45));
        var free = new SlotResource(new ResourceKey("seat", "c"), InstantRangeSet.FromRanges(Range(0, 120)), InstantRangeSet.Empty, Duration.Zero, Duration.Zero);

        var result = finder.FindFirst(Range(0, 120), [unavailable, busy, free]);

        result.Problems.Select(p => (p.Kind, p.Resource?.ToString())).Should().Equal(
            (SlotProblemKind.NoAvailabilityInWindow, "person:a"),
            (SlotProblemKind.BusyOverAllCandidateStarts, "person:b"));
    }

    [Fact]
    public void FindFirst_ResourcesFreeAtDifferentTimes_ReportsNoCommonFreeTime()
    {
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromMinutes(30) });
        var morning = new SlotResource(new ResourceKey("person", "a"), InstantRangeSet.FromRanges(Range(0, 60)), InstantRangeSet.Empty, Duration.Zero, Duration.Zero);
        var afternoon = new SlotResource(new ResourceKey("person", "b"), InstantRangeSet.FromRanges(Range(60, 120)), InstantRangeSet.Empty, Duration.Zero, Duration.Zero);

        var result = finder.FindFirst(Range(0, 120), [morning, afternoon]);

        result.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = SlotProblemKind.NoCommonFreeTime, Resource = (ResourceKey?)null });
    }

    [Fact]
    public void FindBest_PreferredStart_RanksByDistanceThenEarlier()
    {
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromMinutes(10), Grid = SlotGrid.Every(Duration.FromMinutes(10)) });
        var result = finder.FindBest(Range(0, 100), [], 4, At(35));
        result.Slots.Select(s => MinuteOf(s.Start)).Should().Equal(30, 40, 20, 50);
    }

    [Fact]
    public void ToString_Grids_AreIsoPeriodsAndZoneIds()
    {
        SlotGrid.InZone(Kathmandu, Duration.FromHours(1), Duration.Zero).ToString().Should().Be("every PT1H in Asia/Kathmandu");
        SlotGrid.InZone(Vienna, Duration.FromHours(1), Duration.FromMinutes(30)).ToString().Should().Be("every PT1H in Europe/Vienna at +PT30M");
        SlotGrid.Every(Duration.FromMinutes(5)).ToString().Should().Be("every PT5M in UTC");
    }

    [Fact]
    public void Check_OffGridStartInKathmandu_NamesTheGrid()
    {
        var finder = new SlotFinder(new SlotFinderOptions { Duration = Duration.FromHours(1), Grid = SlotGrid.InZone(Kathmandu, Duration.FromHours(1), Duration.Zero) });
        var check = finder.Check(Range(0, 1440), [], Instant.FromUtc(2025, 1, 1, 4, 0));
        check.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "The start 2025-01-01T04:00:00Z is not on the grid (every PT1H in Asia/Kathmandu).");
    }

    [Fact]
    public void Constructor_BadOptions_Throw()
    {
        var zero = () => new SlotFinder(new SlotFinderOptions { Duration = Duration.Zero });
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.Duration");
        var step = () => SlotGrid.Every(Duration.FromMinutes(7));
        step.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
        var anchor = () => SlotGrid.InZone(Vienna, Duration.FromHours(1), Duration.FromHours(1));
        anchor.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("anchor");
        var twice = () => new SlotFinder(new SlotFinderOptions()).FindFirst(Range(0, 100), [
            new SlotResource(Expert, InstantRangeSet.Empty, InstantRangeSet.Empty, Duration.Zero, Duration.Zero),
            new SlotResource(Expert, InstantRangeSet.Empty, InstantRangeSet.Empty, Duration.Zero, Duration.Zero)]);
        twice.Should().Throw<ArgumentException>().WithParameterName("resources").WithMessage("*person:expert*twice*");
    }

    private sealed record Scenario(
        InstantRange Window,
        int Duration,
        int Before,
        int After,
        int Step,
        int Anchor,
        DateTimeZone Zone,
        (InstantRangeSet Availability, InstantRange[] Busy, int BusyBefore, int BusyAfter)[] Resources,
        int Preferred,
        int K);

    private static readonly int[] Steps = [1, 2, 3, 5, 10, 15, 20, 30, 60];

    private static readonly Gen<InstantRangeSet> AvailabilityGen =
        Gen.Select(Gen.Int[0, 300], Gen.Int[0, 200]).Select((a, l) => Range(a, a + l)).Array[1, 4].Select(rs => InstantRangeSet.FromRanges(rs));

    private static readonly Gen<Scenario> ScenarioGen =
        Gen.Select(
            Gen.Select(Gen.Select(Gen.Int[0, 200], Gen.Int[0, 150], (a, l) => Range(a, a + l)), Gen.Int[1, 40], Gen.Int[0, 10], Gen.Int[0, 10]),
            Gen.Select(Gen.Int[0, Steps.Length - 1], Gen.Int[0, 59], Gen.Int[-12, 24], Gen.Int[-12, 24], Gen.Int[0, 300]),
            Gen.Select(AvailabilityGen, RangeGen(300).Array[0, 6], Gen.Int[0, 10], Gen.Int[0, 10]).Array[0, 3],
            Gen.Select(Gen.Int[0, 300], Gen.Int[1, 5]))
        .Select((w, g, rs, p) =>
        {
            var step = Steps[g.Item1];
            var zone = new SingleTransitionDateTimeZone(At(g.Item5), Offset.FromSeconds(g.Item3 * 15 * 60), Offset.FromSeconds(g.Item4 * 15 * 60));
            return new Scenario(w.Item1, w.Item2, w.Item3, w.Item4, step, g.Item2 % step, zone, rs, p.Item1, p.Item2);
        });

    [Fact]
    public void Finder_RandomScenarios_MatchesBruteForceOverEveryMinute()
    {
        var withSlots = 0;
        var withResourcesAndSlots = 0;
        ScenarioGen.Sample(sc =>
        {
            var resources = sc.Resources.Select((r, i) =>
                new SlotResource(new ResourceKey("person", "p" + i), r.Availability, InstantRangeSet.FromRanges(r.Busy), Duration.FromMinutes(r.BusyBefore), Duration.FromMinutes(r.BusyAfter))).ToArray();
            var finder = new SlotFinder(new SlotFinderOptions
            {
                Duration = Duration.FromMinutes(sc.Duration),
                Before = Duration.FromMinutes(sc.Before),
                After = Duration.FromMinutes(sc.After),
                Grid = SlotGrid.InZone(sc.Zone, Duration.FromMinutes(sc.Step), Duration.FromMinutes(sc.Anchor)),
            });

            // Brute force: every whole minute of the window, aligned by reading the wall clock directly.
            bool Aligned(int t)
            {
                var localMinute = (t + (int)(sc.Zone.GetUtcOffset(At(t)).Seconds / 60)) % 1440;
                localMinute = (localMinute + 1440) % 1440;
                return (localMinute - sc.Anchor + 1440) % sc.Step == 0;
            }

            bool Blocked(int m, (InstantRangeSet Availability, InstantRange[] Busy, int BusyBefore, int BusyAfter) r) =>
                r.Busy.Any(b => !b.IsEmpty && MinuteOf(b.Start) - r.BusyBefore <= m && m < MinuteOf(b.End) + r.BusyAfter);

            bool Valid(int t) =>
                Aligned(t) && sc.Resources.All(r =>
                    Enumerable.Range(t - sc.Before, sc.Before + sc.Duration + sc.After).All(m => r.Availability.Contains(At(m)) && !Blocked(m, r)));

            int ws = MinuteOf(sc.Window.Start), we = MinuteOf(sc.Window.End);
            var expected = Enumerable.Range(ws, Math.Max(0, we - sc.Duration - ws + 1)).Where(Valid).ToList();

            var all = finder.FindAll(sc.Window, resources);
            if (expected.Count > 0)
            {
                Interlocked.Increment(ref withSlots);
                if (resources.Length > 0)
                {
                    Interlocked.Increment(ref withResourcesAndSlots);
                }
            }

            all.Slots.Select(s => MinuteOf(s.Start)).Should().Equal(expected);
            foreach (var slot in all.Slots)
            {
                slot.Duration.Should().Be(Duration.FromMinutes(sc.Duration));
                var footprint = slot.Widen(finder.Before, finder.After);
                foreach (var r in resources)
                {
                    r.Availability.Covers(footprint).Should().BeTrue("the footprint never leaves availability");
                    r.Blocked.Overlaps(footprint).Should().BeFalse("the footprint never overlaps buffered busy time");
                    r.Busy.Overlaps(slot).Should().BeFalse();
                }

                sc.Window.Contains(slot).Should().BeTrue();
            }

            var first = finder.FindFirst(sc.Window, resources);
            first.Slots.Select(s => MinuteOf(s.Start)).Should().Equal(expected.Take(1), "no earlier valid aligned start exists");
            (first.Problems.Count > 0).Should().Be(expected.Count == 0);
            if (expected.Count == 0 && we - ws < sc.Duration)
            {
                first.Problems.Should().ContainSingle().Which.Kind.Should().Be(SlotProblemKind.WindowShorterThanDuration);
            }

            var best = finder.FindBest(sc.Window, resources, sc.K, At(sc.Preferred));
            best.Slots.Select(s => MinuteOf(s.Start)).Should().Equal(
                expected.OrderBy(t => Math.Abs(t - sc.Preferred)).ThenBy(t => t).Take(sc.K));

            var probe = ws + (sc.Preferred % Math.Max(1, we - ws + 1));
            finder.Check(sc.Window, resources, At(probe)).IsAccepted.Should().Be(expected.Contains(probe), "a direct booking follows the search rule");
        }, iter: 1500, threads: 1);

        // Guard against a vacuous property: many scenarios must actually contain slots.
        withSlots.Should().BeGreaterThan(300);
        withResourcesAndSlots.Should().BeGreaterThan(100);
    }
}
