using CsCheck;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

public class TimetableValidationTests
{
    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly MechanismId Greco = new("GRECO");
    private static readonly CountryCode Aut = new("AUT");
    private static readonly CountryCode Deu = new("DEU");

    /// <summary>The additions of <see cref="BrokenBuilder"/>, one per item, so that their order can be varied.</summary>
    private static Action<TimetableBuilder>[] BrokenParts()
    {
        var e1 = new Person { Id = new PersonId("e1"), Name = "Expert 1", Role = PersonRole.GovernmentalExpert, HomeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"], Country = Deu };
        return
        [
            b => b.AddMechanism(new Mechanism { Id = Greco, Name = "GRECO", ShortName = "GRECO", SeatName = "Strasbourg", SeatZone = Paris, SecretariatTeam = [new PersonId("ghost-staff")] }),
            b => b.AddCycle(new ReviewCycle { Id = new CycleId("C1"), Mechanism = Greco, Name = "Round 1", Dates = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)) }),
            b => b.AddCycle(new ReviewCycle { Id = new CycleId("C2"), Mechanism = new MechanismId("WGB"), Name = "Phase 4" }),
            b => b.AddCountry(new Country { Code = Aut, Name = "Austria", Calendar = new WorkingCalendarBuilder("AUT", Vienna).Build() }),
            b => b.AddCountry(new Country { Code = Deu, Name = "Germany", Calendar = new WorkingCalendarBuilder("DEU", DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Build() }),
            b => b.AddPerson(new Person { Id = new PersonId("fp"), Name = "Focal point", Role = PersonRole.FocalPoint, HomeZone = Vienna, Country = Aut }),
            b => b.AddPerson(e1),
            b => b.AddPerson(e1 with { Name = "Expert 1 again" }),
            b => b.AddPerson(new Person { Id = new PersonId("e2"), Name = "Expert 2", Role = PersonRole.GovernmentalExpert, HomeZone = Paris, Country = new CountryCode("FRA") }),
            b => b.AddReview(new CountryReview
            {
                Id = new ReviewId("R1"),
                Mechanism = Greco,
                Cycle = new CycleId("C2"),
                StateUnderReview = Aut,
                ReviewingStates = [Aut, new CountryCode("ITA")],
                GovernmentalExperts = [new PersonId("e1"), new PersonId("fp")],
                FocalPoint = new PersonId("fp"),
                Stages =
                [
                    new Stage
                    {
                        Id = new StageId("S1"),
                        Kind = StageKind.CountryVisit,
                        Name = "Visit",
                        Timing = ItemTiming.AllDay(new LocalDate(2022, 1, 10), new LocalDate(2022, 1, 14), Vienna),
                        Participants = [new PersonId("ghost")],
                        Predecessors = [new StageId("S9")],
                    },
                ],
            }),
            b => b.AddReview(new CountryReview
            {
                Id = new ReviewId("R2"),
                Mechanism = Greco,
                Cycle = new CycleId("C1"),
                StateUnderReview = Aut,
                ReviewingStates = [Deu],
                GovernmentalExperts = [new PersonId("e1")],
                Stages =
                [
                    new Stage
                    {
                        Id = new StageId("S2"),
                        Kind = StageKind.DeskReview,
                        Name = "Desk review",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 12, 30), new LocalDate(2022, 1, 3), Vienna),
                        Predecessors = [new StageId("S3")],
                    },
                    new Stage
                    {
                        Id = new StageId("S3"),
                        Kind = StageKind.DraftReport,
                        Name = "Draft report",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 6, 1), new LocalDate(2021, 6, 30), Paris),
                        Predecessors = [new StageId("S2")],
                        Deadline = new StageDeadline(new LocalDate(2021, 6, 30), TimetableResource.ForSeat(Greco), DeadlineRoll.NextWorkingDay),
                    },
                    new Stage
                    {
                        Id = new StageId("S1"),
                        Kind = StageKind.Adoption,
                        Name = "Adoption",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 10, 1), new LocalDate(2021, 10, 1), Paris),
                    },
                ],
            }),
            b => b.AddMeeting(new Meeting
            {
                Id = new MeetingId("P1"),
                Kind = MeetingKind.Plenary,
                Name = "Plenary",
                Timing = ItemTiming.AllDay(new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18), Paris),
                VenueName = "Strasbourg",
                VenueZone = Paris,
                AllMemberStates = true,
                Delegations = [Deu, Deu],
            }),
            b => b.AddBlackout(new Blackout
            {
                Id = new BlackoutId("B1"),
                Scope = TimetableResource.ForPerson(new PersonId("nobody")),
                Name = "Leave",
                Dates = ZonedDateRange.ForDay(new LocalDate(2021, 6, 1), Vienna),
                Kind = BlackoutKind.Other,
            }),
        ];
    }

    /// <summary>One builder with many independent faults, to show that validation collects them all.</summary>
    private static TimetableBuilder BrokenBuilder()
    {
        var builder = new TimetableBuilder();
        foreach (var part in BrokenParts())
        {
            part(builder);
        }

        return builder;
    }

    private static readonly string[] ExpectedProblems =
    [
        "error mechanism:GRECO SecretariatTeam: Unknown person 'ghost-staff'.",
        "error cycle:C2 Mechanism: Unknown mechanism 'WGB'.",
        "error person:e1 Id: The id 'e1' is used by 2 items; ids must be unique.",
        "error person:e2 Country: Unknown country 'FRA'.",
        "error review:R1 Cycle: The cycle 'C2' belongs to mechanism 'WGB', not 'GRECO'.",
        "error review:R1 FocalPoint: Person 'fp' is both the focal point of the State under review and a reviewing expert.",
        "warning review:R1 GovernmentalExperts: Person 'fp' is listed as a governmental expert but has the role FocalPoint.",
        "error review:R1 GovernmentalExperts: The expert 'fp' comes from the State under review 'AUT'.",
        "error review:R1 ReviewingStates: The State under review 'AUT' cannot review itself.",
        "error review:R1 ReviewingStates: Unknown country 'ITA'.",
        "error stage:S1 Id: The id 'S1' is used by 2 items; ids must be unique.",
        "error stage:S1 Participants: Unknown person 'ghost'.",
        "error stage:S1 Predecessors: Unknown stage 'S9'.",
        "error stage:S2 Predecessors: The stage 'S2' is on a cycle of predecessors.",
        "error stage:S2 Timing: The stage dates 2021-12-30/2022-01-03 lie outside the dates 2021-01-01/2021-12-31 of cycle 'C1'.",
        "error stage:S3 Deadline: The deadline rolls (NextWorkingDay) but 'seat:GRECO' has no working calendar to roll by.",
        "error stage:S3 Predecessors: The stage 'S3' is on a cycle of predecessors.",
        "error meeting:P1 AllMemberStates: All member States attend, but the meeting has no mechanism whose members they are.",
        "warning meeting:P1 Delegations: Delegations are listed although all member States attend.",
        "error meeting:P1 Delegations: The country 'DEU' is listed 2 times.",
        "error blackout:B1 Scope: Unknown person 'nobody'.",
    ];

    [Fact]
    public void Validate_ManyFaults_ReportsEveryProblemWithItemAndFieldInOrder()
    {
        var problems = BrokenBuilder().Validate();

        problems.Select(p => p.ToString()).Should().Equal(ExpectedProblems);
    }

    [Fact]
    public void Validate_ManyFaults_ProblemsCarryStructuredItemAndField()
    {
        var problems = BrokenBuilder().Validate();

        problems.Should().Contain(new TimetableProblem(ProblemSeverity.Error, TimetableItemRef.For(new StageId("S1")), "Participants", "Unknown person 'ghost'."));
        problems.Count(p => p.Severity == ProblemSeverity.Warning).Should().Be(2);
    }

    [Fact]
    public void Build_ManyFaults_ThrowsOneExceptionListingEveryProblem()
    {
        var act = () => BrokenBuilder().Build();

        var thrown = act.Should().Throw<TimetableValidationException>().Which;
        thrown.Should().BeAssignableTo<ArgumentException>();
        thrown.Problems.Select(p => p.ToString()).Should().Equal(ExpectedProblems);
        thrown.Message.Should().StartWith("The timetable has 19 error(s) and 2 warning(s):\nerror mechanism:GRECO SecretariatTeam: Unknown person 'ghost-staff'.\n");
        thrown.Message.Should().EndWith("\nerror blackout:B1 Scope: Unknown person 'nobody'.");
    }

    [Fact]
    public void Validate_ItemsAddedInAnyOrder_GiveTheSameProblemList()
    {
        Gen.Shuffle(BrokenParts()).Sample(
            parts =>
            {
                var builder = new TimetableBuilder();
                foreach (var part in parts)
                {
                    part(builder);
                }

                return builder.Validate().Select(p => p.ToString()).SequenceEqual(ExpectedProblems);
            },
            iter: 1000);
    }

    [Fact]
    public void Validate_SameBuilderTwice_GivesTheSameList()
    {
        var builder = BrokenBuilder();

        builder.Validate().Should().Equal(builder.Validate());
    }

    [Fact]
    public void Build_OnlyWarnings_SucceedsAndKeepsWarnings()
    {
        var builder = AustriaTimetable.Builder()
            .AddPerson(new Person
            {
                Id = new PersonId("roaming"),
                Name = "Roaming expert",
                Role = PersonRole.Other,
                HomeZone = Vienna,
                Calendar = new WorkingCalendarBuilder("roaming", Paris).Build(),
            });

        var timetable = builder.Build();

        timetable.Warnings.Select(w => w.ToString()).Should().Equal(
            "warning person:roaming Calendar: The calendar's zone Europe/Paris differs from the home zone Europe/Vienna.");
    }

    [Fact]
    public void Validate_StageIsItsOwnPredecessor_ReportsSelfReferenceOnly()
    {
        var review = AustriaTimetable.Builder().Build().GetReview(AustriaTimetable.GrecoReview);
        var visit = review.Stages.Single(s => s.Id == AustriaTimetable.GrecoVisit);
        var builder = AustriaTimetable.Builder().ReplaceStage(visit with { Predecessors = [visit.Id] });

        builder.Validate().Select(p => p.ToString()).Should().Equal(
            "error stage:GRECO5-AUT-visit Predecessors: The stage 'GRECO5-AUT-visit' lists itself as a predecessor.");
    }

    [Fact]
    public void Validate_AllDayVisitInAnotherZone_WarnsThatDatesBelongToTheCountry()
    {
        var visit = AustriaTimetable.Builder().Build().GetStage(AustriaTimetable.GrecoVisit);
        var builder = AustriaTimetable.Builder()
            .ReplaceStage(visit with { Timing = ItemTiming.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 26), Paris) });

        builder.Validate().Select(p => p.ToString()).Should().Equal(
            "warning stage:GRECO5-AUT-visit Timing: The all-day dates are in Europe/Paris, but the stage takes place in 'AUT' (Europe/Vienna).");
    }

    [Fact]
    public void ReplaceStage_UnknownStage_ThrowsKeyNotFound()
    {
        var stray = new Stage { Id = new StageId("stray"), Kind = StageKind.Deadline, Name = "x", Timing = ItemTiming.AllDay(new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 1), Vienna) };

        var act = () => AustriaTimetable.Builder().ReplaceStage(stray);

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'stray'*");
    }

    [Fact]
    public void AddMechanism_Null_ThrowsArgumentNullNamingTheParameter()
    {
        var act = () => new TimetableBuilder().AddMechanism(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("mechanism");
    }

    [Fact]
    public void Build_Empty_IsValid()
    {
        var timetable = new TimetableBuilder().Build();

        timetable.Stages.Should().BeEmpty();
        timetable.Warnings.Should().BeEmpty();
        timetable.ScheduledItems().Should().BeEmpty();
        Timetable.Empty.ToString().Should().Be("Timetable: 0 mechanisms, 0 cycles, 0 countries, 0 persons, 0 reviews, 0 stages, 0 meetings, 0 blackouts");
    }
}
