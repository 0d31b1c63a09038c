using System.Text.Json.Serialization;
using NodaTime;

namespace ReviewTimelines.Json.Internal;

// The file's shape, one record per JSON object. Property order here is the order the writer uses.
// Enum values, zones, ids and resource keys stay strings: the mapper checks them and reports problems with paths.
// Path is where the object was read (for problems); the writer leaves it at "$".

/// <summary>The whole file.</summary>
internal sealed record TimetableDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public int? FormatVersion { get; init; }

    public string? Note { get; init; }

    public string? Zone { get; init; }

    public List<MechanismDto>? Mechanisms { get; init; }

    public List<CycleDto>? Cycles { get; init; }

    public List<CountryDto>? Countries { get; init; }

    public List<PersonDto>? People { get; init; }

    public List<ReviewDto>? Reviews { get; init; }

    public List<MeetingDto>? Meetings { get; init; }

    public List<BlackoutDto>? Blackouts { get; init; }

    public List<FeedDto>? Feeds { get; init; }

    /// <summary>The <see cref="NodaTime.IDateTimeZoneProvider.VersionId"/> of the tz data the wall-clock times were resolved with (format version 2); last, so that adding it moves no line of a file.</summary>
    public string? TzdbVersion { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record MechanismDto
{
    public string? Id { get; init; }

    public string? Reference { get; init; }

    public string? Name { get; init; }

    public string? ShortName { get; init; }

    public string? SeatName { get; init; }

    public string? SeatZone { get; init; }

    public CalendarDto? SeatCalendar { get; init; }

    public List<string>? SecretariatTeam { get; init; }

    public List<string>? MemberStates { get; init; }

    public string? PlenaryPattern { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record CalendarDto
{
    public string? Name { get; init; }

    public string? Zone { get; init; }

    public string? LocalTimeResolution { get; init; }

    public List<WeekendRuleDto>? WeekendRules { get; init; }

    public List<NonWorkingDayDto>? NonWorkingDays { get; init; }

    public List<SoftPeriodDto>? SoftPeriods { get; init; }

    public List<WorkingHoursDto>? WorkingHours { get; init; }

    public List<HoursOverrideDto>? WorkingHoursOverrides { get; init; }

    /// <summary>The dates the calendar's non-working days are complete for (<c>WorkingCalendar.HolidayCoverage</c>); absent: not checked.</summary>
    public List<DateSpanDto>? HolidayCoverage { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

/// <summary>The working hours of one date, replacing the weekly pattern on that date.</summary>
internal sealed record HoursOverrideDto
{
    public LocalDate? Date { get; init; }

    public List<TimeSpanDto>? Spans { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record TimeSpanDto
{
    public LocalTime? Start { get; init; }

    public LocalTime? End { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record WeekendRuleDto
{
    public LocalDate? EffectiveFrom { get; init; }

    public List<string>? Days { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record NonWorkingDayDto
{
    public LocalDate? Date { get; init; }

    public string? Name { get; init; }

    public string? Kind { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record SoftPeriodDto
{
    public string? Name { get; init; }

    public LocalDate? First { get; init; }

    public LocalDate? Last { get; init; }

    public string? Kind { get; init; }

    public string? Severity { get; init; }

    public int? UncertaintyDays { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record WorkingHoursDto
{
    public LocalDate? EffectiveFrom { get; init; }

    public List<HoursSpanDto>? Spans { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record HoursSpanDto
{
    public List<string>? Days { get; init; }

    public LocalTime? Start { get; init; }

    public LocalTime? End { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record DateSpanDto
{
    public LocalDate? First { get; init; }

    public LocalDate? Last { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record CycleDto
{
    public string? Id { get; init; }

    public string? Mechanism { get; init; }

    public string? Name { get; init; }

    public DateSpanDto? Dates { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record CountryDto
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? Zone { get; init; }

    public CalendarDto? Calendar { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record PersonDto
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Role { get; init; }

    public string? HomeZone { get; init; }

    public string? Country { get; init; }

    public CalendarDto? Calendar { get; init; }

    public List<TimingDto>? Unavailability { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

/// <summary>All-day (first/last, inclusive local dates) or timed (start/end, half-open, ISO date-times with or without offset).</summary>
internal sealed record TimingDto
{
    public LocalDate? First { get; init; }

    public LocalDate? Last { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }

    public string? Zone { get; init; }

    public string? Resolution { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record ReviewDto
{
    public string? Id { get; init; }

    public string? Mechanism { get; init; }

    public string? Cycle { get; init; }

    public string? StateUnderReview { get; init; }

    public List<string>? ReviewingStates { get; init; }

    public List<string>? GovernmentalExperts { get; init; }

    public string? FocalPoint { get; init; }

    public List<string>? SecretariatTeam { get; init; }

    public string? Note { get; init; }

    public List<StageDto>? Stages { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record StageDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public string? Name { get; init; }

    public TimingDto? Timing { get; init; }

    public DeadlineDto? Deadline { get; init; }

    public bool? Pinned { get; init; }

    public List<string>? Participants { get; init; }

    public string? ParticipantRole { get; init; }

    public List<ParticipationDto>? ParticipantRoles { get; init; }

    public string? Location { get; init; }

    public List<string>? Predecessors { get; init; }

    public SourceDto? Source { get; init; }

    public int? Revision { get; init; }

    public string? LastModified { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record ParticipationDto
{
    public string? Person { get; init; }

    public string? Role { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record DeadlineDto
{
    public LocalDate? Date { get; init; }

    public string? Party { get; init; }

    public string? Roll { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record MeetingDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public string? Mechanism { get; init; }

    public string? Name { get; init; }

    public TimingDto? Timing { get; init; }

    public string? VenueName { get; init; }

    public string? VenueZone { get; init; }

    public string? Seat { get; init; }

    public string? Format { get; init; }

    public List<string>? Delegations { get; init; }

    public bool? AllMemberStates { get; init; }

    public List<string>? Attendees { get; init; }

    public string? ParticipantRole { get; init; }

    public List<ParticipationDto>? ParticipantRoles { get; init; }

    public bool? Pinned { get; init; }

    public SourceDto? Source { get; init; }

    public int? Revision { get; init; }

    public string? LastModified { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record SourceDto
{
    public string? Citation { get; init; }

    public string? Confidence { get; init; }

    public string? Note { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record BlackoutDto
{
    public string? Id { get; init; }

    public string? Scope { get; init; }

    public string? Name { get; init; }

    public LocalDate? First { get; init; }

    public LocalDate? Last { get; init; }

    public string? Zone { get; init; }

    public string? Kind { get; init; }

    public string? Severity { get; init; }

    public SourceDto? Source { get; init; }

    public string? LastModified { get; init; }

    [JsonIgnore]
    public string Path { get; init; } = "$";
}

internal sealed record FeedDto
{
    public string? Path { get; init; }

    public string? Owner { get; init; }

    public string? Zone { get; init; }

    public string? FloatingZone { get; init; }

    [JsonIgnore]
    public string JsonPath { get; init; } = "$";
}
