using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Conflicts;

/// <summary>A small world for conflict tests: GRECO (Strasbourg), the OECD WGB (Paris) and the UNCAC IRM (Vienna);
/// Austria (Sat–Sun weekend, Easter Monday 2021 a holiday, Ramadan-free), Israel (Fri–Sat weekend) and the UAE
/// (Fri–Sat until 2021, Sat–Sun from 2022); a few people. Stages and meetings are added per test.</summary>
internal sealed class ConflictWorld
{
    internal static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    internal static readonly DateTimeZone Vienna = Tzdb["Europe/Vienna"];
    internal static readonly DateTimeZone Paris = Tzdb["Europe/Paris"];
    internal static readonly DateTimeZone Berlin = Tzdb["Europe/Berlin"];
    internal static readonly DateTimeZone Jerusalem = Tzdb["Asia/Jerusalem"];
    internal static readonly DateTimeZone Dubai = Tzdb["Asia/Dubai"];
    internal static readonly DateTimeZone NewYork = Tzdb["America/New_York"];

    internal static readonly MechanismId Greco = new("GRECO");
    internal static readonly MechanismId Wgb = new("WGB");
    internal static readonly MechanismId Irm = new("IRM");
    internal static readonly CountryCode Aut = new("AUT");
    internal static readonly CountryCode Isr = new("ISR");
    internal static readonly CountryCode Are = new("ARE");
    internal static readonly CountryCode Deu = new("DEU");
    internal static readonly PersonId Expert = new("expert-deu");
    internal static readonly PersonId OtherExpert = new("expert-isr");
    internal static readonly PersonId GrecoStaff = new("greco-sec");
    internal static readonly PersonId WgbStaff = new("wgb-sec");
    internal static readonly PersonId NyExpert = new("expert-ny");

    internal static readonly WorkingCalendar Austria = new WorkingCalendarBuilder("AUT", Vienna)
        .AddPublicHoliday(new LocalDate(2021, 4, 5), "Easter Monday")
        .AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday")
        .AddClosure(new DateInterval(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 26)), "Year-end closure")
        .AddSoftPeriod(SoftPeriod.Election("Parliamentary election 2024", new DateInterval(new LocalDate(2024, 9, 16), new LocalDate(2024, 9, 29))))
        .Build();

    internal static readonly WorkingCalendar Israel = new WorkingCalendarBuilder("ISR", Jerusalem)
        .AddWeekendRule(WeekendRule.FridaySaturday)
        .Build();

    internal static readonly WorkingCalendar Emirates = new WorkingCalendarBuilder("ARE", Dubai)
        .AddWeekendRule(WeekendRule.FridaySaturday)
        .AddWeekendRule(WeekendRule.SaturdaySunday.From(new LocalDate(2022, 1, 1)))
        .AddSoftPeriod(SoftPeriod.Religious("Ramadan 1446", new DateInterval(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 29)), 1, SoftPeriodSeverity.Warning))
        .Build();

    private readonly List<CountryReview> reviews = [];
    private readonly List<Meeting> meetings = [];
    private readonly List<Blackout> blackouts = [];
    private int counter;
    private System.Collections.Immutable.ImmutableArray<ItemTiming> expertUnavailability = [];

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    internal TimetableBuilder Builder()
    {
        var builder = new TimetableBuilder()
            .AddMechanism(new Mechanism { Id = Greco, Name = "Group of States against Corruption", ShortName = "GRECO", SeatName = "Strasbourg", SeatZone = Paris, SecretariatTeam = [GrecoStaff] })
            .AddMechanism(new Mechanism { Id = Wgb, Name = "OECD Working Group on Bribery", ShortName = "OECD WGB", SeatName = "Paris", SeatZone = Paris, SecretariatTeam = [WgbStaff] })
            .AddMechanism(new Mechanism { Id = Irm, Name = "UNCAC Implementation Review Mechanism", ShortName = "UNCAC IRM", SeatName = "Vienna", SeatZone = Vienna, SeatCalendar = Austria })
            .AddCycle(new ReviewCycle { Id = new CycleId("GRECO-5"), Mechanism = Greco, Name = "Fifth evaluation round" })
            .AddCycle(new ReviewCycle { Id = new CycleId("WGB-4"), Mechanism = Wgb, Name = "Phase 4" })
            .AddCycle(new ReviewCycle { Id = new CycleId("IRM-2"), Mechanism = Irm, Name = "Second cycle" })
            .AddCountry(new Country { Code = Aut, Name = "Austria", Calendar = Austria })
            .AddCountry(new Country { Code = Isr, Name = "Israel", Calendar = Israel })
            .AddCountry(new Country { Code = Are, Name = "United Arab Emirates", Calendar = Emirates })
            .AddCountry(new Country { Code = Deu, Name = "Germany", Calendar = new WorkingCalendarBuilder("DEU", Berlin).Build() })
            .AddPerson(new Person { Id = Expert, Name = "Anna Becker", Role = PersonRole.GovernmentalExpert, HomeZone = Berlin, Country = Deu, Unavailability = expertUnavailability })
            .AddPerson(new Person { Id = OtherExpert, Name = "Dan Levi", Role = PersonRole.GovernmentalExpert, HomeZone = Jerusalem, Country = Isr })
            .AddPerson(new Person { Id = NyExpert, Name = "Mary Jones", Role = PersonRole.GovernmentalExpert, HomeZone = NewYork })
            .AddPerson(new Person { Id = GrecoStaff, Name = "Claire Martin", Role = PersonRole.SecretariatStaff, HomeZone = Paris })
            .AddPerson(new Person { Id = WgbStaff, Name = "Paul Durand", Role = PersonRole.SecretariatStaff, HomeZone = Paris });
        foreach (var review in reviews)
        {
            builder.AddReview(review);
        }

        foreach (var meeting in meetings)
        {
            builder.AddMeeting(meeting);
        }

        foreach (var blackout in blackouts)
        {
            builder.AddBlackout(blackout);
        }

        return builder;
    }

    internal Timetable Build() => Builder().Build();

    internal static CycleId CycleOf(MechanismId mechanism) =>
        mechanism == Greco ? new CycleId("GRECO-5") : mechanism == Wgb ? new CycleId("WGB-4") : new CycleId("IRM-2");

    /// <summary>Adds a review with the given stages (stage ids become <c>{reviewId}-{suffix}</c> when the caller passes raw ids).</summary>
    internal ConflictWorld Review(string id, MechanismId mechanism, CountryCode country, params Stage[] stages)
    {
        reviews.Add(new CountryReview { Id = new ReviewId(id), Mechanism = mechanism, Cycle = CycleOf(mechanism), StateUnderReview = country, Stages = [.. stages] });
        return this;
    }

    /// <summary>Adds a one-stage review holding an all-day country visit.</summary>
    internal ConflictWorld Visit(string id, MechanismId mechanism, CountryCode country, LocalDate first, LocalDate last, params PersonId[] participants) =>
        Review(id + "-review", mechanism, country, VisitStage(id, first, last, ZoneOf(country), participants));

    internal static Stage VisitStage(string id, LocalDate first, LocalDate last, DateTimeZone zone, params PersonId[] participants) => new()
    {
        Id = new StageId(id),
        Kind = StageKind.CountryVisit,
        Name = "On-site visit",
        Timing = ItemTiming.AllDay(first, last, zone),
        Location = StageLocation.InCountryUnderReview,
        Participants = [.. participants],
    };

    internal static Stage TimedStage(string id, StageKind kind, Instant start, Instant end, DateTimeZone zone, params PersonId[] participants) => new()
    {
        Id = new StageId(id),
        Kind = kind,
        Name = kind == StageKind.CountryVisit ? "On-site visit" : kind.ToString(),
        Timing = ItemTiming.Timed(ReviewTimelines.Intervals.InstantRange.FromInstants(start, end), zone),
        Location = kind == StageKind.CountryVisit ? StageLocation.Virtual : null,
        Participants = [.. participants],
    };

    internal ConflictWorld Meeting(Meeting meeting)
    {
        meetings.Add(meeting);
        return this;
    }

    internal ConflictWorld Plenary(string id, MechanismId mechanism, LocalDate first, LocalDate last, CountryCode[] delegations, params PersonId[] attendees) =>
        Meeting(new Meeting
        {
            Id = new MeetingId(id),
            Kind = MeetingKind.Plenary,
            Mechanism = mechanism,
            Name = id,
            Timing = ItemTiming.AllDay(first, last, mechanism == Irm ? Vienna : Paris),
            VenueName = mechanism == Irm ? "Vienna" : mechanism == Wgb ? "Paris" : "Strasbourg",
            VenueZone = mechanism == Irm ? Vienna : Paris,
            Seat = mechanism,
            Delegations = [.. delegations],
            Attendees = [.. attendees],
        });

    internal ConflictWorld ExpertUnavailable(ItemTiming timing)
    {
        expertUnavailability = expertUnavailability.Add(timing);
        return this;
    }

    internal ConflictWorld Blackout(Blackout blackout)
    {
        blackouts.Add(blackout);
        return this;
    }

    internal string NextId(string prefix) => prefix + "-" + (++counter).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static DateTimeZone ZoneOf(CountryCode country) =>
        country == Aut ? Vienna : country == Isr ? Jerusalem : country == Are ? Dubai : Berlin;
}
