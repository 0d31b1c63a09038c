using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

/// <summary>
/// A realistic check: every published 2020–2021 meeting of the reference catalog that has day-precise dates (month-only
/// entries have no days and are left out), plus an illustrative sample of country reviews by GRECO, the OECD WGB and
/// the UNCAC IRM in Austria, Germany, France and the UAE (2021; GRECO made no on-site visits in 2020). The review dates
/// are made up; the meeting dates are the published ones. Every expected conflict is checked by value.
/// </summary>
public sealed class ReferenceTimetableConflictTests
{
    private static readonly CountryCode Fra = new("FRA");
    private static readonly PersonId AustrianExpert = new("expert-aut-1");
    private static readonly PersonId FrenchExpert = new("expert-fra-1");
    private static readonly PersonId GrecoStaff = new("greco-sec-1");
    private static readonly PersonId WgbStaff = new("wgb-sec-1");

    private static readonly CountryCode[] Everyone = [Aut, Deu, Fra, Are];

    internal static Timetable Build()
    {
        var catalog = ReferenceCatalog.Create(Tzdb);
        var builder = new TimetableBuilder();
        foreach (var profile in catalog.Mechanisms)
        {
            builder.AddMechanism(new Mechanism
            {
                Id = profile.Id,
                Name = profile.Name,
                ShortName = profile.Acronym,
                SeatName = profile.Seat.Value,
                SeatZone = profile.SeatZone,
                SecretariatTeam = profile.Id == ReferenceMechanisms.Greco ? [GrecoStaff] : profile.Id == ReferenceMechanisms.OecdWgb ? [WgbStaff] : [],
            });
        }

        foreach (var published in catalog.Meetings.Where(m => m.Dates is not null && m.Month.Year is 2020 or 2021))
        {
            var dates = published.Dates!.Value;
            var seat = catalog[published.Mechanism].SeatZone.Id == published.VenueZone.Id ? published.Mechanism : (MechanismId?)null;
            builder.AddMeeting(new Meeting
            {
                Id = published.Id,
                Kind = published.Kind,
                Mechanism = published.Mechanism,
                Name = published.Name,
                Timing = ItemTiming.AllDay(dates),
                VenueName = published.Venue,
                VenueZone = published.VenueZone,
                Seat = seat,
                Format = published.Format switch
                {
                    PublishedMeetingFormat.Virtual => MeetingFormat.Virtual,
                    PublishedMeetingFormat.Hybrid => MeetingFormat.Hybrid,
                    _ => MeetingFormat.InPerson,
                },
                Delegations = DelegationsOf(published.Mechanism),
            });
        }

        builder
            .AddCountry(new Country { Code = Aut, Name = "Austria", Calendar = new WorkingCalendarBuilder("AUT", Vienna).AddPublicHoliday(new LocalDate(2021, 5, 24), "Whit Monday").AddPublicHoliday(new LocalDate(2021, 10, 26), "National Day").Build() })
            .AddCountry(new Country { Code = Deu, Name = "Germany", Calendar = new WorkingCalendarBuilder("DEU", Berlin).AddPublicHoliday(new LocalDate(2021, 10, 3), "German Unity Day").Build() })
            .AddCountry(new Country { Code = Fra, Name = "France", Calendar = new WorkingCalendarBuilder("FRA", Paris).AddPublicHoliday(new LocalDate(2021, 11, 1), "All Saints' Day").AddPublicHoliday(new LocalDate(2021, 11, 11), "Armistice Day").Build() })
            .AddCountry(new Country
            {
                Code = Are,
                Name = "United Arab Emirates",
                Calendar = new WorkingCalendarBuilder("ARE", Dubai).AddWeekendRule(WeekendRule.FridaySaturday).AddWeekendRule(WeekendRule.SaturdaySunday.From(new LocalDate(2022, 1, 1))).Build(),
            })
            .AddPerson(new Person { Id = AustrianExpert, Name = "Expert AUT", Role = PersonRole.GovernmentalExpert, HomeZone = Vienna, Country = Aut })
            .AddPerson(new Person { Id = FrenchExpert, Name = "Expert FRA", Role = PersonRole.GovernmentalExpert, HomeZone = Paris, Country = Fra })
            .AddPerson(new Person { Id = GrecoStaff, Name = "GRECO secretariat officer", Role = PersonRole.SecretariatStaff, HomeZone = Paris })
            .AddPerson(new Person { Id = WgbStaff, Name = "WGB secretariat officer", Role = PersonRole.SecretariatStaff, HomeZone = Paris })
            .AddCycle(new ReviewCycle { Id = new CycleId("GRECO-5"), Mechanism = ReferenceMechanisms.Greco, Name = "Fifth evaluation round" })
            .AddCycle(new ReviewCycle { Id = new CycleId("WGB-4"), Mechanism = ReferenceMechanisms.OecdWgb, Name = "Phase 4" })
            .AddCycle(new ReviewCycle { Id = new CycleId("IRM-2"), Mechanism = ReferenceMechanisms.UncacIrm, Name = "Second cycle" });

        builder.AddReview(Review("GRECO5-AUT", ReferenceMechanisms.Greco, "GRECO-5", Aut, [FrenchExpert], [GrecoStaff],
            new Stage
            {
                Id = new StageId("GRECO5-AUT-questionnaire"),
                Kind = StageKind.SelfAssessmentChecklist,
                Name = "Replies to the questionnaire",
                Timing = ItemTiming.AllDay(new LocalDate(2021, 3, 15), new LocalDate(2021, 5, 15), Vienna),
                Deadline = new StageDeadline(new LocalDate(2021, 5, 15), TimetableResource.ForCountry(Aut), DeadlineRoll.NextWorkingDay),
            },
            Visit("GRECO5-AUT-visit", new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18), Vienna, [FrenchExpert, GrecoStaff]) with { Predecessors = [new StageId("GRECO5-AUT-questionnaire")] }));
        builder.AddReview(Review("WGB4-AUT", ReferenceMechanisms.OecdWgb, "WGB-4", Aut, [], [WgbStaff],
            Visit("WGB4-AUT-visit", new LocalDate(2021, 6, 28), new LocalDate(2021, 7, 2), Vienna, [WgbStaff])));
        builder.AddReview(Review("WGB4-DEU", ReferenceMechanisms.OecdWgb, "WGB-4", Deu, [FrenchExpert, AustrianExpert], [WgbStaff],
            Visit("WGB4-DEU-visit", new LocalDate(2021, 6, 16), new LocalDate(2021, 6, 18), Berlin, [AustrianExpert, FrenchExpert]),
            new Stage
            {
                Id = new StageId("WGB4-DEU-draft"),
                Kind = StageKind.DraftReport,
                Name = "Draft report",
                Timing = ItemTiming.AllDay(new LocalDate(2021, 6, 14), new LocalDate(2021, 7, 30), Paris),
                Predecessors = [new StageId("WGB4-DEU-visit")],
            }));
        builder.AddReview(Review("WGB4-FRA", ReferenceMechanisms.OecdWgb, "WGB-4", Fra, [AustrianExpert], [WgbStaff],
            Visit("WGB4-FRA-visit", new LocalDate(2021, 11, 10), new LocalDate(2021, 11, 12), Paris, [AustrianExpert, WgbStaff])));
        builder.AddReview(Review("GRECO5-FRA", ReferenceMechanisms.Greco, "GRECO-5", Fra, [AustrianExpert], [GrecoStaff],
            Visit("GRECO5-FRA-visit", new LocalDate(2021, 12, 6), new LocalDate(2021, 12, 10), Paris, [AustrianExpert, GrecoStaff])));
        builder.AddReview(Review("IRM2-DEU", ReferenceMechanisms.UncacIrm, "IRM-2", Deu, [], [],
            Visit("IRM2-DEU-visit", new LocalDate(2021, 10, 18), new LocalDate(2021, 10, 22), Berlin, [])));
        builder.AddReview(Review("IRM2-ARE", ReferenceMechanisms.UncacIrm, "IRM-2", Are, [], [],
            Visit("IRM2-ARE-visit", new LocalDate(2021, 10, 24), new LocalDate(2021, 10, 28), Dubai, [])));
        return builder.Build();
    }

    [Fact]
    public void Detect_Published2020And2021MeetingsWithSampleReviews_ExactlyTheExpectedConflicts()
    {
        var timetable = Build();

        var conflicts = new ConflictDetector().Detect(timetable);

        var expected = new (ConflictKind Kind, ConflictSeverity Severity, string[] Items, string Resource, string Interval, string Sentence)[]
        {
            (ConflictKind.DeadlineOnNonWorkingDay, ConflictSeverity.Soft, ["stage:GRECO5-AUT-questionnaire"], "country:AUT", "2021-05-14T22:00:00Z/2021-05-15T22:00:00Z",
                "The deadline of GRECO's stage \"Replies to the questionnaire\" for Austria, Saturday 2021-05-15, falls on a weekend day of Austria; it rolls to Monday 2021-05-17."),
            (ConflictKind.VisitDuringPlenary, ConflictSeverity.Hard, ["stage:GRECO5-AUT-visit", "meeting:IRG-12"], "country:AUT", "2021-06-13T22:00:00Z/2021-06-18T22:00:00Z",
                "GRECO's country visit to Austria (2021-06-14 to 2021-06-18) overlaps IRG 12th session (2021-06-14 to 2021-06-18), which Austria's delegation attends, by 5 days."),
            (ConflictKind.SequenceViolation, ConflictSeverity.Hard, ["stage:WGB4-DEU-visit", "stage:WGB4-DEU-draft"], "country:DEU", "2021-06-13T22:00:00Z/2021-06-18T22:00:00Z",
                "OECD WGB's stage \"Draft report\" for Germany (2021-06-14 to 2021-07-30) starts before its predecessor OECD WGB's country visit to Germany (2021-06-16 to 2021-06-18) ends."),
            (ConflictKind.PersonDoubleBooked, ConflictSeverity.Hard, ["stage:GRECO5-AUT-visit", "stage:WGB4-DEU-visit"], "person:expert-fra-1", "2021-06-15T22:00:00Z/2021-06-18T22:00:00Z",
                "Expert FRA is booked on both GRECO's country visit to Austria (2021-06-14 to 2021-06-18) and OECD WGB's country visit to Germany (2021-06-16 to 2021-06-18), which overlap by 3 days."),
            (ConflictKind.VisitDuringPlenary, ConflictSeverity.Hard, ["stage:WGB4-DEU-visit", "meeting:IRG-12"], "country:DEU", "2021-06-15T22:00:00Z/2021-06-18T22:00:00Z",
                "OECD WGB's country visit to Germany (2021-06-16 to 2021-06-18) overlaps IRG 12th session (2021-06-14 to 2021-06-18), which Germany's delegation attends, by 3 days."),
            (ConflictKind.PlenaryClash, ConflictSeverity.Soft, ["meeting:IRG-12", "meeting:FATF-2021-06"], "country:DEU", "2021-06-18T22:00:00Z/2021-06-19T22:00:00Z",
                "IRG 12th session (2021-06-14 to 2021-06-18) and FATF plenary June 2021 (2021-06-20 to 2021-06-25) fall in the same week and share 2 delegations (Germany, France)."),
            (ConflictKind.CountryVisitOverlap, ConflictSeverity.Hard, ["stage:GRECO5-AUT-visit", "stage:WGB4-AUT-visit"], "country:AUT", "2021-06-18T22:00:00Z/2021-06-27T22:00:00Z",
                "GRECO's country visit to Austria (2021-06-14 to 2021-06-18) and OECD WGB's country visit to Austria (2021-06-28 to 2021-07-02) are only 5 working days apart in Austria's calendar; at least 10 are needed."),
            (ConflictKind.VisitDuringPlenary, ConflictSeverity.Hard, ["stage:IRM2-DEU-visit", "meeting:FATF-2021-10"], "country:DEU", "2021-10-18T22:00:00Z/2021-10-21T22:00:00Z",
                "UNCAC IRM's country visit to Germany (2021-10-18 to 2021-10-22) overlaps FATF plenary October 2021 (2021-10-19 to 2021-10-21), which Germany's delegation attends, by 3 days."),
            (ConflictKind.Blackout, ConflictSeverity.Hard, ["stage:WGB4-FRA-visit", "calendar-day:country:FRA@2021-11-11"], "country:FRA", "2021-11-10T23:00:00Z/2021-11-11T23:00:00Z",
                "OECD WGB's country visit to France (2021-11-10 to 2021-11-12) falls on the public holiday Armistice Day (Thursday 2021-11-11) in France."),
            (ConflictKind.JointVisitOpportunity, ConflictSeverity.Opportunity, ["stage:WGB4-FRA-visit", "stage:GRECO5-FRA-visit"], "country:FRA", "2021-11-12T23:00:00Z/2021-12-05T23:00:00Z",
                "OECD WGB's country visit to France (2021-11-10 to 2021-11-12) and GRECO's country visit to France (2021-12-06 to 2021-12-10) are 23 days apart: consider a joint visit to France."),
        };

        conflicts.Select(c => (c.Kind, c.Severity, c.Items.Select(i => i.ToString()).ToArray(), c.Resource.ToString(), c.Interval.ToString(), c.Description))
            .Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        conflicts.Select(c => c.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Detect_SameTimetableBuiltTwice_SameConflictIds()
    {
        var first = new ConflictDetector().Detect(Build());
        var second = new ConflictDetector().Detect(Build());

        second.Should().Equal(first);
        first[0].Id.Value.Should().MatchRegex("^deadline-on-non-working-day/[0-9a-f]{16}$");
    }

    private static System.Collections.Immutable.ImmutableArray<CountryCode> DelegationsOf(MechanismId mechanism) =>
        mechanism == ReferenceMechanisms.Fatf ? [Deu, Fra] : [.. Everyone];

    private static CountryReview Review(string id, MechanismId mechanism, string cycle, CountryCode country, PersonId[] experts, PersonId[] staff, params Stage[] stages) => new()
    {
        Id = new ReviewId(id),
        Mechanism = mechanism,
        Cycle = new CycleId(cycle),
        StateUnderReview = country,
        GovernmentalExperts = [.. experts],
        SecretariatTeam = [.. staff],
        Stages = [.. stages],
    };

    private static Stage Visit(string id, LocalDate first, LocalDate last, DateTimeZone zone, PersonId[] participants) => new()
    {
        Id = new StageId(id),
        Kind = StageKind.CountryVisit,
        Name = "On-site visit",
        Timing = ItemTiming.AllDay(first, last, zone),
        Location = StageLocation.InCountryUnderReview,
        Participants = [.. participants],
    };
}
