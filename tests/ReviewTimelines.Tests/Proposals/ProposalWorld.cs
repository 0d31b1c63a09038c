using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Proposals;

/// <summary>A small fluent builder of timetables for proposal tests: three mechanisms, countries, people and one-stage reviews holding a country visit.</summary>
internal sealed class ProposalWorld
{
    internal static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    internal static readonly DateTimeZone Vienna = Tzdb["Europe/Vienna"];
    internal static readonly DateTimeZone Paris = Tzdb["Europe/Paris"];
    internal static readonly MechanismId Greco = new("GRECO");
    internal static readonly MechanismId Wgb = new("WGB");
    internal static readonly MechanismId Irm = new("IRM");

    private readonly TimetableBuilder builder = new();
    private readonly HashSet<CountryCode> countries = [];

    internal ProposalWorld()
    {
        foreach (var (id, seat, zone) in new[] { (Greco, "Strasbourg", Paris), (Wgb, "Paris", Paris), (Irm, "Vienna", Vienna) })
        {
            builder.AddMechanism(new Mechanism { Id = id, Name = id.Value, ShortName = id.Value, SeatName = seat, SeatZone = zone })
                .AddCycle(new ReviewCycle { Id = new CycleId("C-" + id.Value), Mechanism = id, Name = "cycle of " + id.Value });
        }
    }

    internal static WorkingCalendar Austria { get; } =
        new WorkingCalendarBuilder("AUT", Vienna)
            .AddPublicHoliday(new LocalDate(2021, 4, 5), "Easter Monday")
            .AddPublicHoliday(new LocalDate(2021, 5, 13), "Ascension Day")
            .Build();

    internal ProposalWorld Country(string code, WorkingCalendar calendar)
    {
        countries.Add(new CountryCode(code));
        builder.AddCountry(new Country { Code = new CountryCode(code), Name = code, Calendar = calendar });
        return this;
    }

    internal ProposalWorld Person(string id, DateTimeZone zone, params ItemTiming[] unavailable)
    {
        builder.AddPerson(new Person { Id = new PersonId(id), Name = id, Role = PersonRole.GovernmentalExpert, HomeZone = zone, Unavailability = [.. unavailable] });
        return this;
    }

    internal ProposalWorld Visit(string id, MechanismId mechanism, string country, LocalDate first, LocalDate last, string[] people, bool pinned = false, DateTimeZone? zone = null)
    {
        var code = new CountryCode(country);
        builder.AddReview(new CountryReview
        {
            Id = new ReviewId("R-" + id),
            Mechanism = mechanism,
            Cycle = new CycleId("C-" + mechanism.Value),
            StateUnderReview = code,
            Stages =
            [
                new Stage
                {
                    Id = new StageId(id),
                    Kind = StageKind.CountryVisit,
                    Name = "visit " + id,
                    Timing = ItemTiming.AllDay(first, last, zone ?? Vienna),
                    Location = StageLocation.InCountryUnderReview,
                    Participants = [.. people.Select(p => new PersonId(p))],
                    IsPinned = pinned,
                },
            ],
        });
        return this;
    }

    internal ProposalWorld Timed(string id, MechanismId mechanism, string country, LocalDateTime start, LocalDateTime end, DateTimeZone zone, string[] people)
    {
        builder.AddReview(new CountryReview
        {
            Id = new ReviewId("R-" + id),
            Mechanism = mechanism,
            Cycle = new CycleId("C-" + mechanism.Value),
            StateUnderReview = new CountryCode(country),
            Stages =
            [
                new Stage
                {
                    Id = new StageId(id),
                    Kind = StageKind.Teleconference,
                    Name = "call " + id,
                    Timing = ItemTiming.Timed(start, end, zone, LocalTimeResolution.Lenient),
                    Location = StageLocation.Virtual,
                    Participants = [.. people.Select(p => new PersonId(p))],
                },
            ],
        });
        return this;
    }

    internal ProposalWorld Blackout(string id, string country, LocalDate first, LocalDate last, BlackoutSeverity severity, DateTimeZone zone)
    {
        builder.AddBlackout(new Blackout
        {
            Id = new BlackoutId(id),
            Scope = TimetableResource.ForCountry(new CountryCode(country)),
            Name = id,
            Dates = ZonedDateRange.FromDates(first, last, zone),
            Kind = BlackoutKind.Closure,
            Severity = severity,
        });
        return this;
    }

    internal Timetable Build() => builder.Build();
}
