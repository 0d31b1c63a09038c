using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Intervals;

/// <summary>Every example in docs/concepts.md, verbatim, so the documentation cannot drift from the code.</summary>
public class ConceptsDocTests
{
    private static readonly Instant Nine = Instant.FromUtc(2025, 6, 2, 9, 0);
    private static readonly Instant Ten = Instant.FromUtc(2025, 6, 2, 10, 0);
    private static readonly Instant Eleven = Instant.FromUtc(2025, 6, 2, 11, 0);

    [Fact]
    public void HalfOpen_TouchingRanges_MeetButDoNotOverlap()
    {
        var first = InstantRange.FromInstants(Nine, Ten);     // [09:00, 10:00)
        var second = InstantRange.FromInstants(Ten, Eleven);  // [10:00, 11:00)

        first.Overlaps(second).Should().BeFalse();
        first.Relate(second).Should().Be(AllenRelation.Meets);
        first.GapTo(second).Should().Be(InstantRange.AtInstant(Ten)); // a zero-length gap
    }

    [Fact]
    public void Marker_DeadlineAtTen_StartsTheLaterRangeAndMeetsTheEarlierOne()
    {
        var deadline = InstantRange.AtInstant(Ten);           // [10:00, 10:00)

        deadline.Overlaps(InstantRange.FromInstants(Ten, Eleven)).Should().BeTrue();
        deadline.Relate(InstantRange.FromInstants(Ten, Eleven)).Should().Be(AllenRelation.Starts);
        deadline.Overlaps(InstantRange.FromInstants(Nine, Ten)).Should().BeFalse();
        deadline.Relate(InstantRange.FromInstants(Nine, Ten)).Should().Be(AllenRelation.MetBy);
        deadline.Overlaps(deadline).Should().BeFalse();
        deadline.Relate(deadline).Should().Be(AllenRelation.Equal);
    }

    [Fact]
    public void Sets_FreeTimeOfTheMorning_IsTheComplementOfTheBusyTime()
    {
        var busy = InstantRangeSet.FromRanges(
            InstantRange.FromInstants(Nine, Ten),
            InstantRange.FromInstants(Ten, Ten + Duration.FromMinutes(30)));   // touching: merged
        var morning = InstantRange.FromInstants(Instant.FromUtc(2025, 6, 2, 8, 0), Instant.FromUtc(2025, 6, 2, 12, 0));

        busy.ToString().Should().Be("{2025-06-02T09:00:00Z/2025-06-02T10:30:00Z}");
        busy.ComplementWithin(morning).ToString().Should().Be(
            "{2025-06-02T08:00:00Z/2025-06-02T09:00:00Z, 2025-06-02T10:30:00Z/2025-06-02T12:00:00Z}");
        busy.GapsOfAtLeast(morning, Duration.FromHours(1.5)).Should().Equal(
            InstantRange.FromInstants(Ten + Duration.FromMinutes(30), Instant.FromUtc(2025, 6, 2, 12, 0)));
    }

    [Fact]
    public void Sweep_TwoVisitsTenDaysApart_FallShortOfAFourteenDaySeparation()
    {
        var austria = new ResourceKey("country", "AUT");
        var greco = new SweepItem<string>("GRECO-visit", Days(2025, 3, 3, 5), [austria]);   // 3-7 March
        var wgb = new SweepItem<string>("WGB-visit", Days(2025, 3, 18, 4), [austria]);      // 18-21 March

        var options = new OverlapSweepOptions();
        options.Separations["country"] = Duration.FromDays(14);
        var clashes = new OverlapSweep(options).FindClashes([wgb, greco]);

        var clash = clashes.Should().ContainSingle().Subject;
        clash.Kind.Should().Be(ClashKind.Separation);
        clash.FirstId.Should().Be("GRECO-visit");
        clash.Interval.ToString().Should().Be("2025-03-08T00:00:00Z/2025-03-18T00:00:00Z"); // the 10-day gap
    }

    [Fact]
    public void Sweep_ReachComputedInWorkingDays_IsPassedInByTheCaller()
    {
        var austria = new ResourceKey("country", "AUT");

        // The calendar layer worked out that "10 working days after the visit" ends on 21 March 2025.
        var visit = new SweepItem<string>("visit", Days(2025, 3, 3, 5), [austria])
            .WithReach(InstantRange.FromInstants(Instant.FromUtc(2025, 3, 3, 0, 0), Instant.FromUtc(2025, 3, 22, 0, 0)));
        var deadline = new SweepItem<string>("replies-due", InstantRange.AtInstant(Instant.FromUtc(2025, 3, 21, 0, 0)), [austria]);

        var clash = new OverlapSweep(new OverlapSweepOptions()).FindClashes([visit, deadline]).Should().ContainSingle().Subject;
        clash.Kind.Should().Be(ClashKind.Separation);
        clash.SecondId.Should().Be("replies-due");
    }

    [Fact]
    public void Slots_BufferedBookingOnAnHourlyGrid_LeaveFourStarts()
    {
        var expert = new SlotResource(
            new ResourceKey("person", "expert"),
            availability: InstantRangeSet.FromRanges(InstantRange.FromInstants(Instant.FromUtc(2025, 6, 2, 8, 0), Instant.FromUtc(2025, 6, 2, 15, 0))),
            busy: InstantRangeSet.FromRanges(InstantRange.FromInstants(Ten, Eleven)),
            busyBefore: Duration.FromHours(1),
            busyAfter: Duration.FromHours(1));                                   // blocks [09:00, 12:00)
        var finder = new SlotFinder(new SlotFinderOptions
        {
            Duration = Duration.FromHours(1),
            Grid = SlotGrid.Every(Duration.FromHours(1)),
        });
        var day = InstantRange.FromInstants(Instant.FromUtc(2025, 6, 2, 0, 0), Instant.FromUtc(2025, 6, 3, 0, 0));

        finder.FindAll(day, [expert]).Slots.Select(s => s.Start.InUtc().Hour).Should().Equal(8, 12, 13, 14);
        var rejected = finder.Check(day, [expert], Eleven);
        rejected.IsAccepted.Should().BeFalse();
        rejected.Problems.Single().Kind.Should().Be(SlotProblemKind.InsideBuffer);
    }

    [Fact]
    public void Slots_HourlyGridInKathmandu_StartsAtQuarterPastUtc()
    {
        var kathmandu = DateTimeZoneProviders.Tzdb["Asia/Kathmandu"];
        var grid = SlotGrid.InZone(kathmandu, Duration.FromHours(1), Duration.Zero);

        grid.NextAtOrAfter(Instant.FromUtc(2025, 6, 2, 3, 0)).Should().Be(Instant.FromUtc(2025, 6, 2, 3, 15)); // 09:00 +05:45
        grid.Contains(Instant.FromUtc(2025, 6, 2, 4, 0)).Should().BeFalse();                                      // 09:45 local
    }

    private static InstantRange Days(int year, int month, int day, int days) =>
        InstantRange.StartingAt(Instant.FromUtc(year, month, day, 0, 0), Duration.FromDays(days));
}
