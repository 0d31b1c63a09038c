using System.Text.Json;

namespace ReviewTimelines.Json.Internal;

/// <summary>Reads a parsed document into DTOs: shape and type checks only, every problem reported to the sink.</summary>
internal static class DtoReader
{
    internal static TimetableDto? Read(JsonElement root, ProblemSink sink, JsonSerializerOptions options)
    {
        var reader = ObjectReader.Open(root, "$", sink, options);
        if (reader is null)
        {
            return null;
        }

        var dto = new TimetableDto
        {
            Schema = reader.String("$schema"),
            FormatVersion = reader.Int("formatVersion"),
            TzdbVersion = reader.String("tzdbVersion"),
            Note = reader.String("note"),
            Zone = reader.String("zone"),
            Mechanisms = reader.Objects("mechanisms", Mechanism),
            Cycles = reader.Objects("cycles", Cycle),
            Countries = reader.Objects("countries", Country),
            People = reader.Objects("people", Person),
            Reviews = reader.Objects("reviews", Review),
            Meetings = reader.Objects("meetings", Meeting),
            Blackouts = reader.Objects("blackouts", Blackout),
            Feeds = reader.Objects("feeds", Feed),
            Path = reader.Path,
        };
        reader.Finish();
        return dto;
    }

    private static MechanismDto Mechanism(ObjectReader r)
    {
        var reference = r.String("reference");
        var full = reference is null;
        return new MechanismDto
        {
            Id = r.String("id", required: full),
            Reference = reference,
            Name = r.String("name", required: full),
            ShortName = r.String("shortName", required: full),
            SeatName = r.String("seatName", required: full),
            SeatZone = r.String("seatZone", required: full),
            SeatCalendar = r.Object("seatCalendar", Calendar),
            SecretariatTeam = r.Strings("secretariatTeam"),
            MemberStates = r.Strings("memberStates"),
            PlenaryPattern = r.String("plenaryPattern"),
            Path = r.Path,
        };
    }

    private static CalendarDto Calendar(ObjectReader r) => new()
    {
        Name = r.String("name"),
        Zone = r.String("zone"),
        LocalTimeResolution = r.String("localTimeResolution"),
        WeekendRules = r.Objects("weekendRules", WeekendRule),
        NonWorkingDays = r.Objects("nonWorkingDays", NonWorkingDay),
        SoftPeriods = r.Objects("softPeriods", SoftPeriod),
        WorkingHours = r.Objects("workingHours", WorkingHours),
        WorkingHoursOverrides = r.Objects("workingHoursOverrides", HoursOverride),
        HolidayCoverage = r.Objects("holidayCoverage", DateSpan),
        Path = r.Path,
    };

    private static HoursOverrideDto HoursOverride(ObjectReader r) => new()
    {
        Date = r.Date("date", required: true),
        Spans = r.Objects("spans", TimeSpan, required: true),
        Path = r.Path,
    };

    private static TimeSpanDto TimeSpan(ObjectReader r) => new()
    {
        Start = r.Time("start", required: true),
        End = r.Time("end", required: true),
        Path = r.Path,
    };

    private static WeekendRuleDto WeekendRule(ObjectReader r) => new()
    {
        EffectiveFrom = r.Date("effectiveFrom"),
        Days = r.Strings("days", required: true),
        Path = r.Path,
    };

    private static NonWorkingDayDto NonWorkingDay(ObjectReader r) => new()
    {
        Date = r.Date("date", required: true),
        Name = r.String("name", required: true),
        Kind = r.String("kind"),
        Path = r.Path,
    };

    private static SoftPeriodDto SoftPeriod(ObjectReader r) => new()
    {
        Name = r.String("name", required: true),
        First = r.Date("first", required: true),
        Last = r.Date("last", required: true),
        Kind = r.String("kind"),
        Severity = r.String("severity"),
        UncertaintyDays = r.Int("uncertaintyDays"),
        Path = r.Path,
    };

    private static WorkingHoursDto WorkingHours(ObjectReader r) => new()
    {
        EffectiveFrom = r.Date("effectiveFrom"),
        Spans = r.Objects("spans", HoursSpan, required: true),
        Path = r.Path,
    };

    private static HoursSpanDto HoursSpan(ObjectReader r) => new()
    {
        Days = r.Strings("days", required: true),
        Start = r.Time("start", required: true),
        End = r.Time("end", required: true),
        Path = r.Path,
    };

    private static DateSpanDto DateSpan(ObjectReader r) => new()
    {
        First = r.Date("first", required: true),
        Last = r.Date("last", required: true),
        Path = r.Path,
    };

    private static CycleDto Cycle(ObjectReader r) => new()
    {
        Id = r.String("id", required: true),
        Mechanism = r.String("mechanism", required: true),
        Name = r.String("name", required: true),
        Dates = r.Object("dates", DateSpan),
        Path = r.Path,
    };

    private static CountryDto Country(ObjectReader r) => new()
    {
        Code = r.String("code", required: true),
        Name = r.String("name", required: true),
        Zone = r.String("zone", required: true),
        Calendar = r.Object("calendar", Calendar),
        Path = r.Path,
    };

    private static PersonDto Person(ObjectReader r) => new()
    {
        Id = r.String("id", required: true),
        Name = r.String("name", required: true),
        Role = r.String("role", required: true),
        HomeZone = r.String("homeZone", required: true),
        Country = r.String("country"),
        Calendar = r.Object("calendar", Calendar),
        Unavailability = r.Objects("unavailability", Timing),
        Path = r.Path,
    };

    private static TimingDto Timing(ObjectReader r) => new()
    {
        First = r.Date("first"),
        Last = r.Date("last"),
        Start = r.String("start"),
        End = r.String("end"),
        Zone = r.String("zone", required: true),
        Resolution = r.String("resolution"),
        Path = r.Path,
    };

    private static ReviewDto Review(ObjectReader r) => new()
    {
        Id = r.String("id", required: true),
        Mechanism = r.String("mechanism", required: true),
        Cycle = r.String("cycle", required: true),
        StateUnderReview = r.String("stateUnderReview", required: true),
        ReviewingStates = r.Strings("reviewingStates"),
        GovernmentalExperts = r.Strings("governmentalExperts"),
        FocalPoint = r.String("focalPoint"),
        SecretariatTeam = r.Strings("secretariatTeam"),
        Note = r.String("note"),
        Stages = r.Objects("stages", Stage),
        Path = r.Path,
    };

    private static StageDto Stage(ObjectReader r) => new()
    {
        Id = r.String("id", required: true),
        Kind = r.String("kind", required: true),
        Name = r.String("name", required: true),
        Timing = r.Object("timing", Timing, required: true),
        Deadline = r.Object("deadline", Deadline),
        Pinned = r.Bool("pinned"),
        Participants = r.Strings("participants"),
        ParticipantRole = r.String("participantRole"),
        ParticipantRoles = r.Objects("participantRoles", Participation),
        Location = r.String("location"),
        Predecessors = r.Strings("predecessors"),
        Source = r.Object("source", Source),
        Revision = r.Int("revision"),
        LastModified = r.String("lastModified"),
        Path = r.Path,
    };

    private static ParticipationDto Participation(ObjectReader r) => new()
    {
        Person = r.String("person", required: true),
        Role = r.String("role", required: true),
        Path = r.Path,
    };

    private static DeadlineDto Deadline(ObjectReader r) => new()
    {
        Date = r.Date("date", required: true),
        Party = r.String("party", required: true),
        Roll = r.String("roll"),
        Path = r.Path,
    };

    private static MeetingDto Meeting(ObjectReader r) => new()
    {
        Id = r.String("id", required: true),
        Kind = r.String("kind", required: true),
        Mechanism = r.String("mechanism"),
        Name = r.String("name", required: true),
        Timing = r.Object("timing", Timing, required: true),
        VenueName = r.String("venueName", required: true),
        VenueZone = r.String("venueZone", required: true),
        Seat = r.String("seat"),
        Format = r.String("format"),
        Delegations = r.Strings("delegations"),
        AllMemberStates = r.Bool("allMemberStates"),
        Attendees = r.Strings("attendees"),
        ParticipantRole = r.String("participantRole"),
        ParticipantRoles = r.Objects("participantRoles", Participation),
        Pinned = r.Bool("pinned"),
        Source = r.Object("source", Source),
        Revision = r.Int("revision"),
        LastModified = r.String("lastModified"),
        Path = r.Path,
    };

    private static SourceDto Source(ObjectReader r) => new()
    {
        Citation = r.String("citation", required: true, allowEmpty: true),
        Confidence = r.String("confidence", required: true),
        Note = r.String("note"),
        Path = r.Path,
    };

    private static BlackoutDto Blackout(ObjectReader r) => new()
    {
        Id = r.String("id", required: true),
        Scope = r.String("scope", required: true),
        Name = r.String("name", required: true),
        First = r.Date("first", required: true),
        Last = r.Date("last", required: true),
        Zone = r.String("zone", required: true),
        Kind = r.String("kind", required: true),
        Severity = r.String("severity"),
        Source = r.Object("source", Source),
        LastModified = r.String("lastModified"),
        Path = r.Path,
    };

    private static FeedDto Feed(ObjectReader r) => new()
    {
        Path = r.String("path", required: true),
        Owner = r.String("owner", required: true),
        Zone = r.String("zone"),
        FloatingZone = r.String("floatingZone"),
        JsonPath = r.Path,
    };
}
