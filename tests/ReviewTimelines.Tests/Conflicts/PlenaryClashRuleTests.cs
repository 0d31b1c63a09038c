using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class PlenaryClashRuleTests
{
    private static readonly ConflictDetector OnlyThis = CountryVisitOverlapRuleTests.Detector(ConflictKind.PlenaryClash);

    [Fact]
    public void Detect_TwoMechanismsSameWeekSharedDelegations_OneSoftConflict()
    {
        var timetable = new ConflictWorld()
            .Plenary("GRECO 87th plenary", Greco, D(2021, 3, 22), D(2021, 3, 23), [Aut, Deu])
            .Plenary("WGB March plenary", Wgb, D(2021, 3, 25), D(2021, 3, 26), [Deu, Aut, Isr])
            .Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Kind.Should().Be(ConflictKind.PlenaryClash);
        conflict.Severity.Should().Be(ConflictSeverity.Soft);
        conflict.Items.Should().Equal(ConflictItemRef.For(new MeetingId("GRECO 87th plenary")), ConflictItemRef.For(new MeetingId("WGB March plenary")));
        conflict.Resource.Should().Be(TimetableResource.ForCountry(Aut));
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 23, 23, 0), Instant.FromUtc(2021, 3, 24, 23, 0)));
        conflict.Description.Should().Be(
            "GRECO 87th plenary (2021-03-22 to 2021-03-23) and WGB March plenary (2021-03-25 to 2021-03-26) fall in the same week and share 2 delegations (Austria, Germany).");
    }

    [Fact]
    public void Detect_NextWeekAcrossTheDstChange_NoConflict()
    {
        // The GRECO week ends Mon 29 March 00:00 Paris, which is already CEST (2021-03-28T22:00Z): the WGB plenary starts there.
        var timetable = new ConflictWorld()
            .Plenary("GRECO 87th plenary", Greco, D(2021, 3, 22), D(2021, 3, 26), [Aut])
            .Plenary("WGB plenary", Wgb, D(2021, 3, 29), D(2021, 3, 30), [Aut])
            .Build();

        OnlyThis.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_SameMechanismOrNothingShared_NoConflict()
    {
        var timetable = new ConflictWorld()
            .Plenary("GRECO plenary", Greco, D(2021, 3, 22), D(2021, 3, 23), [Aut])
            .Plenary("GRECO bureau", Greco, D(2021, 3, 25), D(2021, 3, 25), [Aut])
            .Plenary("WGB plenary", Wgb, D(2021, 3, 24), D(2021, 3, 24), [Isr])
            .Build();

        OnlyThis.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_SharedSecretariatStaff_SoftWhenApartHardDoubleBookingWhenOverlapping()
    {
        var apart = new ConflictWorld()
            .Plenary("GRECO plenary", Greco, D(2021, 3, 22), D(2021, 3, 23), [], GrecoStaff)
            .Plenary("WGB plenary", Wgb, D(2021, 3, 24), D(2021, 3, 24), [], GrecoStaff)
            .Build();
        var overlapping = new ConflictWorld()
            .Plenary("GRECO plenary", Greco, D(2021, 3, 22), D(2021, 3, 23), [], GrecoStaff)
            .Plenary("WGB plenary", Wgb, D(2021, 3, 23), D(2021, 3, 24), [], GrecoStaff)
            .Build();
        var detector = CountryVisitOverlapRuleTests.Detector(ConflictKind.PlenaryClash, ConflictKind.PersonDoubleBooked);

        var soft = detector.Detect(apart).Should().ContainSingle().Subject;
        soft.Kind.Should().Be(ConflictKind.PlenaryClash);
        soft.Resource.Should().Be(TimetableResource.ForPerson(GrecoStaff));
        soft.Description.Should().Be("GRECO plenary (2021-03-22 to 2021-03-23) and WGB plenary (2021-03-24) fall in the same week and both need Claire Martin.");
        var hard = detector.Detect(overlapping).Should().ContainSingle().Subject;
        hard.Kind.Should().Be(ConflictKind.PersonDoubleBooked);
        hard.Severity.Should().Be(ConflictSeverity.Hard);
    }
}
