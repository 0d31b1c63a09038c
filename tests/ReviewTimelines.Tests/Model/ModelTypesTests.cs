using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

public class ModelTypesTests
{
    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];

    private static Stage VisitStage() => new()
    {
        Id = new StageId("S-visit"),
        Kind = StageKind.CountryVisit,
        Name = "On-site visit",
        Timing = ItemTiming.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 26), Vienna),
        Participants = [new PersonId("p3"), new PersonId("p1"), new PersonId("p2")],
        Predecessors = [new StageId("S-b"), new StageId("S-a")],
        Location = StageLocation.InCountryUnderReview,
    };

    [Fact]
    public void Stage_IdLists_AreKeptInOrdinalOrder()
    {
        var stage = VisitStage();

        stage.Participants.Select(p => p.Value).Should().Equal("p1", "p2", "p3");
        stage.Predecessors.Select(p => p.Value).Should().Equal("S-a", "S-b");
        stage.IsPinned.Should().BeFalse();
        stage.Revision.Should().Be(0);
        stage.ToString().Should().Be("S-visit (CountryVisit) 2021-03-22/2021-03-26 Europe/Vienna");
    }

    [Fact]
    public void Stage_SameContentBuiltTwice_IsEqualWithEqualHash()
    {
        var a = VisitStage();
        var b = VisitStage();

        a.Should().NotBeSameAs(b);
        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a with { Participants = [new PersonId("p1")] }).Should().NotBe(a);
        (a with { IsPinned = true }).Should().NotBe(a);
        (a with { Location = StageLocation.Virtual }).Should().NotBe(a);
        (a with { Source = SourceReference.Estimate("rule") }).Should().NotBe(a);
        (a with { Source = SourceReference.Estimate("rule") }).Should().Be(a with { Source = SourceReference.Estimate("rule") });
        a.Source.Should().BeNull();
    }

    [Fact]
    public void CountryReview_Note_IsOptionalComparedAndNeverBlank()
    {
        var review = new CountryReview
        {
            Id = new ReviewId("R"),
            Mechanism = new MechanismId("M"),
            Cycle = new CycleId("C"),
            StateUnderReview = new CountryCode("AUT"),
        };

        review.Note.Should().BeNull();
        (review with { Note = "Illustrative sample review" }).Should().NotBe(review);
        (review with { Note = "Illustrative sample review" }).Should().Be(review with { Note = "Illustrative sample review" });
        FluentActions.Invoking(() => review with { Note = " " }).Should().Throw<ArgumentException>().WithParameterName("Note");
    }

    [Fact]
    public void Timetable_Note_IsSetByTheBuilderAndKeptByToBuilder()
    {
        Timetable.Empty.Note.Should().BeNull();
        var timetable = new TimetableBuilder().WithNote("Illustrative sample").Build();

        timetable.Note.Should().Be("Illustrative sample");
        timetable.ToBuilder().Build().Note.Should().Be("Illustrative sample");
        timetable.ToBuilder().WithNote(null).Build().Note.Should().BeNull();
        FluentActions.Invoking(() => new TimetableBuilder().WithNote("  ")).Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void MeetingFormat_NotStated_IsAddedAfterTheExistingValues()
    {
        ((int)MeetingFormat.InPerson).Should().Be(0);
        ((int)MeetingFormat.Hybrid).Should().Be(2);
        ((int)MeetingFormat.NotStated).Should().Be(3);
    }

    [Fact]
    public void Stage_DefaultId_ThrowsArgumentExceptionNamingTheProperty()
    {
        var act = () => VisitStage() with { Id = default };

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Id");
    }

    [Fact]
    public void Stage_BlankName_ThrowsArgumentExceptionNamingTheProperty()
    {
        var act = () => VisitStage() with { Name = "  " };

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Name");
    }

    [Fact]
    public void Stage_NullTiming_ThrowsArgumentNullException()
    {
        var act = () => VisitStage() with { Timing = null! };

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("Timing");
    }

    [Fact]
    public void Stage_DefaultIdInParticipants_ThrowsArgumentException()
    {
        var act = () => VisitStage() with { Participants = [new PersonId("p1"), default] };

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Participants");
    }

    [Fact]
    public void Stage_UndefinedKindOrNegativeRevision_ThrowsArgumentOutOfRange()
    {
        var kind = () => VisitStage() with { Kind = (StageKind)99 };
        var revision = () => VisitStage() with { Revision = -1 };

        kind.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Kind");
        revision.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Revision");
    }

    [Fact]
    public void MovedTo_NewTiming_ChangesTimingAndIncrementsRevision()
    {
        var stage = VisitStage() with { Revision = 2 };
        var later = ItemTiming.AllDay(new LocalDate(2021, 4, 12), new LocalDate(2021, 4, 16), Vienna);

        var moved = stage.MovedTo(later);

        moved.Timing.Should().Be(later);
        moved.Revision.Should().Be(3);
        moved.Id.Should().Be(stage.Id);
        stage.Timing.LocalDates.Start.Should().Be(new LocalDate(2021, 3, 22), "the original is unchanged");
    }

    [Fact]
    public void Stage_DefaultCollections_AreEmptyNotDefault()
    {
        var stage = new Stage { Id = new StageId("x"), Kind = StageKind.Deadline, Name = "x", Timing = ItemTiming.AllDay(new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 1), Vienna) };
        var defaulted = stage with { Participants = default };

        stage.Participants.IsDefault.Should().BeFalse();
        stage.Participants.Should().BeEmpty();
        defaulted.Participants.IsDefault.Should().BeFalse();
        defaulted.Should().Be(stage);
    }

    [Fact]
    public void Meeting_ByDefault_IsPinnedInPerson()
    {
        var meeting = new Meeting
        {
            Id = new MeetingId("UNGASS-2021"),
            Kind = MeetingKind.Other,
            Name = "UNGA special session against corruption",
            Timing = ItemTiming.AllDay(new LocalDate(2021, 6, 2), new LocalDate(2021, 6, 4), DateTimeZoneProviders.Tzdb["America/New_York"]),
            VenueName = "UN Headquarters, New York",
            VenueZone = DateTimeZoneProviders.Tzdb["America/New_York"],
        };

        meeting.IsPinned.Should().BeTrue();
        meeting.Format.Should().Be(MeetingFormat.InPerson);
        meeting.Mechanism.Should().BeNull();
        meeting.ToInstantRange().Start.Should().Be(Instant.FromUtc(2021, 6, 2, 4, 0));
        meeting.ToInstantRange().End.Should().Be(Instant.FromUtc(2021, 6, 5, 4, 0));
    }

    [Fact]
    public void CountryReview_Stages_AreOrderedByIdAndWithStageReplacesById()
    {
        var review = new CountryReview
        {
            Id = new ReviewId("R"),
            Mechanism = new MechanismId("M"),
            Cycle = new CycleId("C"),
            StateUnderReview = new CountryCode("AUT"),
            FocalPoint = new PersonId("fp"),
            GovernmentalExperts = [new PersonId("e2"), new PersonId("e1")],
            SecretariatTeam = [new PersonId("e1"), new PersonId("s1")],
            Stages = [VisitStage(), VisitStage() with { Id = new StageId("S-checklist"), Kind = StageKind.SelfAssessmentChecklist }],
        };

        review.Stages.Select(s => s.Id.Value).Should().Equal("S-checklist", "S-visit");
        review.Team.Select(p => p.Value).Should().Equal("e1", "e2", "fp", "s1");

        var moved = review.WithStage(VisitStage().MovedTo(ItemTiming.AllDay(new LocalDate(2021, 5, 3), new LocalDate(2021, 5, 7), Vienna)));

        moved.Stages.Should().HaveCount(2);
        moved.TryGetStage(new StageId("S-visit"), out var visit).Should().BeTrue();
        visit!.Revision.Should().Be(1);
        review.TryGetStage(new StageId("S-visit"), out var original).Should().BeTrue();
        original!.Revision.Should().Be(0);
        moved.Should().NotBe(review);
        review.Should().Be(review with { });
    }

    [Fact]
    public void Country_CalendarsWithSameContent_AreEqual()
    {
        WorkingCalendar Calendar() => new WorkingCalendarBuilder("AUT", Vienna).AddPublicHoliday(new LocalDate(2021, 10, 26), "National Day").Build();
        var a = new Country { Code = new CountryCode("AUT"), Name = "Austria", Calendar = Calendar() };
        var b = new Country { Code = new CountryCode("AUT"), Name = "Austria", Calendar = Calendar() };
        var c = b with { Calendar = new WorkingCalendarBuilder("AUT", Vienna).Build() };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
        a.Zone.Should().BeSameAs(Vienna);
        a.ToString().Should().Be("AUT Austria (Europe/Vienna)");
    }

    [Fact]
    public void ResourceKey_Factories_FormatCompareAndConvertBack()
    {
        var country = TimetableResource.ForCountry(new CountryCode("AUT"));
        var person = TimetableResource.ForPerson(new PersonId("expert-1"));
        var seat = TimetableResource.ForSeat(new MechanismId("GRECO"));

        new[] { seat, person, country }.Order().Select(k => k.ToString()).Should().Equal("country:AUT", "person:expert-1", "seat:GRECO");
        country.AsCountry().Should().Be(new CountryCode("AUT"));
        person.AsPerson().Should().Be(new PersonId("expert-1"));
        seat.AsSeat().Should().Be(new MechanismId("GRECO"));
        country.Should().Be(TimetableResource.ForCountry(new CountryCode("AUT")));
    }

    [Fact]
    public void ResourceKey_WrongKindAccessor_ThrowsInvalidOperation()
    {
        var act = () => TimetableResource.ForCountry(new CountryCode("AUT")).AsPerson();

        act.Should().Throw<InvalidOperationException>().WithMessage("*country:AUT*not a person key*");
    }

    [Fact]
    public void ResourceKey_DefaultId_ThrowsArgumentException()
    {
        var act = () => TimetableResource.ForPerson(default);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("person");
    }

    [Fact]
    public void StageLocation_Cases_FormatAndCompare()
    {
        StageLocation.AtSeat(new MechanismId("UNCAC-IRM")).ToString().Should().Be("seat:UNCAC-IRM");
        StageLocation.InCountryUnderReview.ToString().Should().Be("in-country");
        StageLocation.Virtual.ToString().Should().Be("virtual");
        StageLocation.AtSeat(new MechanismId("A")).Should().NotBe(StageLocation.AtSeat(new MechanismId("B")));
        StageLocation.Virtual.Seat.Should().BeNull();
    }

    [Fact]
    public void Person_UnavailableInstants_UnionOfAllDayAndTimedEntries()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var person = new Person
        {
            Id = new PersonId("expert-ber"),
            Name = "Expert",
            Role = PersonRole.GovernmentalExpert,
            HomeZone = berlin,
            Unavailability =
            [
                ItemTiming.AllDay(new LocalDate(2025, 12, 22), new LocalDate(2025, 12, 22), berlin),
                ItemTiming.Timed(new LocalDateTime(2025, 12, 23, 0, 0), new LocalDateTime(2025, 12, 23, 2, 0), berlin, LocalTimeResolution.Strict),
            ],
        };

        var busy = person.UnavailableInstants();

        busy.Should().ContainSingle();
        busy[0].Start.Should().Be(Instant.FromUtc(2025, 12, 21, 23, 0));
        busy[0].End.Should().Be(Instant.FromUtc(2025, 12, 23, 1, 0));
    }

    [Fact]
    public void BC22_OutOfOfficeDayInBerlin_BlocksFrom0430IstToNextDay0430Ist()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];
        var blackout = new Blackout
        {
            Id = new BlackoutId("ooo"),
            Scope = TimetableResource.ForPerson(new PersonId("expert-ber")),
            Name = "Out of office",
            Dates = ZonedDateRange.ForDay(new LocalDate(2025, 12, 22), berlin),
            Kind = BlackoutKind.Other,
        };

        var range = blackout.ToInstantRange();

        range.Start.Should().Be(Instant.FromUtc(2025, 12, 21, 23, 0));
        range.End.Should().Be(Instant.FromUtc(2025, 12, 22, 23, 0));
        range.End.InZone(kolkata).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 23, 4, 30));
        blackout.Severity.Should().Be(BlackoutSeverity.Hard);
    }

    [Fact]
    public void BC02_NationalDayBlackoutOnFallBackDate_Blocks25Hours()
    {
        var blackout = new Blackout
        {
            Id = new BlackoutId("AUT-national-day-2025"),
            Scope = TimetableResource.ForCountry(new CountryCode("AUT")),
            Name = "National Day",
            Dates = ZonedDateRange.ForDay(new LocalDate(2025, 10, 26), Vienna),
            Kind = BlackoutKind.PublicHoliday,
        };

        var range = blackout.ToInstantRange();

        range.Start.Should().Be(Instant.FromUtc(2025, 10, 25, 22, 0));
        range.End.Should().Be(Instant.FromUtc(2025, 10, 26, 23, 0));
        range.Duration.Should().Be(Duration.FromHours(25));
        blackout.ToString().Should().Be("AUT-national-day-2025 country:AUT 2025-10-26/2025-10-26 Europe/Vienna (PublicHoliday, Hard)");
    }

    [Fact]
    public void BC13_ChristmasClosureBlackout_BlocksOnlyTheViennaDays()
    {
        var closure = new Blackout
        {
            Id = new BlackoutId("AUT-closure-2025"),
            Scope = TimetableResource.ForCountry(new CountryCode("AUT")),
            Name = "Office closure",
            Dates = ZonedDateRange.FromDates(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 26), Vienna),
            Kind = BlackoutKind.Closure,
        };
        var reviewOn27th = ItemTiming.Timed(new LocalDateTime(2025, 12, 27, 9, 0), new LocalDateTime(2025, 12, 27, 10, 0), Vienna, LocalTimeResolution.Strict);
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];

        var range = closure.ToInstantRange();

        range.Start.Should().Be(Instant.FromUtc(2025, 12, 23, 23, 0));
        range.End.Should().Be(Instant.FromUtc(2025, 12, 26, 23, 0));
        range.Overlaps(reviewOn27th.ToInstantRange()).Should().BeFalse();
        range.Start.InZone(newYork).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 23, 18, 0));
        range.End.InZone(newYork).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 26, 18, 0));
    }

    [Fact]
    public void Mechanism_ListsAndEquality_AreStructural()
    {
        Mechanism Make() => new()
        {
            Id = new MechanismId("GRECO"),
            Name = "Group of States against Corruption",
            ShortName = "GRECO",
            SeatName = "Strasbourg",
            SeatZone = DateTimeZoneProviders.Tzdb["Europe/Paris"],
            SecretariatTeam = [new PersonId("s2"), new PersonId("s1")],
            MemberStates = [new CountryCode("FRA"), new CountryCode("AUT")],
        };

        Make().Should().Be(Make());
        Make().SecretariatTeam.Select(p => p.Value).Should().Equal("s1", "s2");
        Make().MemberStates.Select(c => c.Value).Should().Equal("AUT", "FRA");
        (Make() with { PlenaryPattern = "four a year" }).Should().NotBe(Make());
        var blank = () => Make() with { PlenaryPattern = "" };
        blank.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("PlenaryPattern");
        Make().ToString().Should().Be("GRECO (Strasbourg, Europe/Paris)");
    }

    [Fact]
    public void TimetableItemRef_Ordering_IsByKindThenOrdinalId()
    {
        ImmutableArray<TimetableItemRef> refs =
        [
            TimetableItemRef.For(new StageId("b")),
            TimetableItemRef.For(new MechanismId("Z")),
            TimetableItemRef.For(new StageId("B")),
            TimetableItemRef.For(new CountryCode("AUT")),
        ];

        refs.Order().Select(r => r.ToString()).Should().Equal("mechanism:Z", "country:AUT", "stage:B", "stage:b");
    }
}
