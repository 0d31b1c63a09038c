using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.ReferenceData.Tests;

public class ReferenceTimetableTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    private static readonly ReferenceTimetable Reference = ReferenceTimetable.Create(Tzdb);
    private static readonly Timetable T = Reference.Timetable;

    private static Stage StageOf(string id) => T.GetStage(new StageId(id));

    private static Meeting MeetingOf(string id) => T.GetMeeting(new MeetingId(id));

    private static Instant Utc(int year, int month, int day, int hour) => Instant.FromUtc(year, month, day, hour, 0);

    private static TimetableResource Country(string code) => TimetableResource.ForCountry(new CountryCode(code));

    private static TimetableResource PersonKey(string id) => TimetableResource.ForPerson(new PersonId(id));

    private static IEnumerable<PublishedMeeting> CatalogMeetings2020To2022() =>
        Reference.Catalog.Meetings.Where(m => m.Month >= new YearMonth(2020, 1) && m.Month <= new YearMonth(2022, 12));

    [Fact]
    public void Create_Builds_WithoutValidationProblems()
    {
        T.Warnings.Should().BeEmpty();
        T.ToBuilder().Validate().Should().BeEmpty();
        T.Mechanisms.Select(m => m.Id).Should().BeEquivalentTo(Reference.Catalog.Mechanisms.Select(m => m.Id));
        T.Reviews.Should().HaveCount(6);
        T.Countries.Select(c => c.Code.Value).Should().Contain(["AUT", "COL", "ARE"]);
    }

    [Fact]
    public void Create_NullProvider_Throws() =>
        FluentActions.Invoking(() => ReferenceTimetable.Create(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Mechanisms_HaveSeatsAndSeatCalendars_FromTheCatalog()
    {
        foreach (var profile in Reference.Catalog.Mechanisms)
        {
            var mechanism = T.GetMechanism(profile.Id);
            mechanism.SeatName.Should().Be(profile.Seat.Value);
            mechanism.SeatZone.Id.Should().Be(profile.SeatZone.Id);
            mechanism.SeatCalendar!.Zone.Id.Should().Be(profile.SeatZone.Id);
        }

        T.GetMechanism(ReferenceMechanisms.ArabAcac).SeatCalendar!.IsWeekend(new LocalDate(2021, 7, 2)).Should().BeTrue("Cairo's weekend is Friday-Saturday");
    }

    [Fact]
    public void Meetings_EveryPublishedMeeting_CarriesItsCatalogSource()
    {
        T.Meetings.Should().NotBeEmpty();
        foreach (var meeting in T.Meetings)
        {
            var published = Reference.Catalog.Meetings.Single(m => m.Id == meeting.Id);
            meeting.Source.Should().NotBeNull();
            meeting.Source.Should().Be(published.Source);
            meeting.IsPinned.Should().BeTrue();
        }

        T.Meetings.Where(m => m.Source!.Confidence != Confidence.Estimate).Should().OnlyContain(m => m.Source!.Citation.Length > 0);
    }

    [Fact]
    public void Meetings_DatesAndZones_EqualTheCatalog()
    {
        var dated = CatalogMeetings2020To2022().Where(m => m.Dates is not null).ToList();
        T.Meetings.Select(m => m.Id).Should().BeEquivalentTo(dated.Select(m => m.Id));
        foreach (var published in dated)
        {
            var meeting = T.GetMeeting(published.Id);
            meeting.Timing.Should().Be(new DateRangeTiming(published.Dates!.Value));
            meeting.VenueZone.Id.Should().Be(published.VenueZone.Id);
            meeting.ToInstantRange().Should().Be(published.Dates!.Value.ToInstantRange());
        }

        // Spot checks against REVIEW-MECHANISMS.md §7, independent of the catalog code.
        MeetingOf("IRG-12").Timing.LocalDates.Should().Equal(new DateInterval(new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18)));
        MeetingOf("COSP-09").Timing.Zone.Id.Should().Be("Africa/Cairo");
        MeetingOf("FATF-2021-10").Format.Should().Be(MeetingFormat.Hybrid);
        MeetingOf("ACAC-COSP-04").Timing.LocalDates.Start.Should().Be(new LocalDate(2022, 3, 22));
    }

    [Fact]
    public void SkippedMeetings_AreExactlyTheMonthOnlyOnes_WithAReason()
    {
        var monthOnly = CatalogMeetings2020To2022().Where(m => m.Precision == MeetingDatePrecision.MonthOnly).Select(m => m.Id).ToList();
        monthOnly.Should().Contain(new MeetingId("GRECO-2021-03"));
        Reference.SkippedMeetings.Select(s => s.Meeting.Id).Should().Equal(monthOnly);
        Reference.SkippedMeetings.Should().OnlyContain(s => s.Reason.Contains("month only", StringComparison.Ordinal));
        T.TryGetMeeting(new MeetingId("GRECO-2021-03"), out _).Should().BeFalse();
    }

    [Fact]
    public void SampleItems_SayTheyAreIllustrative()
    {
        const string Tag = "(illustrative)";
        T.Reviews.Should().OnlyContain(r => r.Id.Value.StartsWith("SAMPLE-", StringComparison.Ordinal));
        T.Stages.Should().OnlyContain(s => s.Name.EndsWith(Tag, StringComparison.Ordinal));
        T.Persons.Should().OnlyContain(p => p.Name.Contains(Tag, StringComparison.Ordinal));
        T.Blackouts.Should().OnlyContain(b => b.Name.Contains(Tag, StringComparison.Ordinal) && b.Source!.Note!.Contains(ReferenceTimetable.Notice, StringComparison.Ordinal));
        T.Countries.Should().OnlyContain(c => c.Calendar.Name.Contains("illustrative", StringComparison.Ordinal));
        T.Countries.SelectMany(c => c.Calendar.NonWorkingDays).Should().NotBeEmpty().And.OnlyContain(d => d.Name.EndsWith(Tag, StringComparison.Ordinal));
        T.Cycles.Where(c => c.Id.Value.EndsWith("SAMPLE", StringComparison.Ordinal)).Should().HaveCount(2).And.OnlyContain(c => c.Name.Contains(Tag, StringComparison.Ordinal));
        ReferenceTimetable.Notice.Should().StartWith("Illustrative sample review, not a real schedule");
        Reference.StageSources.Keys.Should().BeEquivalentTo(T.Stages.Select(s => s.Id));
        Reference.StageSources[new StageId("SAMPLE-ACAC-ARE/U8")].Confidence.Should().Be(Confidence.Estimate, "the ACAC rule set mirrors UNCAC's [E]");
    }

    [Fact]
    public void Calendars_UaeWeekendChangesOn2022_01_01_AndRamadanIsSoft()
    {
        var uae = T.GetCountry(new CountryCode("ARE")).Calendar;
        uae.IsWeekend(new LocalDate(2021, 12, 31)).Should().BeTrue("Friday, Fri-Sat weekend in 2021");
        uae.IsWeekend(new LocalDate(2022, 1, 7)).Should().BeFalse("Friday, Sat-Sun weekend from 2022");
        uae.IsWeekend(new LocalDate(2022, 1, 2)).Should().BeTrue("Sunday in 2022");
        uae.IsWeekend(new LocalDate(2021, 12, 26)).Should().BeFalse("Sunday in 2021");
        var ramadan = uae.SoftPeriods.Single();
        ramadan.Severity.Should().Be(SoftPeriodSeverity.Warning);
        ramadan.PossibleDates.Should().Equal(new DateInterval(new LocalDate(2021, 4, 12), new LocalDate(2021, 5, 13)));
        T.GetCountry(new CountryCode("AUT")).Calendar.IsWorkingDay(new LocalDate(2021, 10, 26)).Should().BeFalse("Austrian National Day");
    }

    [Fact]
    public void Planted_CountryVisitOverlap_GrecoAndWgbInAustria()
    {
        var greco = StageOf("SAMPLE-GRECO5-AUT/G3");
        var wgb = StageOf("SAMPLE-WGB4-AUT/W4");
        greco.Kind.Should().Be(StageKind.CountryVisit);
        wgb.Kind.Should().Be(StageKind.CountryVisit);
        greco.ToInstantRange().Should().Be(InstantRange.FromInstants(Utc(2021, 9, 26, 22), Utc(2021, 10, 1, 22)));
        wgb.ToInstantRange().Should().Be(InstantRange.FromInstants(Utc(2021, 9, 28, 22), Utc(2021, 10, 1, 22)));
        greco.ToInstantRange().Overlaps(wgb.ToInstantRange()).Should().BeTrue();
        greco.ToInstantRange().Intersect(wgb.ToInstantRange()).Should().Be(InstantRange.FromInstants(Utc(2021, 9, 28, 22), Utc(2021, 10, 1, 22)));
        T.ResourcesOf(greco.Id).Should().Contain(Country("AUT"));
        T.ResourcesOf(wgb.Id).Should().Contain(Country("AUT"));
        T.GetReviewOf(greco.Id).Mechanism.Should().NotBe(T.GetReviewOf(wgb.Id).Mechanism);
    }

    [Fact]
    public void Planted_PersonDoubleBooked_SpanishExpertInViennaAndDubai()
    {
        var greco = StageOf("SAMPLE-GRECO5-AUT/G3");
        var uncac = StageOf("SAMPLE-IRM2-ARE/U8");
        var expert = PersonKey("ESP-EXPERT-1");
        T.ResourcesOf(greco.Id).Should().Contain(expert);
        T.ResourcesOf(uncac.Id).Should().Contain(expert);
        uncac.ToInstantRange().Should().Be(InstantRange.FromInstants(Utc(2021, 9, 26, 20), Utc(2021, 9, 29, 20)), "27-29 Sep in Asia/Dubai (+04)");
        greco.ToInstantRange().Intersect(uncac.ToInstantRange()).Should().Be(InstantRange.FromInstants(Utc(2021, 9, 26, 22), Utc(2021, 9, 29, 20)));
    }

    [Fact]
    public void Planted_VisitDuringPlenary_ColombiaVisitInIrg12()
    {
        var visit = StageOf("SAMPLE-IRM2-COL/U8");
        var irg = MeetingOf("IRG-12");
        visit.ToInstantRange().Should().Be(InstantRange.FromInstants(Utc(2021, 6, 15, 5), Utc(2021, 6, 17, 5)), "15-16 Jun in America/Bogota (-05)");
        irg.ToInstantRange().Should().Be(InstantRange.FromInstants(Utc(2021, 6, 13, 22), Utc(2021, 6, 18, 22)), "14-18 Jun in Europe/Vienna (+02)");
        visit.ToInstantRange().Overlaps(irg.ToInstantRange()).Should().BeTrue();
        irg.ToInstantRange().Contains(visit.ToInstantRange()).Should().BeTrue();
        T.ResourcesOf(irg.Id).Should().Contain([PersonKey("PER-EXPERT-1"), Country("COL")]);
        T.ResourcesOf(visit.Id).Should().Contain([PersonKey("PER-EXPERT-1"), Country("COL")]);
    }

    [Fact]
    public void Planted_VisitDuringRamadan_AcacVisitToTheUae()
    {
        var visit = StageOf("SAMPLE-ACAC-ARE/U8");
        var uae = T.GetCountry(new CountryCode("ARE")).Calendar;
        visit.Timing.LocalDates.Should().Equal(new DateInterval(new LocalDate(2021, 5, 4), new LocalDate(2021, 5, 6)));
        visit.Timing.Zone.Id.Should().Be("Asia/Dubai");
        uae.SoftPeriodsTouching(visit.Timing.LocalDates).Should().ContainSingle().Which.Name.Should().Be("Ramadan 2021");
        var ramadan = ZonedDateRange.FromDates(new LocalDate(2021, 4, 13), new LocalDate(2021, 5, 12), uae.Zone).ToInstantRange();
        ramadan.Contains(visit.ToInstantRange()).Should().BeTrue();
        visit.Timing.LocalDates.Should().OnlyContain(d => uae.IsWorkingDay(d), "a soft clash only: the visit itself is on working days");
    }

    [Fact]
    public void Planted_DeadlineOnWeekend_UaeChecklistDueOnFriday()
    {
        var stage = StageOf("SAMPLE-IRM2-ARE/U4");
        stage.Deadline!.Date.Should().Be(new LocalDate(2021, 7, 2));
        stage.Deadline.Date.DayOfWeek.Should().Be(IsoDayOfWeek.Friday);
        stage.Deadline.Party.Should().Be(Country("ARE"));
        stage.Deadline.Roll.Should().Be(DeadlineRoll.None);
        T.CalendarOf(stage.Deadline.Party)!.IsWeekend(stage.Deadline.Date).Should().BeTrue();
        T.ResolveDeadline(stage.Id)!.Expiry.Should().Be(Utc(2021, 7, 2, 20), "the end of Friday 2 July in Asia/Dubai");
    }

    [Fact]
    public void Planted_JointVisitOpportunity_TwoColombianVisitsFourWeeksApart()
    {
        var mesicic = StageOf("SAMPLE-MESICIC-COL/M3");
        var uncac = StageOf("SAMPLE-IRM2-COL/U8");
        mesicic.ToInstantRange().Overlaps(uncac.ToInstantRange()).Should().BeFalse();
        var gap = mesicic.ToInstantRange().GapTo(uncac.ToInstantRange());
        gap.Should().Be(InstantRange.FromInstants(Utc(2021, 5, 22, 5), Utc(2021, 6, 15, 5)));
        gap!.Value.Duration.Should().BeLessThan(Duration.FromDays(28));
        var colombia = T.GetCountry(new CountryCode("COL")).Calendar;
        colombia.CountWorkingDays(new DateInterval(new LocalDate(2021, 5, 22), new LocalDate(2021, 6, 14))).Should().Be(16, "beyond a 10-working-day buffer: not a clash, an opportunity");
        T.GetReviewOf(mesicic.Id).GovernmentalExperts.Intersect(T.GetReviewOf(uncac.Id).GovernmentalExperts).Should().Equal(new PersonId("MEX-EXPERT-1"));
    }

    [Fact]
    public void PlantedSituations_ListTheItemsTheTestsCheck()
    {
        Reference.PlantedSituations.Select(p => p.Kind).Should().Equal(Enum.GetValues<PlantedSituationKind>());
        foreach (var situation in Reference.PlantedSituations)
        {
            foreach (var item in situation.Items)
            {
                var resources = item.Kind == TimetableItemKind.Stage ? T.ResourcesOf(new StageId(item.Id)) : T.ResourcesOf(new MeetingId(item.Id));
                if (situation.Kind != PlantedSituationKind.DeadlineOnNonWorkingDay)
                {
                    resources.Should().Contain(situation.Resource, "{0} involves {1}", situation, item);
                }
            }
        }
    }

    /// <summary>Brute force over every pair of scheduled items: the only overlaps on a shared resource are the planted ones.</summary>
    [Fact]
    public void ScheduledItems_OnlyThePlantedPairs_OverlapOnASharedResource()
    {
        var items = T.ScheduledItems();
        var found = new List<string>();
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = i + 1; j < items.Length; j++)
            {
                if (!items[i].Range.Overlaps(items[j].Range))
                {
                    continue;
                }

                foreach (var shared in items[i].Resources.Intersect(items[j].Resources))
                {
                    found.Add(shared + " " + items[i].Item + " " + items[j].Item);
                }
            }
        }

        found.Should().BeEquivalentTo(
            "country:AUT stage:SAMPLE-GRECO5-AUT/G3 stage:SAMPLE-WGB4-AUT/W4",
            "person:ESP-EXPERT-1 stage:SAMPLE-GRECO5-AUT/G3 stage:SAMPLE-IRM2-ARE/U8",
            "country:COL stage:SAMPLE-IRM2-COL/U8 meeting:IRG-12",
            "person:PER-EXPERT-1 stage:SAMPLE-IRM2-COL/U8 meeting:IRG-12");
    }

    [Fact]
    public void Deadlines_OtherThanThePlantedOne_FallOnWorkingDaysOutsideSoftPeriods()
    {
        var offending = T.Stages
            .Where(s => s.Deadline is not null)
            .Where(s => T.CalendarOf(s.Deadline!.Party) is { } c && (!c.IsWorkingDay(s.Deadline.Date) || c.SoftPeriodsOn(s.Deadline.Date).Count > 0))
            .Select(s => s.Id.Value);
        offending.Should().Equal("SAMPLE-IRM2-ARE/U4");
    }

    [Fact]
    public void Visits_OtherThanThePlantedOne_AvoidNonWorkingDaysAndSoftPeriods()
    {
        var offending = T.Stages
            .Where(s => s.Kind == StageKind.CountryVisit)
            .Where(s =>
            {
                var calendar = T.GetCountry(T.GetReviewOf(s.Id).StateUnderReview).Calendar;
                return s.Timing.LocalDates.Any(d => !calendar.IsWorkingDay(d)) || calendar.SoftPeriodsTouching(s.Timing.LocalDates).Count > 0;
            })
            .Select(s => s.Id.Value);
        offending.Should().Equal("SAMPLE-ACAC-ARE/U8");
    }

    [Fact]
    public void Stages_NeverStartBeforeTheirPredecessorsEnd()
    {
        var early = T.Stages
            .SelectMany(s => s.Predecessors.Where(p => s.ToInstantRange().Start < T.GetStage(p).ToInstantRange().End).Select(p => s.Id.Value + " < " + p.Value))
            .ToList();
        early.Should().BeEmpty();
    }

    [Fact]
    public void Stages_AfterABogotaDeadlineInViennaAndWashington_StartAfterItExpiresWithoutAgreedDates()
    {
        // U4 due 12 Apr 2021 in Bogota (expires 13 Apr 05:00Z); U5 in Vienna from 14 Apr (13 Apr 22:00Z), planned, not pinned.
        StageOf("SAMPLE-IRM2-COL/U4").ToInstantRange().End.Should().Be(Utc(2021, 4, 13, 5));
        var u5 = StageOf("SAMPLE-IRM2-COL/U5");
        u5.ToInstantRange().Start.Should().Be(Utc(2021, 4, 13, 22));
        u5.IsPinned.Should().BeFalse();

        // M8 due 13 Sep 2021 in Bogota (expires 14 Sep 05:00Z); M9 in Washington from 15 Sep (15 Sep 04:00Z).
        StageOf("SAMPLE-MESICIC-COL/M8").ToInstantRange().End.Should().Be(Utc(2021, 9, 14, 5));
        var m9 = StageOf("SAMPLE-MESICIC-COL/M9");
        m9.ToInstantRange().Start.Should().Be(Utc(2021, 9, 15, 4));
        m9.IsPinned.Should().BeFalse();
    }

    [Fact]
    public void Reviews_CarryTheNoticeAndStagesTheirRuleSources()
    {
        T.Reviews.Should().OnlyContain(r => r.Note == ReferenceTimetable.Notice);
        T.Note.Should().StartWith("Reference timetable: the published 2020-2022 meetings").And.EndWith(ReferenceTimetable.Notice);
        foreach (var stage in T.Stages)
        {
            stage.Source.Should().Be(Reference.StageSources[stage.Id], stage.Id.Value);
        }

        StageOf("SAMPLE-IRM2-COL/U5").Source!.Confidence.Should().Be(Confidence.Estimate);
        MeetingOf("IRG-12").Format.Should().Be(MeetingFormat.NotStated);
    }

    [Fact]
    public void Create_TwoCalls_GiveEqualTimetables()
    {
        var other = ReferenceTimetable.Create(Tzdb);
        var b = other.Timetable;
        b.Mechanisms.Should().Equal(T.Mechanisms);
        b.Cycles.Should().Equal(T.Cycles);
        b.Countries.Should().Equal(T.Countries);
        b.Persons.Should().Equal(T.Persons);
        b.Reviews.Should().Equal(T.Reviews);
        b.Stages.Should().Equal(T.Stages);
        b.Meetings.Should().Equal(T.Meetings);
        b.Blackouts.Should().Equal(T.Blackouts);
        other.PlantedSituations.Should().Equal(Reference.PlantedSituations);
        other.SkippedMeetings.Should().Equal(Reference.SkippedMeetings);
        other.PlanWarnings.Should().Equal(Reference.PlanWarnings);
    }
    [Fact]
    public void ReferenceDataMd_ReferenceTimetableSection_ListsTheMeetingsReviewsAndPlantedItems()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "reference-data.md"));
        var start = text.IndexOf("## The reference timetable", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0);
        var section = text[start..];
        var meetingRows = section.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|')[1].Trim()).ToHashSet();
        meetingRows.Should().Contain(T.Meetings.Select(m => m.Id.Value));
        meetingRows.Should().Contain(T.Reviews.Select(r => r.Id.Value));
        foreach (var skipped in Reference.SkippedMeetings)
        {
            section.Should().Contain(skipped.Meeting.Id.Value);
        }

        foreach (var item in Reference.PlantedSituations.SelectMany(p => p.Items))
        {
            section.Should().Contain(item.Id);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReviewTimelines.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ReviewTimelines.sln not found above " + AppContext.BaseDirectory);
    }
}
