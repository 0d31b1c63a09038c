using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets.Internal;

/// <summary>Lays a timetable document out as tables (one per sheet), noting as warnings what a spreadsheet cannot carry.</summary>
internal sealed class TableExport
{
    public static readonly OffsetPattern OffsetText = OffsetPattern.GeneralInvariant;

    private readonly List<SpreadsheetProblem> warnings = [];

    public ImmutableArray<SpreadsheetProblem> Warnings => [.. warnings];

    public IReadOnlyList<Table> Tables(TimetableDocument document, IEnumerable<SpreadsheetConflict>? conflicts)
    {
        var t = document.Timetable;
        var tables = new List<Table>
        {
            new(Sheets.Timetable, [[t.Note, t.Zone?.Id]]),
            Rows(Sheets.Mechanisms, t.Mechanisms, (m, row) =>
            [
                m.Id.Value, m.Name, m.ShortName, m.SeatName, m.SeatZone.Id, m.SeatCalendar?.Name, m.SeatCalendar?.Zone.Id, Resolution(m.SeatCalendar),
                Ids(m.SecretariatTeam.Select(p => p.Value), Sheets.Mechanisms, row, "Secretariat team"), Ids(m.MemberStates.Select(c => c.Value), Sheets.Mechanisms, row, "Member States"),
                Sheets.Word(m.VisitTerm), m.PlenaryPattern,
            ]),
            Rows(Sheets.Cycles, t.Cycles, (c, _) => [c.Id.Value, c.Mechanism.Value, c.Name, c.Dates?.Start, c.Dates?.End]),
            Rows(Sheets.Countries, t.Countries, (c, row) => [c.Code.Value, c.Name, c.Capital, c.Zone.Id, c.Calendar.Name, Resolution(c.Calendar)]),
            Rows(Sheets.People, t.Persons, (p, row) =>
                [p.Id.Value, p.Name, Sheets.Word(p.Role), p.HomeZone.Id, p.Country?.Value, p.Seat?.Value, p.Calendar?.Name, p.Calendar?.Zone.Id, Resolution(p.Calendar)]),
        };

        var calendars = new List<(string Owner, WorkingCalendar Calendar)>();
        calendars.AddRange(t.Mechanisms.Where(m => m.SeatCalendar is not null).Select(m => (Resource(TimetableResource.ForSeat(m.Id)), m.SeatCalendar!)));
        calendars.AddRange(t.Countries.Select(c => (Resource(TimetableResource.ForCountry(c.Code)), c.Calendar)));
        calendars.AddRange(t.Persons.Where(p => p.Calendar is not null).Select(p => (Resource(TimetableResource.ForPerson(p.Id)), p.Calendar!)));

        var unavailable = t.Persons.SelectMany(p => p.Unavailability.Select(u => (Person: p.Id, Timing: u))).ToList();
        tables.Add(Rows(Sheets.Unavailability, unavailable, (u, row) => [u.Person.Value, .. Timing(u.Timing, Sheets.Unavailability, row)]));
        tables.Add(Rows(Sheets.Reviews, t.Reviews, (r, row) =>
        [
            r.Id.Value, r.Mechanism.Value, r.Cycle.Value, r.StateUnderReview.Value, Ids(r.ReviewingStates.Select(c => c.Value), Sheets.Reviews, row, "Reviewing States"),
            Ids(r.GovernmentalExperts.Select(p => p.Value), Sheets.Reviews, row, "Governmental experts"), r.FocalPoint?.Value,
            Ids(r.SecretariatTeam.Select(p => p.Value), Sheets.Reviews, row, "Secretariat team"), r.Note,
        ]));
        var stages = t.Reviews.SelectMany(r => r.Stages.Select(s => (Review: r.Id, Stage: s))).ToList();
        tables.Add(Rows(Sheets.Stages, stages, (x, row) =>
        {
            var s = x.Stage;
            Roles(s.ParticipantRoles, s.ParticipantRole, Sheets.Stages, row, "Participants");
            return
            [
                x.Review.Value, s.Id.Value, Sheets.Word(s.Kind), s.Name, .. Timing(s.Timing, Sheets.Stages, row),
                s.Deadline?.Date, s.Deadline is { } d ? Resource(d.Party) : null, s.Deadline is { } dr ? Sheets.Word(dr.Roll) : null,
                YesNo(s.IsPinned), Ids(s.Participants.Select(p => p.Value), Sheets.Stages, row, "Participants"), Location(s.Location),
                Ids(s.Predecessors.Select(p => p.Value), Sheets.Stages, row, "Predecessors"), .. Source(s.Source), s.Revision, Utc(s.LastModified, Sheets.Stages, row),
            ];
        }));
        tables.Add(Rows(Sheets.Meetings, t.Meetings, (m, row) =>
        {
            Roles(m.ParticipantRoles, m.ParticipantRole, Sheets.Meetings, row, "Attendees");
            return
            [
                m.Id.Value, Sheets.Word(m.Kind), m.Mechanism?.Value, m.Name, .. Timing(m.Timing, Sheets.Meetings, row), m.VenueName, m.VenueZone.Id, m.Seat?.Value,
                Sheets.Word(m.Format), Ids(m.Delegations.Select(c => c.Value), Sheets.Meetings, row, "Delegations"), YesNo(m.AllMemberStates),
                Ids(m.Attendees.Select(p => p.Value), Sheets.Meetings, row, "Attendees"), YesNo(m.IsPinned), .. Source(m.Source), m.Revision, Utc(m.LastModified, Sheets.Meetings, row),
            ];
        }));
        tables.Add(Rows(Sheets.Blackouts, t.Blackouts, (b, row) =>
        [
            b.Id.Value, Resource(b.Scope), b.Name, b.Dates.Start, b.Dates.End, b.Dates.Zone.Id, Sheets.Word(b.Kind), Sheets.Word(b.Severity), .. Source(b.Source), Utc(b.LastModified, Sheets.Blackouts, row),
        ]));
        tables.Add(Rows(Sheets.Feeds, document.Feeds, (f, _) => [f.Path, Resource(f.Owner), f.Zone.Id, f.FloatingZone?.Id]));
        tables.AddRange(CalendarTables(calendars));
        if (conflicts is not null)
        {
            tables.Add(Rows(Sheets.Conflicts, [.. conflicts], (c, _) =>
            [
                c.Id, c.Kind, c.Severity, string.Join(", ", c.Items), c.Resource, Millis(c.Overlap.Start.InZone(c.Zone).LocalDateTime), Millis(c.Overlap.End.InZone(c.Zone).LocalDateTime), c.Zone.Id, c.Sentence,
            ]));
        }

        return tables;
    }

    public static string Resource(TimetableResource resource) => resource.Kind switch
    {
        ResourceKind.Country => "country:" + resource.Value,
        ResourceKind.Person => "person:" + resource.Value,
        _ => "seat:" + resource.Value,
    };

    public static string YesNo(bool value) => value ? "yes" : "no";

    private static string? Location(StageLocation? location) => location switch
    {
        null => null,
        { Kind: StageLocationKind.InCountryUnderReview } => "in-country-under-review",
        { Kind: StageLocationKind.Virtual } => "virtual",
        { Seat: { } seat } => "seat:" + seat.Value,
        _ => null,
    };

    private static object?[] Source(SourceReference? source) =>
        source is null ? [null, null, null] : [source.Citation, Sheets.Word(source.Confidence), source.Note];

    private static LocalDateTime Millis(LocalDateTime value) => value.PlusNanoseconds(-(value.NanosecondOfSecond % 1_000_000));

    private static Table Rows<T>(SheetSchema schema, IReadOnlyList<T> items, Func<T, int, object?[]> row) =>
        new(schema, [.. items.Select((item, i) => row(item, i + 2))]);

    private object?[] Timing(ItemTiming timing, SheetSchema schema, int row) => timing.Match<object?[]>(
        allDay => ["all-day", allDay.Start, allDay.End, allDay.Zone.Id, null, null],
        wall => [wall.Resolution == LocalTimeResolution.Strict ? "wall-clock-strict" : "wall-clock", Exact(wall.Start, schema, row, "Start"), Exact(wall.End, schema, row, "End"), wall.Zone.Id, null, null],
        (range, zone) =>
        {
            var start = range.Start.InZone(zone);
            var end = range.End.InZone(zone);
            return ["timed", Exact(start.LocalDateTime, schema, row, "Start"), Exact(end.LocalDateTime, schema, row, "End"), zone.Id, OffsetText.Format(start.Offset), OffsetText.Format(end.Offset)];
        });

    private LocalDateTime? Utc(Instant? instant, SheetSchema schema, int row) =>
        instant is { } value ? Exact(value.InUtc().LocalDateTime, schema, row, "Last modified (UTC)") : null;

    /// <summary>A spreadsheet date carries milliseconds at most: finer values are cut to the millisecond, with a warning.</summary>
    private LocalDateTime Exact(LocalDateTime value, SheetSchema schema, int row, string header)
    {
        var cut = Millis(value);
        if (cut != value)
        {
            Warn(schema, row, header, Sheets.Invariant($"{value:uuuu-MM-dd'T'HH:mm:ss.fffffffff} has a finer precision than a spreadsheet date (a millisecond): written as {cut:uuuu-MM-dd'T'HH:mm:ss.fff}."));
        }

        return cut;
    }

    private static string? Resolution(WorkingCalendar? calendar) => calendar is null ? null : Sheets.Word(calendar.Resolution);

    /// <summary>The rules of every calendar, one sheet per kind of rule, each row naming the calendar's owner.</summary>
    private static IEnumerable<Table> CalendarTables(IReadOnlyList<(string Owner, WorkingCalendar Calendar)> calendars)
    {
        yield return new(Sheets.Weekends, [.. calendars.SelectMany(c => c.Calendar.WeekendRules.Select(w => new object?[]
        {
            c.Owner, w.EffectiveFrom, w.WeekendDays.Count == 0 ? null : string.Join(", ", w.WeekendDays.Select(Sheets.Word)),
        }))]);
        yield return new(Sheets.Holidays, [.. calendars.SelectMany(c => c.Calendar.NonWorkingDays.Select(d => new object?[] { c.Owner, d.Date, d.Name, Sheets.Word(d.Kind) }))]);
        yield return new(Sheets.SoftPeriods, [.. calendars.SelectMany(c => c.Calendar.SoftPeriods.Select(p => new object?[]
        {
            c.Owner, p.Name, p.Dates.Start, p.Dates.End, Sheets.Word(p.Kind), Sheets.Word(p.Severity), p.UncertaintyDays,
        }))]);
        yield return new(Sheets.WorkingHours, [.. calendars.SelectMany(c => c.Calendar.WorkingHoursPatterns.SelectMany(h =>
        {
            var rows = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d)
                .SelectMany(day => h.On(day).Select(span => new object?[] { c.Owner, h.EffectiveFrom, Sheets.Word(day), span.Start, span.End }))
                .ToList();
            // A pattern without hours on any day still takes effect: one row with the Day left empty.
            return rows.Count > 0 ? rows : [[c.Owner, h.EffectiveFrom, null, null, null]];
        }))]);
        yield return new(Sheets.HoursOnDates, [.. calendars.SelectMany(c => c.Calendar.WorkingHoursOverrides.OrderBy(o => o.Key).SelectMany(o =>
            o.Value.Count == 0 ? [new object?[] { c.Owner, o.Key, null, null }] : o.Value.Select(span => new object?[] { c.Owner, o.Key, span.Start, span.End })))]);
        yield return new(Sheets.HolidayCoverage, [.. calendars.SelectMany(c => c.Calendar.HolidayCoverage.Select(h => new object?[] { c.Owner, h.Source, h.Dates.Start, h.Dates.End }))]);
    }

    private void Roles(ImmutableArray<Participation> roles, ParticipationRole? itemRole, SheetSchema schema, int row, string header)
    {
        if (!roles.IsDefaultOrEmpty)
        {
            Warn(schema, row, header, Sheets.Invariant($"{roles.Length} per-person participation role(s) are not written to a spreadsheet; keep them in the JSON timetable."));
        }

        if (itemRole is { } role)
        {
            Warn(schema, row, header, Sheets.Invariant($"the participants' role '{role}' is not written to a spreadsheet (read back, the item's kind gives the default role); keep it in the JSON timetable."));
        }
    }

    private static string? Ids(IEnumerable<string> ids, SheetSchema schema, int row, string header)
    {
        var list = ids.ToList();
        var bad = list.FirstOrDefault(id => id.Contains(',', StringComparison.Ordinal));
        if (bad is not null)
        {
            throw new SpreadsheetFormatException([Problem(ProblemSeverity.Error, schema, row, header, Sheets.Invariant($"id '{bad}' contains a comma, which separates the ids of a list cell: rename it before exporting."))]);
        }

        return list.Count == 0 ? null : string.Join(", ", list);
    }

    private void Warn(SheetSchema schema, int row, string header, string message) => warnings.Add(Problem(ProblemSeverity.Warning, schema, row, header, message));

    public static SpreadsheetProblem Problem(ProblemSeverity severity, SheetSchema schema, int row, string header, string message) =>
        new(severity, schema.Name, row, Sheets.ColumnLetter(schema.IndexOf(header)), header, message);
}
