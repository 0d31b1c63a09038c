using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Json.Internal;

/// <summary>Maps a timetable to DTOs in the canonical form: the model's order, optional values left out when they hold their default.</summary>
internal static class ModelWriter
{
    internal static TimetableDto Write(TimetableDocument document, ReferenceCatalog? catalog, string? schema, string tzdbVersion)
    {
        var t = document.Timetable;
        return new TimetableDto
        {
            Schema = schema,
            FormatVersion = 2,
            TzdbVersion = HasWallClockTimes(t) ? tzdbVersion : null,
            Note = t.Note,
            Zone = t.Zone?.Id,
            Mechanisms = List(t.Mechanisms.Select(m => Mechanism(m, catalog))),
            Cycles = List(t.Cycles.Select(Cycle)),
            Countries = List(t.Countries.Select(Country)),
            People = List(t.Persons.Select(Person)),
            Reviews = List(t.Reviews.Select(Review)),
            Meetings = List(t.Meetings.Select(Meeting)),
            Blackouts = List(t.Blackouts.Select(Blackout)),
            Feeds = List(document.Feeds.Select(Feed)),
        };
    }

    private static List<T>? List<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }

    private static List<string>? Ids<T>(IEnumerable<T> ids)
        where T : notnull => List(ids.Select(i => i.ToString()!));

    private static MechanismDto Mechanism(Mechanism m, ReferenceCatalog? catalog)
    {
        var profile = catalog?.Mechanisms.FirstOrDefault(p => p.Id == m.Id);
        var fromCatalog = profile is not null
            && string.Equals(profile.Name, m.Name, StringComparison.Ordinal)
            && string.Equals(profile.Acronym, m.ShortName, StringComparison.Ordinal)
            && string.Equals(profile.Seat.Value, m.SeatName, StringComparison.Ordinal)
            && string.Equals(profile.SeatZone.Id, m.SeatZone.Id, StringComparison.Ordinal);
        return new MechanismDto
        {
            Id = fromCatalog ? null : m.Id.Value,
            Reference = fromCatalog ? m.Id.Value : null,
            Name = fromCatalog ? null : m.Name,
            ShortName = fromCatalog ? null : m.ShortName,
            SeatName = fromCatalog ? null : m.SeatName,
            SeatZone = fromCatalog ? null : m.SeatZone.Id,
            SeatCalendar = m.SeatCalendar is { } cal ? Calendar(cal, m.Id.Value, m.SeatZone, omitIfPlain: false) : null,
            SecretariatTeam = Ids(m.SecretariatTeam),
            MemberStates = Ids(m.MemberStates),
            PlenaryPattern = m.PlenaryPattern,
        };
    }

    private static CycleDto Cycle(ReviewCycle c) => new()
    {
        Id = c.Id.Value,
        Mechanism = c.Mechanism.Value,
        Name = c.Name,
        Dates = c.Dates is { } d ? new DateSpanDto { First = d.Start, Last = d.End } : null,
    };

    private static CountryDto Country(Country c) => new()
    {
        Code = c.Code.Value,
        Name = c.Name,
        Zone = c.Zone.Id,
        Calendar = Calendar(c.Calendar, c.Code.Value, c.Zone, omitIfPlain: true),
    };

    private static PersonDto Person(Person p) => new()
    {
        Id = p.Id.Value,
        Name = p.Name,
        Role = JsonNames<PersonRole>.Name(p.Role),
        HomeZone = p.HomeZone.Id,
        Country = p.Country?.Value,
        Calendar = p.Calendar is { } cal ? Calendar(cal, p.Id.Value, p.HomeZone, omitIfPlain: false) : null,
        Unavailability = List(p.Unavailability.Select(Timing)),
    };

    private static ReviewDto Review(CountryReview r) => new()
    {
        Id = r.Id.Value,
        Mechanism = r.Mechanism.Value,
        Cycle = r.Cycle.Value,
        StateUnderReview = r.StateUnderReview.Value,
        ReviewingStates = Ids(r.ReviewingStates),
        GovernmentalExperts = Ids(r.GovernmentalExperts),
        FocalPoint = r.FocalPoint?.Value,
        SecretariatTeam = Ids(r.SecretariatTeam),
        Note = r.Note,
        Stages = List(r.Stages.Select(Stage)),
    };

    private static StageDto Stage(Stage s) => new()
    {
        Id = s.Id.Value,
        Kind = JsonNames<StageKind>.Name(s.Kind),
        Name = s.Name,
        Timing = Timing(s.Timing),
        Deadline = s.Deadline is { } d
            ? new DeadlineDto { Date = d.Date, Party = d.Party.ToString(), Roll = d.Roll == DeadlineRoll.None ? null : JsonNames<DeadlineRoll>.Name(d.Roll) }
            : null,
        Pinned = s.IsPinned ? true : null,
        Participants = Ids(s.Participants),
        ParticipantRole = s.ParticipantRole is { } role ? JsonNames<ParticipationRole>.Name(role) : null,
        ParticipantRoles = Roles(s.ParticipantRoles),
        Location = s.Location?.ToString(),
        Predecessors = Ids(s.Predecessors),
        Source = s.Source is { } src ? Source(src) : null,
        Revision = s.Revision == 0 ? null : s.Revision,
        LastModified = LastModified(s.LastModified),
    };

    private static List<ParticipationDto>? Roles(ImmutableArray<Participation> roles) =>
        roles.IsDefaultOrEmpty ? null : [.. roles.Select(p => new ParticipationDto { Person = p.Person.Value, Role = JsonNames<ParticipationRole>.Name(p.Role) })];

    private static MeetingDto Meeting(Meeting m) => new()
    {
        Id = m.Id.Value,
        Kind = JsonNames<MeetingKind>.Name(m.Kind),
        Mechanism = m.Mechanism?.Value,
        Name = m.Name,
        Timing = Timing(m.Timing),
        VenueName = m.VenueName,
        VenueZone = m.VenueZone.Id,
        Seat = m.Seat?.Value,
        Format = m.Format == MeetingFormat.InPerson ? null : JsonNames<MeetingFormat>.Name(m.Format),
        Delegations = Ids(m.Delegations),
        AllMemberStates = m.AllMemberStates ? true : null,
        Attendees = Ids(m.Attendees),
        ParticipantRole = m.ParticipantRole is { } role ? JsonNames<ParticipationRole>.Name(role) : null,
        ParticipantRoles = Roles(m.ParticipantRoles),
        Pinned = m.IsPinned ? null : false,
        Source = m.Source is { } s ? Source(s) : null,
        Revision = m.Revision == 0 ? null : m.Revision,
        LastModified = LastModified(m.LastModified),
    };

    private static BlackoutDto Blackout(Blackout b) => new()
    {
        Id = b.Id.Value,
        Scope = b.Scope.ToString(),
        Name = b.Name,
        First = b.Dates.Start,
        Last = b.Dates.End,
        Zone = b.Dates.Zone.Id,
        Kind = JsonNames<BlackoutKind>.Name(b.Kind),
        Severity = b.Severity == BlackoutSeverity.Hard ? null : JsonNames<BlackoutSeverity>.Name(b.Severity),
        Source = b.Source is { } s ? Source(s) : null,
        LastModified = LastModified(b.LastModified),
    };

    private static string? LastModified(Instant? instant) =>
        instant is { } i ? InstantPattern.ExtendedIso.Format(i) : null;

    private static FeedDto Feed(IcsFeedReference f) => new()
    {
        Path = f.Path,
        Owner = f.Owner.ToString(),
        Zone = f.Zone.Id,
        FloatingZone = f.FloatingZone?.Id,
    };

    private static SourceDto Source(SourceReference s) => new()
    {
        Citation = s.Citation,
        Confidence = JsonNames<Confidence>.Name(s.Confidence),
        Note = s.Note,
    };

    // The tz data version matters to a reader only when wall-clock times were resolved with it.
    private static bool HasWallClockTimes(Timetable t) =>
        t.Stages.Any(s => s.Timing is WallClockTiming)
        || t.Meetings.Any(m => m.Timing is WallClockTiming)
        || t.Persons.Any(p => p.Unavailability.Any(u => u is WallClockTiming));

    // Wall-clock times are written without an offset (the reader resolves them with its tz data); exact instants in UTC.
    private static TimingDto Timing(ItemTiming timing) => timing.Match(
        allDay: d => new TimingDto { First = d.Start, Last = d.End, Zone = d.Zone.Id },
        wallClock: w => new TimingDto
        {
            Start = LocalDateTimePattern.ExtendedIso.Format(w.Start),
            End = LocalDateTimePattern.ExtendedIso.Format(w.End),
            Zone = w.Zone.Id,
            Resolution = w.Resolution == LocalTimeResolution.Strict ? null : JsonNames<LocalTimeResolution>.Name(w.Resolution),
        },
        instants: (range, zone) => new TimingDto
        {
            Start = InstantPattern.ExtendedIso.Format(range.Start),
            End = InstantPattern.ExtendedIso.Format(range.End),
            Zone = zone.Id,
        });

    private static CalendarDto? Calendar(WorkingCalendar c, string ownerName, DateTimeZone ownerZone, bool omitIfPlain)
    {
        var dto = new CalendarDto
        {
            Name = string.Equals(c.Name, ownerName, StringComparison.Ordinal) ? null : c.Name,
            Zone = string.Equals(c.Zone.Id, ownerZone.Id, StringComparison.Ordinal) ? null : c.Zone.Id,
            LocalTimeResolution = c.Resolution == LocalTimeResolution.Lenient ? null : JsonNames<LocalTimeResolution>.Name(c.Resolution),
            WeekendRules = List(c.WeekendRules.Select(r => new WeekendRuleDto { EffectiveFrom = r.EffectiveFrom, Days = [.. r.WeekendDays.Select(JsonNames<IsoDayOfWeek>.Name)] })),
            NonWorkingDays = List(c.NonWorkingDays.Select(d => new NonWorkingDayDto
            {
                Date = d.Date,
                Name = d.Name,
                Kind = d.Kind == NonWorkingDayKind.PublicHoliday ? null : JsonNames<NonWorkingDayKind>.Name(d.Kind),
            })),
            SoftPeriods = List(c.SoftPeriods.Select(p => new SoftPeriodDto
            {
                Name = p.Name,
                First = p.Dates.Start,
                Last = p.Dates.End,
                Kind = p.Kind == SoftPeriodKind.Other ? null : JsonNames<SoftPeriodKind>.Name(p.Kind),
                Severity = p.Severity == SoftPeriodSeverity.Warning ? null : JsonNames<SoftPeriodSeverity>.Name(p.Severity),
                UncertaintyDays = p.UncertaintyDays == 0 ? null : p.UncertaintyDays,
            })),
            WorkingHours = List(c.WorkingHoursPatterns.Select(WorkingHours)),
            WorkingHoursOverrides = List(c.WorkingHoursOverrides.Select(o => new HoursOverrideDto
            {
                Date = o.Key,
                Spans = [.. o.Value.Select(x => new TimeSpanDto { Start = x.Start, End = x.End })],
            })),
            HolidayCoverage = List(c.CoveredDates.Select(d => new DateSpanDto { First = d.Start, Last = d.End })),
        };
        var plain = dto.Name is null && dto.Zone is null && dto.LocalTimeResolution is null && dto.WeekendRules is null
            && dto.NonWorkingDays is null && dto.SoftPeriods is null && dto.WorkingHours is null && dto.WorkingHoursOverrides is null && dto.HolidayCoverage is null;
        return omitIfPlain && plain ? null : dto;
    }

    // One span entry per distinct (start, end), ordered by start then end, with its days in ISO order.
    private static WorkingHoursDto WorkingHours(WorkingHours hours) => new()
    {
        EffectiveFrom = hours.EffectiveFrom,
        Spans = [.. Enumerable.Range(1, 7)
            .Select(d => (IsoDayOfWeek)d)
            .SelectMany(day => hours.On(day).Select(span => (day, span)))
            .GroupBy(x => x.span)
            .OrderBy(g => g.Key.Start)
            .ThenBy(g => g.Key.End)
            .Select(g => new HoursSpanDto { Days = [.. g.Select(x => JsonNames<IsoDayOfWeek>.Name(x.day))], Start = g.Key.Start, End = g.Key.End })],
    };
}
