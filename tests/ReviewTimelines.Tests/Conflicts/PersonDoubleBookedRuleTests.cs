using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class PersonDoubleBookedRuleTests
{
    private static readonly ConflictDetector OnlyPersons = CountryVisitOverlapRuleTests.Detector(ConflictKind.PersonDoubleBooked);

    [Fact]
    public void Detect_ExpertOnTwoOverlappingVisits_ReportsInExpertsZone()
    {
        var timetable = new ConflictWorld()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12), Expert)
            .Visit("WGB-ISR-visit", Wgb, Isr, D(2021, 3, 11), D(2021, 3, 15), Expert)
            .Build();

        var conflict = OnlyPersons.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Kind.Should().Be(ConflictKind.PersonDoubleBooked);
        conflict.Resource.Should().Be(TimetableResource.ForPerson(Expert));
        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("GRECO-AUT-visit")), ConflictItemRef.For(new StageId("WGB-ISR-visit")));

        // Israel's 11 March starts at 2021-03-10T22:00Z; Austria's 12 March ends at 2021-03-12T23:00Z.
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 10, 22, 0), Instant.FromUtc(2021, 3, 12, 23, 0)));
        conflict.Description.Should().Be(
            "Anna Becker is booked on both GRECO's country visit to Austria (2021-03-08 to 2021-03-12) and OECD WGB's country visit to Israel (2021-03-10 23:00 to 2021-03-15 23:00), which overlap by 49 h.");
    }

    [Fact]
    public void BC11_TouchingSessionsAcrossZones_DoNotClash()
    {
        // BC-11: 09:00-10:00 Vienna and 04:00-05:00 New York meet at 08:00Z; B' starting one second earlier clashes for 1 s.
        var a = InstantRange.FromInstants(Instant.FromUtc(2025, 6, 2, 7, 0), Instant.FromUtc(2025, 6, 2, 8, 0));
        var b = InstantRange.FromInstants(Instant.FromUtc(2025, 6, 2, 8, 0), Instant.FromUtc(2025, 6, 2, 9, 0));
        var touching = new ConflictWorld()
            .Review("R1", Greco, Aut, TimedStage("A", StageKind.Teleconference, a.Start, a.End, Vienna, NyExpert))
            .Review("R2", Wgb, Isr, TimedStage("B", StageKind.Teleconference, b.Start, b.End, NewYork, NyExpert))
            .Build();
        var clashing = new ConflictWorld()
            .Review("R1", Greco, Aut, TimedStage("A", StageKind.Teleconference, a.Start, a.End, Vienna, NyExpert))
            .Review("R2", Wgb, Isr, TimedStage("B", StageKind.Teleconference, b.Start - Duration.FromSeconds(1), b.End, NewYork, NyExpert))
            .Build();

        OnlyPersons.Detect(touching).Should().BeEmpty();
        var conflict = OnlyPersons.Detect(clashing).Should().ContainSingle().Subject;
        conflict.Interval.Duration.Should().Be(Duration.FromSeconds(1));
        conflict.Description.Should().Be(
            "Mary Jones is booked on both GRECO's stage \"Teleconference\" for Austria (2025-06-02 03:00 to 04:00) and OECD WGB's stage \"Teleconference\" for Israel (2025-06-02 03:59 to 05:00), which overlap by 1 min.");
    }

    [Fact]
    public void Detect_DifferentPeople_NoConflict()
    {
        var timetable = new ConflictWorld()
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12), Expert)
            .Visit("B", Wgb, Isr, D(2021, 3, 8), D(2021, 3, 12), OtherExpert)
            .Build();

        OnlyPersons.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_ZeroLengthDeadlineMarker_OccupiesNobody()
    {
        var t = Instant.FromUtc(2021, 3, 10, 12, 0);
        var timetable = new ConflictWorld()
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12), Expert)
            .Review("R2", Wgb, Isr, TimedStage("B-deadline", StageKind.Deadline, t, t, Jerusalem, Expert))
            .Build();

        OnlyPersons.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_OutsideBusyOnPerson_ReportsAgainstTheFeed()
    {
        var timetable = new ConflictWorld().Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12), Expert).Build();
        var busy = new ExternalBusy(
            "oecd.ics#1",
            TimetableResource.ForPerson(Expert),
            InstantRange.FromInstants(Instant.FromUtc(2021, 3, 12, 8, 0), Instant.FromUtc(2021, 3, 12, 10, 0)),
            "an IAP meeting in Paris");
        var other = new ExternalBusy("oecd.ics#2", TimetableResource.ForPerson(Expert), busy.Range, "a second outside meeting");

        var conflicts = OnlyPersons.Detect(timetable, [busy, other]);

        conflicts.Should().HaveCount(2, "outside intervals are checked against the timetable, not against each other");
        conflicts[0].Description.Should().Be(
            "Anna Becker is booked on both GRECO's country visit to Austria (2021-03-08 to 2021-03-12) and an IAP meeting in Paris (2021-03-12 09:00 to 11:00), which overlap by 2 h.");
    }
}
