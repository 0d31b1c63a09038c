using System.Globalization;
using CsCheck;
using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

/// <summary>Issue 11: only attending participations block a person; desk reviews, checklists and drafting never double-book.</summary>
public sealed class ParticipationRoleConflictTests
{
    private static readonly StageId GrecoDesk = new("GRECO-AUT-desk");
    private static readonly StageId GrecoVisit = new("GRECO-AUT-visit");
    private static readonly StageId IrmDesk = new("IRM-ISR-desk");
    private static readonly StageId IrmVisit = new("IRM-ISR-visit");
    private static readonly StageId IrmCall = new("IRM-ISR-call");
    private static readonly StageId WgbDesk = new("WGB-ARE-desk");
    private static readonly StageId WgbVisit = new("WGB-ARE-visit");

    private static Stage DeskReview(StageId id, LocalDate first, LocalDate last, DateTimeZone zone, params PersonId[] people) => new()
    {
        Id = id,
        Kind = StageKind.DeskReview,
        Name = "Desk review",
        Timing = ItemTiming.AllDay(first, last, zone),
        Participants = [.. people],
    };

    /// <summary>Autumn 2021: three mechanisms, three long desk reviews by the same experts who go on the visits, a GRECO
    /// plenary, an IRG session at the Vienna seat, a WGB plenary, and an expert's year-end leave. Three situations are
    /// planted: an expert on two visits at once, WGB staff due at the plenary during their visit, a call during the expert's leave.</summary>
    internal static ConflictWorld Autumn2021(ParticipationRole? deskRole = null)
    {
        var world = new ConflictWorld()
            .ExpertUnavailable(ItemTiming.AllDay(D(2021, 12, 20), D(2022, 1, 7), Berlin))
            .Review(
                "GRECO-AUT",
                Greco,
                Aut,
                DeskReview(GrecoDesk, D(2021, 9, 1), D(2021, 11, 30), Vienna, Expert, GrecoStaff) with { ParticipantRole = deskRole },
                VisitStage(GrecoVisit.Value, D(2021, 11, 8), D(2021, 11, 12), Vienna, Expert, GrecoStaff))
            .Review(
                "IRM-ISR",
                Irm,
                Isr,
                DeskReview(IrmDesk, D(2021, 10, 1), D(2021, 12, 31), Jerusalem, Expert, OtherExpert) with { ParticipantRole = deskRole },
                VisitStage(IrmVisit.Value, D(2021, 11, 9), D(2021, 11, 11), Jerusalem, Expert, OtherExpert),
                TimedStage(IrmCall.Value, StageKind.Teleconference, Instant.FromUtc(2021, 12, 21, 9, 0), Instant.FromUtc(2021, 12, 21, 11, 0), Vienna, Expert, OtherExpert))
            .Review(
                "WGB-ARE",
                Wgb,
                Are,
                DeskReview(WgbDesk, D(2021, 9, 1), D(2021, 12, 15), Dubai, OtherExpert, WgbStaff) with { ParticipantRole = deskRole },
                VisitStage(WgbVisit.Value, D(2021, 12, 6), D(2021, 12, 8), Dubai, OtherExpert, WgbStaff))
            .Plenary("GRECO-92", Greco, D(2021, 11, 22), D(2021, 11, 26), [Deu], Expert, GrecoStaff)
            .Plenary("WGB-DEC-2021", Wgb, D(2021, 12, 7), D(2021, 12, 10), [Deu], WgbStaff)
            .Meeting(new Meeting
            {
                Id = new MeetingId("IRG-12-RESUMED"),
                Kind = MeetingKind.ImplementationReviewGroupSession,
                Mechanism = Irm,
                Name = "IRG resumed 12th session",
                Timing = ItemTiming.AllDay(D(2021, 11, 29), D(2021, 12, 1), Vienna),
                VenueName = "Vienna",
                VenueZone = Vienna,
                Seat = Irm,
                Attendees = [Expert, OtherExpert],
            });
        return world;
    }

    [Fact]
    public void Detect_Autumn2021WithLongDeskReviews_ExactlyThePlantedHardConflicts()
    {
        var timetable = Autumn2021().Build();

        var hard = new ConflictDetector().Detect(timetable).Where(c => c.Severity == ConflictSeverity.Hard).ToList();

        // Jerusalem +02:00, Vienna and Paris +01:00, Dubai +04:00, Berlin +01:00 in November and December 2021.
        hard.Select(c => (c.Kind, c.Resource.ToString(), string.Join(" ", c.Items), c.Interval.ToString())).Should().Equal(
            (ConflictKind.PersonDoubleBooked, "person:expert-deu", "stage:GRECO-AUT-visit stage:IRM-ISR-visit", "2021-11-08T22:00:00Z/2021-11-11T22:00:00Z"),
            (ConflictKind.VisitDuringPlenary, "person:wgb-sec", "stage:WGB-ARE-visit meeting:WGB-DEC-2021", "2021-12-06T23:00:00Z/2021-12-08T20:00:00Z"),
            (ConflictKind.Blackout, "person:expert-deu", "stage:IRM-ISR-call unavailable:expert-deu#0", "2021-12-21T09:00:00Z/2021-12-21T11:00:00Z"));
        foreach (var conflict in hard.Where(c => c.Resource.Kind == ResourceKind.Person))
        {
            foreach (var item in conflict.Items.Where(i => i.Kind is ConflictItemKind.Stage or ConflictItemKind.Meeting))
            {
                RoleOf(timetable, item, conflict.Resource.AsPerson()).Should().Be(ParticipationRole.Attends, "conflict {0} involves {1}", conflict, item);
            }
        }
    }

    [Fact]
    public void Detect_Autumn2021WithDeskReviewsMarkedAttends_FindsTheFalseDoubleBookingsOfIssue11()
    {
        // The same timetable when every desk-review participant is declared as attending: the long stages then collide
        // with the visits, the plenaries and the leave, which is what the defaults prevent.
        var timetable = Autumn2021(ParticipationRole.Attends).Build();

        var hard = new ConflictDetector().Detect(timetable).Where(c => c.Severity == ConflictSeverity.Hard).ToList();

        hard.Should().HaveCountGreaterThan(3);
        hard.Should().Contain(c => c.Kind == ConflictKind.PersonDoubleBooked && c.Items.Contains(ConflictItemRef.For(IrmDesk)) && c.Items.Contains(ConflictItemRef.For(GrecoVisit)));
        hard.Should().Contain(c => c.Kind == ConflictKind.Blackout && c.Items.Contains(ConflictItemRef.For(IrmDesk)));
    }

    [Fact]
    public void Detect_DeskReviewWithOneAttendingOverride_OnlyThatPersonIsBooked()
    {
        var desk = DeskReview(GrecoDesk, D(2021, 11, 1), D(2021, 11, 30), Vienna, Expert, OtherExpert) with
        {
            ParticipantRoles = [new Participation(OtherExpert, ParticipationRole.Attends)],
        };
        var timetable = new ConflictWorld()
            .Review("GRECO-AUT", Greco, Aut, desk)
            .Visit("WGB-ISR-visit", Wgb, Isr, D(2021, 11, 9), D(2021, 11, 11), Expert, OtherExpert)
            .Build();

        var conflict = CountryVisitOverlapRuleTests.Detector(ConflictKind.PersonDoubleBooked).Detect(timetable).Should().ContainSingle().Subject;

        conflict.Resource.Should().Be(TimetableResource.ForPerson(OtherExpert));
    }

    [Fact]
    public void Detect_MovingAContributesOnlyStage_NeverChangesAnyHardConflict()
    {
        var detector = new ConflictDetector();
        var itemGen = Gen.Int[0, 9_999].Array[10];
        var blackoutGen = Gen.Int[0, 9_999].Array[4];
        var peopleGen = Gen.Int[1, 15];
        var moved = 0;
        Gen.Select(itemGen.Array[0, 12], blackoutGen.Array[0, 3], peopleGen, Gen.Int[0, 60], Gen.Int[0, 60], Gen.Int[0, 5]).Sample((items, blackouts, mask, shiftA, shiftB, kind) =>
        {
            var baseTimetable = ConflictDetectorPropertyTests.Build(items, blackouts);
            PersonId[] people = [.. new[] { Expert, OtherExpert, GrecoStaff, WgbStaff }.Where((_, p) => (mask & (1 << p)) != 0)];
            var stageKind = new[] { StageKind.DeskReview, StageKind.SelfAssessmentChecklist, StageKind.DraftReport, StageKind.FollowUp, StageKind.Translation, StageKind.Dialogue }[kind];
            Timetable With(int shift, int length) => baseTimetable.ToBuilder().AddReview(new CountryReview
            {
                Id = new ReviewId("contributed"),
                Mechanism = Greco,
                Cycle = CycleOf(Greco),
                StateUnderReview = Deu,
                Stages = [DeskReview(new StageId("contributed-stage"), new LocalDate(2021, 2, 20).PlusDays(shift), new LocalDate(2021, 2, 20).PlusDays(shift + length), Berlin, people) with { Kind = stageKind }],
            }).Build();

            var hardA = Hard(detector, With(shiftA, 10));
            var hardB = Hard(detector, With(shiftB, 40));

            hardA.Should().Equal(hardB);
            hardA.Should().Equal(Hard(detector, baseTimetable));
            Interlocked.Increment(ref moved);
        }, iter: 300);

        moved.Should().BeGreaterThanOrEqualTo(300);
    }

    private static List<string> Hard(ConflictDetector detector, Timetable timetable) =>
        [.. detector.Detect(timetable).Where(c => c.Severity == ConflictSeverity.Hard).Select(c => string.Format(CultureInfo.InvariantCulture, "{0}|{1}|{2}|{3}", c.Kind, c.Resource, string.Join(",", c.Items), c.Interval))];

    private static ParticipationRole RoleOf(Timetable timetable, ConflictItemRef item, PersonId person) => item.Kind == ConflictItemKind.Stage
        ? timetable.GetStage(new StageId(item.Id)).RoleOf(person)
        : timetable.GetMeeting(new MeetingId(item.Id)).RoleOf(person);
}
