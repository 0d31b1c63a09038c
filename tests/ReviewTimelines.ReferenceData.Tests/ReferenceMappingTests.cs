using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using ReviewTimelines.ReferenceData;
using static ReviewTimelines.ReferenceData.Tests.TestCatalog;

namespace ReviewTimelines.ReferenceData.Tests;

public class ReferenceMappingTests
{
    private static readonly CountryCode Aut = new("AUT");

    private static PublishedMeeting Published(string id) => Catalog.Meetings.Single(m => m.Id.Value == id);

    private static MechanismProfile Host(PublishedMeeting m) => Catalog[m.Mechanism];

    [Fact]
    public void ToMeeting_IrgSessionInVienna_HoldsTheSeatAndAllMemberStates()
    {
        var published = Published("IRG-12");
        var meeting = ReferenceMapping.ToMeeting(published, Host(published));
        meeting.Id.Should().Be(published.Id);
        meeting.Mechanism.Should().Be(ReferenceMechanisms.UncacIrm);
        meeting.Kind.Should().Be(MeetingKind.ImplementationReviewGroupSession);
        meeting.Name.Should().Be("IRG 12th session");
        meeting.Timing.Should().Be(ItemTiming.AllDay(new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18), Tzdb["Europe/Vienna"]));
        meeting.Seat.Should().Be(ReferenceMechanisms.UncacIrm);
        meeting.Format.Should().Be(MeetingFormat.NotStated, "the source does not state the format");
        meeting.AllMemberStates.Should().BeTrue();
        meeting.IsPinned.Should().BeTrue();
        meeting.Source.Should().BeSameAs(published.Source);
    }

    [Theory]
    [InlineData("FATF-2021-06", MeetingFormat.Virtual, null, true)]
    [InlineData("FATF-2021-10", MeetingFormat.Hybrid, "FATF", true)]
    [InlineData("COSP-09", MeetingFormat.NotStated, null, true)]
    [InlineData("UNGASS-2021", MeetingFormat.Hybrid, null, false)]
    [InlineData("GRECO-2020-10", MeetingFormat.NotStated, "GRECO", true)]
    public void ToMeeting_FormatSeatAndAttendance_FollowVenueAndKind(string id, MeetingFormat format, string? seat, bool allMembers)
    {
        var published = Published(id);
        var meeting = ReferenceMapping.ToMeeting(published, Host(published));
        meeting.Format.Should().Be(format);
        meeting.Seat.Should().Be(seat is null ? null : new MechanismId(seat));
        meeting.AllMemberStates.Should().Be(allMembers);
        meeting.VenueZone.Should().BeSameAs(published.VenueZone);
    }

    [Fact]
    public void ToMeeting_WithoutHost_HoldsNoSeat() =>
        ReferenceMapping.ToMeeting(Published("IRG-12"), null).Seat.Should().BeNull();

    [Fact]
    public void ToMeeting_MonthOnly_ThrowsWithTheReason()
    {
        var published = Published("GRECO-2021-03");
        ReferenceMapping.SkipReason(published).Should().Be("The source dates GRECO-2021-03 by month only (2021-03); no days are made up, so it is not a dated meeting.");
        FluentActions.Invoking(() => ReferenceMapping.ToMeeting(published, Host(published)))
            .Should().Throw<ArgumentException>().WithParameterName("published").WithMessage("*month only (2021-03)*");
        ReferenceMapping.SkipReason(Published("IRG-12")).Should().BeNull();
    }

    [Fact]
    public void ToMeeting_HostOfAnotherMechanism_Throws() =>
        FluentActions.Invoking(() => ReferenceMapping.ToMeeting(Published("IRG-12"), Catalog[ReferenceMechanisms.Greco]))
            .Should().Throw<ArgumentException>().WithParameterName("host").WithMessage("*IRG-12*UNCAC-IRM*GRECO*");

    [Fact]
    public void ToMeeting_Null_Throws()
    {
        FluentActions.Invoking(() => ReferenceMapping.ToMeeting(null!, null)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReferenceMapping.SkipReason(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToMeetings_Window_SplitsDatedAndMonthOnly()
    {
        var mapping = ReferenceMapping.ToMeetings(Catalog, new YearMonth(2021, 1), new YearMonth(2021, 12));
        mapping.Meetings.Select(m => m.Id.Value).Should().Equal(
            "FATF-2021-02", "MESICIC-35", "UNGASS-2021", "WGB-UNGASS-2021", "IRG-12", "FATF-2021-06", "FATF-2021-10", "COSP-09");
        mapping.Skipped.Select(s => s.Meeting.Id.Value).Should().Equal("GRECO-2021-03", "WGB-2021-03");
        FluentActions.Invoking(() => ReferenceMapping.ToMeetings(Catalog, new YearMonth(2021, 2), new YearMonth(2021, 1)))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToMechanism_CopiesSeatAndNames()
    {
        var profile = Catalog[ReferenceMechanisms.OecdWgb];
        var seat = SatSun("seat", "Europe/Paris");
        var mechanism = ReferenceMapping.ToMechanism(profile, seat);
        mechanism.Id.Should().Be(ReferenceMechanisms.OecdWgb);
        mechanism.ShortName.Should().Be("OECD WGB");
        mechanism.SeatName.Should().Be("Paris (OECD)");
        mechanism.SeatZone.Should().BeSameAs(profile.SeatZone);
        mechanism.SeatCalendar.Should().BeSameAs(seat);
        mechanism.PlenaryPattern.Should().StartWith("WGB plenary: 4 per 1 year(s), months 3,6,10,12, Tuesday");
    }

    [Fact]
    public void ToStage_DeadlineAndVisit_MapKindDatesPartyAndLocation()
    {
        var rules = Catalog[ReferenceMechanisms.UncacIrm].RuleSet!;
        var calendars = new PlanningCalendars(SatSun("AUT", "Europe/Vienna"), SatSun("seat", "Europe/Vienna"));
        var plan = new Planner(rules).Plan(new LocalDate(2021, 3, 1), calendars);

        var u2 = ReferenceMapping.ToStage(plan["U2"], new StageId("r/U2"), Aut, ReferenceMechanisms.UncacIrm);
        u2.Kind.Should().Be(StageKind.FocalPointAppointment);
        u2.Name.Should().Be("Focal point appointed");
        u2.Timing.Should().Be(ItemTiming.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 22), Tzdb["Europe/Vienna"]), "three weeks after T0");
        u2.Deadline.Should().Be(new StageDeadline(new LocalDate(2021, 3, 22), TimetableResource.ForCountry(Aut), DeadlineRoll.NextWorkingDay), "the rule rolls by default (issue 14)");
        u2.ToInstantRange().End.Should().Be(plan["U2"].Deadline!.Value, "the stage ends when the deadline expires");
        u2.IsPinned.Should().BeFalse();
        u2.Location.Should().BeNull();

        var u6 = ReferenceMapping.ToStage(plan["U6"], new StageId("r/U6"), Aut, ReferenceMechanisms.UncacIrm);
        u6.Deadline!.Party.Should().Be(TimetableResource.ForSeat(ReferenceMechanisms.UncacIrm), "experts' deadlines use the seat, as the planner's calendars do");

        var u8 = ReferenceMapping.ToStage(plan["U8"], new StageId("r/U8"), Aut, ReferenceMechanisms.UncacIrm);
        u8.Kind.Should().Be(StageKind.CountryVisit);
        u8.Deadline.Should().BeNull();
        u8.Location.Should().Be(StageLocation.InCountryUnderReview);
        u8.Timing.LocalDates.Should().Equal(plan["U8"].Dates.Dates);
    }

    [Fact]
    public void ToStage_PinnedRuleOrActual_IsPinned()
    {
        var rules = Catalog[ReferenceMechanisms.Greco].RuleSet!;
        var calendars = new PlanningCalendars(SatSun("AUT", "Europe/Vienna"), SatSun("seat", "Europe/Paris"));
        var planner = new Planner(rules);
        var plan = planner.Plan(new LocalDate(2021, 4, 28), calendars);
        var actual = new StageActual(new StageKey("G3"), new DateInterval(new LocalDate(2021, 9, 27), new LocalDate(2021, 10, 1)));
        var replanned = planner.Replan(plan, [actual]).Plan;

        ReferenceMapping.ToStage(replanned["G5"], new StageId("g/G5"), Aut, ReferenceMechanisms.Greco).IsPinned.Should().BeTrue("the rule is pinned");
        ReferenceMapping.ToStage(replanned["G3"], new StageId("g/G3"), Aut, ReferenceMechanisms.Greco).IsPinned.Should().BeTrue("an agreed (actual) date");
        ReferenceMapping.ToStage(replanned["G4"], new StageId("g/G4"), Aut, ReferenceMechanisms.Greco).IsPinned.Should().BeFalse();
    }

    [Fact]
    public void ToStages_MapsPredecessors_ExceptForStartAnchoredRules()
    {
        var rules = Catalog[ReferenceMechanisms.OasMesicic].RuleSet!;
        var calendars = new PlanningCalendars(SatSun("COL", "America/Bogota"), SatSun("seat", "America/New_York"));
        var plan = new Planner(rules).Plan(new LocalDate(2021, 3, 1), calendars);
        var stages = ReferenceMapping.ToStages(plan, "m", new CountryCode("COL"), ReferenceMechanisms.OasMesicic);

        stages.Select(s => s.Id.Value).Should().Equal(plan.Stages.Select(s => "m/" + s.Key.Value));
        stages.Single(s => s.Id.Value == "m/M1").Predecessors.Should().BeEmpty();
        stages.Single(s => s.Id.Value == "m/M2").Predecessors.Should().Equal(new StageId("m/M1"));
        stages.Single(s => s.Id.Value == "m/M11").Predecessors.Should().BeEmpty("M11 counts from the start of M10 and overlaps it by design");
        stages.Single(s => s.Id.Value == "m/M12").Predecessors.Should().BeEmpty("M12 may start on M11's last day (zero gap)");
        stages.Single(s => s.Id.Value == "m/M10").Predecessors.Should().Equal(new StageId("m/M9"));
        FluentActions.Invoking(() => ReferenceMapping.ToStages(plan, " ", new CountryCode("COL"), ReferenceMechanisms.OasMesicic)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ReferenceMapping.ToStage(null!, new StageId("x"), Aut, ReferenceMechanisms.Greco)).Should().Throw<ArgumentNullException>();
    }
}
