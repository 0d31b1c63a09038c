using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

/// <summary>
/// A small realistic timetable: Austria reviewed in 2021 by GRECO (Fifth evaluation round) and by the OECD WGB
/// (Phase 4), with one German governmental expert on both teams. The mechanisms, seats and zones are the real ones
/// (REVIEW-MECHANISMS.md §2, §3, §6.4); the review dates are illustrative, not published ones.
/// </summary>
internal static class AustriaTimetable
{
    internal static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    internal static readonly DateTimeZone Vienna = Tzdb["Europe/Vienna"];
    internal static readonly DateTimeZone Paris = Tzdb["Europe/Paris"];
    internal static readonly DateTimeZone Berlin = Tzdb["Europe/Berlin"];

    internal static readonly MechanismId Greco = new("GRECO");
    internal static readonly MechanismId Wgb = new("OECD-WGB");
    internal static readonly CycleId GrecoRound5 = new("GRECO-5");
    internal static readonly CycleId WgbPhase4 = new("WGB-4");
    internal static readonly CountryCode Aut = new("AUT");
    internal static readonly CountryCode Deu = new("DEU");
    internal static readonly CountryCode Svn = new("SVN");
    internal static readonly CountryCode Che = new("CHE");
    internal static readonly PersonId SharedExpert = new("expert-deu-1");
    internal static readonly PersonId SloveneExpert = new("expert-svn-1");
    internal static readonly PersonId SwissExaminer = new("examiner-che-1");
    internal static readonly PersonId AustrianFocalPoint = new("fp-aut");
    internal static readonly PersonId GrecoStaff = new("greco-sec-1");
    internal static readonly PersonId WgbStaff = new("wgb-sec-1");
    internal static readonly ReviewId GrecoReview = new("GRECO5-AUT");
    internal static readonly ReviewId WgbReview = new("WGB4-AUT");
    internal static readonly StageId GrecoQuestionnaire = new("GRECO5-AUT-questionnaire");
    internal static readonly StageId GrecoVisit = new("GRECO5-AUT-visit");
    internal static readonly StageId WgbQuestionnaire = new("WGB4-AUT-questionnaire");
    internal static readonly StageId WgbVisit = new("WGB4-AUT-visit");
    internal static readonly StageId WgbPrepCall = new("WGB4-AUT-prep-call");
    internal static readonly MeetingId GrecoPlenary = new("GRECO-plenary-2021-06");

    internal static WorkingCalendar AustriaCalendar { get; } =
        new WorkingCalendarBuilder("AUT", Vienna)
            .AddPublicHoliday(new LocalDate(2021, 4, 5), "Easter Monday")
            .AddPublicHoliday(new LocalDate(2021, 5, 13), "Ascension Day")
            .Build();

    internal static TimetableBuilder Builder()
    {
        var germanCalendar = new WorkingCalendarBuilder("DEU", Berlin).Build();
        return new TimetableBuilder()
            .AddMechanism(new Mechanism
            {
                Id = Greco,
                Name = "Group of States against Corruption",
                ShortName = "GRECO",
                SeatName = "Strasbourg",
                SeatZone = Paris,
                SecretariatTeam = [GrecoStaff],
                MemberStates = [Svn, Aut, Deu, Che],
                PlenaryPattern = "Plenaries in Strasbourg, usually in March, June, October and December",
            })
            .AddMechanism(new Mechanism
            {
                Id = Wgb,
                Name = "OECD Working Group on Bribery in International Business Transactions",
                ShortName = "WGB",
                SeatName = "Paris",
                SeatZone = Paris,
                SecretariatTeam = [WgbStaff],
                PlenaryPattern = "Four plenary meetings a year in Paris",
            })
            .AddCycle(new ReviewCycle { Id = GrecoRound5, Mechanism = Greco, Name = "Fifth evaluation round", Dates = new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2025, 12, 31)) })
            .AddCycle(new ReviewCycle { Id = WgbPhase4, Mechanism = Wgb, Name = "Phase 4" })
            .AddCountry(new Country { Code = Aut, Name = "Austria", Calendar = AustriaCalendar })
            .AddCountry(new Country { Code = Deu, Name = "Germany", Calendar = germanCalendar })
            .AddCountry(new Country { Code = Svn, Name = "Slovenia", Calendar = new WorkingCalendarBuilder("SVN", Tzdb["Europe/Ljubljana"]).Build() })
            .AddCountry(new Country { Code = Che, Name = "Switzerland", Calendar = new WorkingCalendarBuilder("CHE", Tzdb["Europe/Zurich"]).Build() })
            .AddPerson(new Person { Id = SharedExpert, Name = "Expert DEU", Role = PersonRole.GovernmentalExpert, HomeZone = Berlin, Country = Deu })
            .AddPerson(new Person { Id = SloveneExpert, Name = "Expert SVN", Role = PersonRole.GovernmentalExpert, HomeZone = Tzdb["Europe/Ljubljana"], Country = Svn })
            .AddPerson(new Person { Id = SwissExaminer, Name = "Examiner CHE", Role = PersonRole.LeadExaminer, HomeZone = Tzdb["Europe/Zurich"], Country = Che })
            .AddPerson(new Person { Id = AustrianFocalPoint, Name = "Focal point AUT", Role = PersonRole.FocalPoint, HomeZone = Vienna, Country = Aut })
            .AddPerson(new Person { Id = GrecoStaff, Name = "GRECO secretariat", Role = PersonRole.SecretariatStaff, HomeZone = Paris })
            .AddPerson(new Person { Id = WgbStaff, Name = "WGB secretariat", Role = PersonRole.SecretariatStaff, HomeZone = Paris })
            .AddReview(new CountryReview
            {
                Id = GrecoReview,
                Mechanism = Greco,
                Cycle = GrecoRound5,
                StateUnderReview = Aut,
                ReviewingStates = [Svn, Deu],
                GovernmentalExperts = [SloveneExpert, SharedExpert],
                FocalPoint = AustrianFocalPoint,
                SecretariatTeam = [GrecoStaff],
                Stages =
                [
                    new Stage
                    {
                        Id = GrecoVisit,
                        Kind = StageKind.CountryVisit,
                        Name = "On-site visit",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 26), Vienna),
                        Location = StageLocation.InCountryUnderReview,
                        Participants = [SharedExpert, SloveneExpert, GrecoStaff, AustrianFocalPoint],
                        Predecessors = [GrecoQuestionnaire],
                    },
                    new Stage
                    {
                        Id = GrecoQuestionnaire,
                        Kind = StageKind.SelfAssessmentChecklist,
                        Name = "Reply to the questionnaire",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 1, 4), new LocalDate(2021, 2, 27), Vienna),
                        Deadline = new StageDeadline(new LocalDate(2021, 2, 27), TimetableResource.ForCountry(Aut), DeadlineRoll.NextWorkingDay),
                    },
                ],
            })
            .AddReview(new CountryReview
            {
                Id = WgbReview,
                Mechanism = Wgb,
                Cycle = WgbPhase4,
                StateUnderReview = Aut,
                ReviewingStates = [Deu, Che],
                GovernmentalExperts = [SharedExpert, SwissExaminer],
                FocalPoint = AustrianFocalPoint,
                SecretariatTeam = [WgbStaff],
                Stages =
                [
                    new Stage
                    {
                        Id = WgbQuestionnaire,
                        Kind = StageKind.SelfAssessmentChecklist,
                        Name = "Phase 4 questionnaire",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 1, 11), new LocalDate(2021, 3, 1), Vienna),
                        Deadline = new StageDeadline(new LocalDate(2021, 3, 1), TimetableResource.ForCountry(Aut), DeadlineRoll.NextWorkingDay),
                    },
                    new Stage
                    {
                        Id = WgbPrepCall,
                        Kind = StageKind.Teleconference,
                        Name = "Preparatory call",
                        Timing = ItemTiming.Timed(new LocalDateTime(2021, 3, 26, 14, 0), new LocalDateTime(2021, 3, 26, 15, 30), Vienna, LocalTimeResolution.Lenient),
                        Location = StageLocation.Virtual,
                        Participants = [SharedExpert, SwissExaminer, WgbStaff],
                        Predecessors = [WgbQuestionnaire],
                    },
                    new Stage
                    {
                        Id = WgbVisit,
                        Kind = StageKind.CountryVisit,
                        Name = "On-site visit",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 3, 29), new LocalDate(2021, 4, 1), Vienna),
                        Location = StageLocation.InCountryUnderReview,
                        Participants = [SharedExpert, SwissExaminer, WgbStaff],
                        Predecessors = [WgbPrepCall],
                        Deadline = new StageDeadline(new LocalDate(2021, 4, 3), TimetableResource.ForPerson(SharedExpert), DeadlineRoll.PreviousWorkingDay),
                    },
                ],
            })
            .AddMeeting(new Meeting
            {
                Id = GrecoPlenary,
                Kind = MeetingKind.Plenary,
                Mechanism = Greco,
                Name = "GRECO plenary (illustrative dates)",
                Timing = ItemTiming.AllDay(new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18), Paris),
                VenueName = "Agora building, Strasbourg",
                VenueZone = Paris,
                Seat = Greco,
                Format = MeetingFormat.Hybrid,
                AllMemberStates = true,
                Attendees = [GrecoStaff],
                Source = SourceReference.Estimate("illustrative week; GRECO holds a June plenary in Strasbourg"),
            })
            .AddBlackout(new Blackout
            {
                Id = new BlackoutId("AUT-easter-2021"),
                Scope = TimetableResource.ForCountry(Aut),
                Name = "Easter",
                Dates = ZonedDateRange.FromDates(new LocalDate(2021, 4, 2), new LocalDate(2021, 4, 5), Vienna),
                Kind = BlackoutKind.PublicHoliday,
                Severity = BlackoutSeverity.Soft,
            });
    }
}
