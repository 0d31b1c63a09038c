using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Feeds;

/// <summary>A small timetable with all-day and timed stages, meetings, a rolled deadline and odd-offset zones.</summary>
internal static class SampleTimetable
{
    internal static readonly MechanismId Greco = new("GRECO");
    internal static readonly MechanismId Wgb = new("WGB");
    internal static readonly MechanismId Irm = new("IRM");
    internal static readonly CountryCode Aut = new("AUT");
    internal static readonly CountryCode Npl = new("NPL");
    internal static readonly PersonId Expert = new("expert-deu-1");
    internal static readonly PersonId Staff = new("staff-greco-1");
    internal static readonly StageId GrecoVisit = new("GRECO5-AUT-visit");
    internal static readonly StageId GrecoAdoption = new("GRECO5-AUT-adoption");
    internal static readonly StageId WgbCall = new("WGB4-AUT-call");
    internal static readonly StageId IrmCall = new("IRM2-NPL-call");
    internal static readonly StageId IrmChecklist = new("IRM2-NPL-checklist");
    internal static readonly MeetingId GrecoPlenary = new("GRECO-88");
    internal static readonly MeetingId WgbPlenary = new("WGB-2021-06");

    internal static Timetable Build()
    {
        var vienna = Zone("Europe/Vienna");
        var paris = Zone("Europe/Paris");
        var kathmandu = Zone("Asia/Kathmandu");
        var austria = new WorkingCalendarBuilder("AUT", vienna).AddPublicHoliday(new LocalDate(2021, 4, 5), "Easter Monday").Build();
        var nepal = new WorkingCalendarBuilder("NPL", kathmandu).Build();
        return new TimetableBuilder()
            .AddMechanism(new Mechanism { Id = Greco, Name = "Group of States against Corruption", ShortName = "GRECO", SeatName = "Strasbourg", SeatZone = paris })
            .AddMechanism(new Mechanism { Id = Wgb, Name = "OECD Working Group on Bribery", ShortName = "WGB", SeatName = "Paris", SeatZone = paris })
            .AddMechanism(new Mechanism { Id = Irm, Name = "UNCAC Implementation Review Mechanism", ShortName = "UNCAC IRM", SeatName = "Vienna", SeatZone = vienna })
            .AddCycle(new ReviewCycle { Id = new CycleId("GRECO-5"), Mechanism = Greco, Name = "Fifth evaluation round" })
            .AddCycle(new ReviewCycle { Id = new CycleId("WGB-4"), Mechanism = Wgb, Name = "Phase 4" })
            .AddCycle(new ReviewCycle { Id = new CycleId("IRM-2"), Mechanism = Irm, Name = "Second cycle" })
            .AddCountry(new Country { Code = Aut, Name = "Austria", Calendar = austria })
            .AddCountry(new Country { Code = Npl, Name = "Nepal", Calendar = nepal })
            .AddPerson(new Person { Id = Expert, Name = "Expert, Germany", Role = PersonRole.GovernmentalExpert, HomeZone = Zone("Europe/Berlin") })
            .AddPerson(new Person { Id = Staff, Name = "GRECO staff", Role = PersonRole.SecretariatStaff, HomeZone = paris })
            .AddReview(new CountryReview
            {
                Id = new ReviewId("GRECO5-AUT"),
                Mechanism = Greco,
                Cycle = new CycleId("GRECO-5"),
                StateUnderReview = Aut,
                GovernmentalExperts = [Expert],
                Stages =
                [
                    new Stage
                    {
                        Id = GrecoVisit,
                        Kind = StageKind.CountryVisit,
                        Name = "On-site visit",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 3, 25), new LocalDate(2021, 3, 29), vienna),
                        Location = StageLocation.InCountryUnderReview,
                        Participants = [Expert, Staff],
                        Deadline = new StageDeadline(new LocalDate(2021, 4, 3), TimetableResource.ForCountry(Aut), DeadlineRoll.NextWorkingDay),
                        Revision = 3,
                    },
                    new Stage
                    {
                        Id = GrecoAdoption,
                        Kind = StageKind.Adoption,
                        Name = "Adoption; plenary, Strasbourg",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 6, 16), new LocalDate(2021, 6, 16), paris),
                        Location = StageLocation.AtSeat(Greco),
                    },
                ],
            })
            .AddReview(new CountryReview
            {
                Id = new ReviewId("WGB4-AUT"),
                Mechanism = Wgb,
                Cycle = new CycleId("WGB-4"),
                StateUnderReview = Aut,
                Stages =
                [
                    new Stage
                    {
                        Id = WgbCall,
                        Kind = StageKind.Teleconference,
                        Name = "Kick-off call",
                        Timing = ItemTiming.Timed(new LocalDateTime(2021, 3, 28, 1, 30), new LocalDateTime(2021, 3, 28, 4, 0), vienna, LocalTimeResolution.Lenient),
                        Location = StageLocation.Virtual,
                        Revision = 1,
                    },
                ],
            })
            .AddReview(new CountryReview
            {
                Id = new ReviewId("IRM2-NPL"),
                Mechanism = Irm,
                Cycle = new CycleId("IRM-2"),
                StateUnderReview = Npl,
                GovernmentalExperts = [Expert],
                Stages =
                [
                    new Stage
                    {
                        Id = IrmCall,
                        Kind = StageKind.Dialogue,
                        Name = "Constructive dialogue",
                        Timing = ItemTiming.Timed(new LocalDateTime(2021, 3, 29, 9, 0), new LocalDateTime(2021, 3, 29, 10, 30), kathmandu, LocalTimeResolution.Lenient),
                        Location = StageLocation.Virtual,
                        Participants = [Expert],
                        ParticipantRole = ParticipationRole.Attends, // a timed call the expert takes part in (a dialogue contributes by default)
                    },
                    new Stage
                    {
                        Id = IrmChecklist,
                        Kind = StageKind.SelfAssessmentChecklist,
                        Name = "Self-assessment checklist",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 2, 1), new LocalDate(2021, 3, 12), kathmandu),
                        Deadline = new StageDeadline(new LocalDate(2021, 3, 12), TimetableResource.ForPerson(Expert), DeadlineRoll.None),
                    },
                ],
            })
            .AddMeeting(new Meeting
            {
                Id = GrecoPlenary,
                Kind = MeetingKind.Plenary,
                Mechanism = Greco,
                Name = "GRECO 88th plenary",
                Timing = ItemTiming.AllDay(new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18), paris),
                VenueName = "Agora, Strasbourg",
                VenueZone = paris,
                Seat = Greco,
                Delegations = [Aut],
                Attendees = [Staff],
            })
            .AddMeeting(new Meeting
            {
                Id = WgbPlenary,
                Kind = MeetingKind.Plenary,
                Mechanism = Wgb,
                Name = "WGB June plenary",
                Timing = ItemTiming.Timed(new LocalDateTime(2021, 6, 8, 9, 30), new LocalDateTime(2021, 6, 8, 18, 0), paris, LocalTimeResolution.Lenient),
                VenueName = "OECD Conference Centre",
                VenueZone = paris,
                Seat = Wgb,
                Delegations = [Aut],
                Revision = 2,
            })
            .Build();
    }

    internal static InstantRange RangeOf(Timetable timetable, TimetableItemRef item) =>
        item.Kind == TimetableItemKind.Stage ? timetable.GetStage(new StageId(item.Id)).ToInstantRange() : timetable.GetMeeting(new MeetingId(item.Id)).ToInstantRange();
}
