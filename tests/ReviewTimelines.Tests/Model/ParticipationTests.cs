using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Model.AustriaTimetable;

namespace ReviewTimelines.Tests.Model;

/// <summary>Participation roles (issue 11): defaults by kind, per-item and per-person overrides, validation, and a person's calendar.</summary>
public sealed class ParticipationTests
{
    private static readonly PersonId Expert = new("expert-1");
    private static readonly PersonId Staff = new("staff-1");

    [Theory]
    [InlineData(StageKind.CountryVisit, ParticipationRole.Attends)]
    [InlineData(StageKind.JointMeeting, ParticipationRole.Attends)]
    [InlineData(StageKind.Teleconference, ParticipationRole.Attends)]
    [InlineData(StageKind.Adoption, ParticipationRole.Attends)]
    [InlineData(StageKind.SelfAssessmentChecklist, ParticipationRole.Contributes)]
    [InlineData(StageKind.DeskReview, ParticipationRole.Contributes)]
    [InlineData(StageKind.Dialogue, ParticipationRole.Contributes)]
    [InlineData(StageKind.DraftReport, ParticipationRole.Contributes)]
    [InlineData(StageKind.Translation, ParticipationRole.Contributes)]
    [InlineData(StageKind.FollowUp, ParticipationRole.Contributes)]
    [InlineData(StageKind.Notification, ParticipationRole.Responsible)]
    [InlineData(StageKind.FocalPointAppointment, ParticipationRole.Responsible)]
    [InlineData(StageKind.Publication, ParticipationRole.Responsible)]
    [InlineData(StageKind.Deadline, ParticipationRole.Responsible)]
    public void ForStage_EachKind_ReturnsTheDocumentedDefault(StageKind kind, ParticipationRole expected) =>
        ParticipationRoles.ForStage(kind).Should().Be(expected);

    [Fact]
    public void ForStage_EveryDefinedKind_HasADefault() =>
        Enum.GetValues<StageKind>().Select(ParticipationRoles.ForStage).Should().HaveCount(Enum.GetValues<StageKind>().Length);

    [Fact]
    public void ForMeeting_EveryKind_Attends() =>
        Enum.GetValues<MeetingKind>().Select(ParticipationRoles.ForMeeting).Should().AllBeEquivalentTo(ParticipationRole.Attends);

    [Fact]
    public void RoleOf_NoOverride_FollowsTheKind()
    {
        var desk = Stage(StageKind.DeskReview);

        desk.RoleOf(Expert).Should().Be(ParticipationRole.Contributes);
        desk.Participations.Should().Equal(new Participation(Expert, ParticipationRole.Contributes), new Participation(Staff, ParticipationRole.Contributes));
    }

    [Fact]
    public void RoleOf_ItemAndPersonOverrides_PersonWinsOverItemWinsOverKind()
    {
        var desk = Stage(StageKind.DeskReview) with
        {
            ParticipantRole = ParticipationRole.Attends,
            ParticipantRoles = [new Participation(Staff, ParticipationRole.Responsible)],
        };

        desk.RoleOf(Expert).Should().Be(ParticipationRole.Attends);
        desk.RoleOf(Staff).Should().Be(ParticipationRole.Responsible);
        desk.Participations.Select(p => p.Blocks).Should().Equal(true, false);
    }

    [Fact]
    public void Equals_DifferentRoles_AreNotEqual()
    {
        var visit = Stage(StageKind.CountryVisit);

        visit.Should().NotBe(visit with { ParticipantRole = ParticipationRole.Contributes });
        visit.Should().NotBe(visit with { ParticipantRoles = [new Participation(Expert, ParticipationRole.Contributes)] });
        visit.Should().Be(visit with { ParticipantRoles = [] });
    }

    [Fact]
    public void Meeting_AttendeeOverride_IsUsed()
    {
        var meeting = new Meeting
        {
            Id = new MeetingId("m"),
            Kind = MeetingKind.Plenary,
            Name = "Plenary",
            Timing = ItemTiming.AllDay(new LocalDate(2025, 6, 16), new LocalDate(2025, 6, 20), Paris),
            VenueName = "Strasbourg",
            VenueZone = Paris,
            Attendees = [Staff, Expert],
            ParticipantRoles = [new Participation(Expert, ParticipationRole.Contributes)],
        };

        meeting.Participations.Should().Equal(new Participation(Expert, ParticipationRole.Contributes), new Participation(Staff, ParticipationRole.Attends));
    }

    [Fact]
    public void Participation_DefaultPersonOrUndefinedRole_Throws()
    {
        var noPerson = () => new Participation(default, ParticipationRole.Attends);
        var badRole = () => new Participation(Expert, (ParticipationRole)7);

        noPerson.Should().Throw<ArgumentException>().WithMessage("*default*");
        badRole.Should().Throw<ArgumentOutOfRangeException>();
        new Participation(Expert, ParticipationRole.Contributes).ToString().Should().Be("expert-1:contributes");
    }

    [Fact]
    public void Validate_RoleForSomeoneNotListed_IsAnErrorNamingThePerson()
    {
        var builder = Builder();
        var review = builder.Build().GetReview(GrecoReview);
        var visit = review.Stages.Single(s => s.Id == GrecoVisit);
        var changed = visit with { ParticipantRoles = [new Participation(WgbStaff, ParticipationRole.Contributes), new Participation(WgbStaff, ParticipationRole.Attends)] };
        builder.ReplaceReview(review.WithStage(changed));

        var problems = builder.Validate().Where(p => p.Severity == ProblemSeverity.Error).ToList();

        problems.Select(p => (p.Item, p.Field, p.Message)).Should().BeEquivalentTo(new[]
        {
            (TimetableItemRef.For(GrecoVisit), "ParticipantRoles", "The role of 'wgb-sec-1' is set, but 'wgb-sec-1' is not a participant."),
            (TimetableItemRef.For(GrecoVisit), "ParticipantRoles", "The role of 'wgb-sec-1' is set 2 times."),
        });
    }

    [Fact]
    public void CalendarOf_StaffWithOnlyASeat_UsesTheSeatCalendar()
    {
        var seatCalendar = new WorkingCalendarBuilder("Strasbourg seat", Paris).AddClosure(new DateInterval(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 31)), "Year-end closure").Build();
        var timetable = Builder().Build().ToBuilder();
        var built = timetable.Build();
        var greco = built.GetMechanism(Greco) with { SeatCalendar = seatCalendar };
        var staff = built.GetPerson(GrecoStaff) with { Seat = Greco };
        var rebuilt = ReplaceMechanismAndPerson(built, greco, staff);

        rebuilt.CalendarOf(TimetableResource.ForPerson(GrecoStaff)).Should().BeSameAs(seatCalendar);
    }

    [Fact]
    public void Validate_UnknownSeatOfAPerson_IsAnError()
    {
        var built = Builder().Build();
        var staff = built.GetPerson(GrecoStaff) with { Seat = new MechanismId("NOPE") };
        var builder = new TimetableBuilder();
        foreach (var m in built.Mechanisms)
        {
            builder.AddMechanism(m);
        }

        foreach (var p in built.Persons)
        {
            builder.AddPerson(p.Id == GrecoStaff ? staff : p);
        }

        builder.Validate().Should().ContainSingle(p => p.Severity == ProblemSeverity.Error && p.Field == "Seat" && p.Message == "Unknown mechanism (seat) 'NOPE'.");
    }

    [Fact]
    public void WithZone_IsKeptAndRoundTripsThroughTheBuilder()
    {
        var timetable = Builder().WithZone(Vienna).Build();

        timetable.Zone.Should().BeSameAs(Vienna);
        timetable.ToBuilder().Build().Zone.Should().BeSameAs(Vienna);
        Builder().Build().Zone.Should().BeNull();
    }

    private static Timetable ReplaceMechanismAndPerson(Timetable timetable, Mechanism mechanism, Person person)
    {
        var builder = new TimetableBuilder();
        foreach (var m in timetable.Mechanisms)
        {
            builder.AddMechanism(m.Id == mechanism.Id ? mechanism : m);
        }

        foreach (var c in timetable.Cycles)
        {
            builder.AddCycle(c);
        }

        foreach (var c in timetable.Countries)
        {
            builder.AddCountry(c);
        }

        foreach (var p in timetable.Persons)
        {
            builder.AddPerson(p.Id == person.Id ? person : p);
        }

        return builder.Build();
    }

    private static Stage Stage(StageKind kind) => new()
    {
        Id = new StageId("s"),
        Kind = kind,
        Name = kind.ToString(),
        Timing = ItemTiming.AllDay(new LocalDate(2025, 3, 3), new LocalDate(2025, 3, 7), Vienna),
        Participants = [Staff, Expert],
    };
}
