using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets.Internal;

/// <summary>Builds a timetable document from the sheets read; every problem names its sheet, row and column, and the
/// timetable's own validation problems are traced back to the row of the item they name.</summary>
internal sealed class TableImport(IDateTimeZoneProvider zones, List<SpreadsheetProblem> problems)
{
    private readonly Dictionary<TimetableItemRef, (string Sheet, int Row)> places = [];
    private readonly Dictionary<string, List<(RowReader Row, Action<WorkingCalendarBuilder> Apply)>> rules = new(StringComparer.Ordinal);
    private readonly HashSet<string> owners = new(StringComparer.Ordinal);

    public TimetableDocument? Build(IReadOnlyDictionary<string, SheetRows> sheets)
    {
        var builder = new TimetableBuilder();
        ReadCalendarRules(sheets);
        Each(sheets, Sheets.Timetable, r =>
        {
            if (r.Row != 2)
            {
                r.RowError("the Timetable sheet has one row (row 2): the timetable's note and zone.");
                return;
            }

            builder.WithNote(r.Text("Note"));
            builder.WithZone(r.Zone("Zone"));
        });
        Each(sheets, Sheets.Mechanisms, r =>
        {
            var id = r.Required("Id");
            var seatZone = r.RequiredZone("Seat zone");
            var calendar = Calendar(r, "seat:" + id, "Seat calendar", "Seat calendar zone", "Seat calendar local times", seatZone);
            var term = r.Enum<VisitTerm>("Visit term");
            var mechanism = Make(r, () => new Mechanism
            {
                Id = new MechanismId(id),
                Name = r.Required("Name"),
                ShortName = r.Required("Short name"),
                SeatName = r.Required("Seat"),
                SeatZone = seatZone!,
                SeatCalendar = calendar,
                SecretariatTeam = [.. r.Ids("Secretariat team").Select(p => new PersonId(p))],
                MemberStates = [.. r.Ids("Member States").Select(c => new CountryCode(c))],
                VisitTerm = term ?? VisitTerm.CountryVisit,
                PlenaryPattern = r.Text("Plenary pattern"),
            });
            Add(r, mechanism, m => builder.AddMechanism(m), m => TimetableItemRef.For(m.Id));
        });
        Each(sheets, Sheets.Cycles, r =>
        {
            var first = r.Date("First day");
            var last = r.Date("Last day");
            if ((first is null) != (last is null))
            {
                r.Error(first is null ? "First day" : "Last day", "give both the first and the last day of the cycle, or neither.");
            }

            var cycle = Make(r, () => new ReviewCycle
            {
                Id = new CycleId(r.Required("Id")),
                Mechanism = new MechanismId(r.Required("Mechanism")),
                Name = r.Required("Name"),
                Dates = first is { } f && last is { } l ? new DateInterval(f, l) : null,
            });
            Add(r, cycle, c => builder.AddCycle(c), c => TimetableItemRef.For(c.Id));
        });
        Each(sheets, Sheets.Countries, r =>
        {
            var code = r.Required("Code");
            var zone = r.RequiredZone("Zone");
            if (r.Text("Calendar") is null && !r.Failed)
            {
                r.Warn("Calendar", Sheets.Invariant($"empty: the country's calendar is named '{code}'."));
            }

            var calendar = Calendar(r, "country:" + code, "Calendar", null, "Calendar local times", zone, code);
            var country = Make(r, () => new Country
            {
                Code = new CountryCode(code),
                Name = r.Required("Name"),
                Capital = r.Text("Capital"),
                Calendar = calendar!,
            });
            Add(r, country, c => builder.AddCountry(c), c => TimetableItemRef.For(c.Code));
        });

        var unavailability = new Dictionary<string, List<ItemTiming>>(StringComparer.Ordinal);
        var unavailabilityRows = new Dictionary<string, int>(StringComparer.Ordinal);
        Each(sheets, Sheets.Unavailability, r =>
        {
            var person = r.Required("Person");
            var timing = r.Timing();
            if (timing is not null && !r.Failed)
            {
                (unavailability.TryGetValue(person, out var list) ? list : unavailability[person] = []).Add(timing);
                unavailabilityRows.TryAdd(person, r.Row);
            }
        });
        var people = new HashSet<string>(StringComparer.Ordinal);
        Each(sheets, Sheets.People, r =>
        {
            var id = r.Required("Id");
            var home = r.RequiredZone("Home zone");
            var role = r.Enum<PersonRole>("Role");
            if (role is null && !r.Failed)
            {
                r.Error("Role", "the cell is empty; it needs one of " + string.Join(", ", Sheets.Words<PersonRole>()) + ".");
            }

            var calendar = Calendar(r, "person:" + id, "Calendar", "Calendar zone", "Calendar local times", home);
            var country = r.Text("Country");
            var seat = r.Text("Seat");
            var person = Make(r, () => new Person
            {
                Id = new PersonId(id),
                Name = r.Required("Name"),
                Role = role!.Value,
                HomeZone = home!,
                Country = country is null ? null : new CountryCode(country),
                Seat = seat is null ? null : new MechanismId(seat),
                Calendar = calendar,
                Unavailability = unavailability.TryGetValue(id, out var list) ? [.. list] : [],
            });
            people.Add(id);
            Add(r, person, p => builder.AddPerson(p), p => TimetableItemRef.For(p.Id));
        });
        foreach (var (person, row) in unavailabilityRows.Where(u => !people.Contains(u.Key)))
        {
            problems.Add(new(ProblemSeverity.Error, Sheets.Unavailability.Name, row, "A", "Person", Sheets.Invariant($"no person '{person}' on the sheet '{Sheets.People.Name}'.")));
        }

        var stages = new Dictionary<string, List<Stage>>(StringComparer.Ordinal);
        var stageRows = new Dictionary<string, int>(StringComparer.Ordinal);
        Each(sheets, Sheets.Stages, r =>
        {
            var review = r.Required("Review");
            var kind = r.Enum<StageKind>("Kind");
            if (kind is null && !r.Failed)
            {
                r.Error("Kind", "the cell is empty; it needs one of " + string.Join(", ", Sheets.Words<StageKind>()) + ".");
            }

            var timing = r.Timing();
            var deadlineDate = r.Date("Deadline");
            var party = r.Resource("Deadline party");
            var roll = r.Enum<DeadlineRoll>("Deadline roll");
            if (deadlineDate is not null && party is null)
            {
                r.Error("Deadline party", "a deadline needs the party it binds (country:CODE, person:ID or seat:MECHANISM).");
            }
            else if (deadlineDate is null && (party is not null || roll is not null))
            {
                r.Error("Deadline", "the deadline's party or roll is given without its date.");
            }

            var location = Location(r);
            var pinned = r.YesNo("Pinned");
            var source = r.Source();
            var revision = r.Int("Revision");
            var modified = r.Utc("Last modified (UTC)");
            var stage = Make(r, () => new Stage
            {
                Id = new StageId(r.Required("Id")),
                Kind = kind!.Value,
                Name = r.Required("Name"),
                Timing = timing!,
                Deadline = deadlineDate is { } date ? new StageDeadline(date, party!.Value, roll ?? DeadlineRoll.None) : null,
                IsPinned = pinned ?? false,
                Participants = [.. r.Ids("Participants").Select(p => new PersonId(p))],
                Location = location,
                Predecessors = [.. r.Ids("Predecessors").Select(p => new StageId(p))],
                Source = source,
                Revision = revision ?? 0,
                LastModified = modified,
            });
            if (stage is not null)
            {
                (stages.TryGetValue(review, out var list) ? list : stages[review] = []).Add(stage);
                stageRows.TryAdd(review, r.Row);
                places[TimetableItemRef.For(stage.Id)] = (Sheets.Stages.Name, r.Row);
            }
        });
        var reviews = new HashSet<string>(StringComparer.Ordinal);
        Each(sheets, Sheets.Reviews, r =>
        {
            var id = r.Required("Id");
            var focal = r.Text("Focal point");
            var review = Make(r, () => new CountryReview
            {
                Id = new ReviewId(id),
                Mechanism = new MechanismId(r.Required("Mechanism")),
                Cycle = new CycleId(r.Required("Cycle")),
                StateUnderReview = new CountryCode(r.Required("State under review")),
                ReviewingStates = [.. r.Ids("Reviewing States").Select(c => new CountryCode(c))],
                GovernmentalExperts = [.. r.Ids("Governmental experts").Select(p => new PersonId(p))],
                FocalPoint = focal is null ? null : new PersonId(focal),
                SecretariatTeam = [.. r.Ids("Secretariat team").Select(p => new PersonId(p))],
                Note = r.Text("Note"),
                Stages = stages.TryGetValue(id, out var list) ? [.. list] : [],
            });
            reviews.Add(id);
            Add(r, review, v => builder.AddReview(v), v => TimetableItemRef.For(v.Id));
        });
        foreach (var (review, row) in stageRows.Where(s => !reviews.Contains(s.Key)))
        {
            problems.Add(new(ProblemSeverity.Error, Sheets.Stages.Name, row, "A", "Review", Sheets.Invariant($"no review '{review}' on the sheet '{Sheets.Reviews.Name}'.")));
        }

        Each(sheets, Sheets.Meetings, r =>
        {
            var kind = r.Enum<MeetingKind>("Kind");
            if (kind is null && !r.Failed)
            {
                r.Error("Kind", "the cell is empty; it needs one of " + string.Join(", ", Sheets.Words<MeetingKind>()) + ".");
            }

            var mechanism = r.Text("Mechanism");
            var seat = r.Text("Seat");
            var timing = r.Timing();
            var venueZone = r.RequiredZone("Venue zone");
            var format = r.Enum<MeetingFormat>("Format");
            var all = r.YesNo("All member States");
            var pinned = r.YesNo("Pinned");
            if (pinned is null && !r.Failed)
            {
                r.Warn("Pinned", "empty: the meeting is taken as pinned (a meeting's dates are fixed unless 'no').");
            }

            var source = r.Source();
            var revision = r.Int("Revision");
            var modified = r.Utc("Last modified (UTC)");
            var meeting = Make(r, () => new Meeting
            {
                Id = new MeetingId(r.Required("Id")),
                Kind = kind!.Value,
                Mechanism = mechanism is null ? null : new MechanismId(mechanism),
                Name = r.Required("Name"),
                Timing = timing!,
                VenueName = r.Required("Venue"),
                VenueZone = venueZone!,
                Seat = seat is null ? null : new MechanismId(seat),
                Format = format ?? MeetingFormat.NotStated,
                Delegations = [.. r.Ids("Delegations").Select(c => new CountryCode(c))],
                AllMemberStates = all ?? false,
                Attendees = [.. r.Ids("Attendees").Select(p => new PersonId(p))],
                IsPinned = pinned ?? true,
                Source = source,
                Revision = revision ?? 0,
                LastModified = modified,
            });
            Add(r, meeting, m => builder.AddMeeting(m), m => TimetableItemRef.For(m.Id));
        });
        Each(sheets, Sheets.Blackouts, r =>
        {
            var scope = r.Resource("Scope");
            if (scope is null && !r.Failed)
            {
                r.Error("Scope", "the cell is empty; it needs country:CODE, person:ID or seat:MECHANISM.");
            }

            var first = r.Date("First day");
            var last = r.Date("Last day");
            if (first is null && !r.Failed)
            {
                r.Error("First day", "the cell is empty; it needs a date.");
            }

            var zone = r.RequiredZone("Zone");
            var kind = r.Enum<BlackoutKind>("Kind");
            if (kind is null && !r.Failed)
            {
                r.Error("Kind", "the cell is empty; it needs one of " + string.Join(", ", Sheets.Words<BlackoutKind>()) + ".");
            }

            var severity = r.Enum<BlackoutSeverity>("Severity");
            var source = r.Source();
            var modified = r.Utc("Last modified (UTC)");
            var blackout = Make(r, () => new Blackout
            {
                Id = new BlackoutId(r.Required("Id")),
                Scope = scope!.Value,
                Name = r.Required("Name"),
                Dates = ZonedDateRange.FromDates(first!.Value, last ?? first!.Value, zone!),
                Kind = kind!.Value,
                Severity = severity ?? BlackoutSeverity.Hard,
                Source = source,
                LastModified = modified,
            });
            Add(r, blackout, b => builder.AddBlackout(b), b => TimetableItemRef.For(b.Id));
        });
        var feeds = new List<IcsFeedReference>();
        Each(sheets, Sheets.Feeds, r =>
        {
            var path = r.Required("Path");
            var owner = r.Resource("Owner");
            if (owner is null && !r.Failed)
            {
                r.Error("Owner", "the cell is empty; it needs country:CODE, person:ID or seat:MECHANISM.");
            }

            var zone = r.RequiredZone("Zone");
            var floating = r.Zone("Floating zone");
            if (Make(r, () => new IcsFeedReference(path, owner!.Value, zone!, floating)) is { } feed)
            {
                feeds.Add(feed);
            }
        });

        foreach (var (owner, list) in rules.Where(x => !owners.Contains(x.Key)))
        {
            list[0].Row.RowError(Sheets.Invariant($"no calendar of '{owner}': the calendar rules of a country, a person or a mechanism's seat need its row (Countries, People with a Calendar, or Mechanisms with a Seat calendar)."));
        }

        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return null;
        }

        try
        {
            var timetable = builder.Build();
            problems.AddRange(timetable.Warnings.Select(w => Traced(w)));
            return new TimetableDocument(timetable, feeds);
        }
        catch (TimetableValidationException e)
        {
            problems.AddRange(e.Problems.Select(Traced));
            return null;
        }
    }

    private SpreadsheetProblem Traced(TimetableProblem problem)
    {
        var (sheet, row) = places.TryGetValue(problem.Item, out var place) ? place : (string.Empty, 0);
        return new SpreadsheetProblem(problem.Severity, sheet, row, string.Empty, string.Empty, Sheets.Invariant($"{problem.Item} {problem.Field}: {problem.Message}"));
    }

    private static StageLocation? Location(RowReader r)
    {
        var text = r.Text("Location")?.Trim();
        switch (text)
        {
            case null:
                return null;
            case "in-country-under-review":
                return StageLocation.InCountryUnderReview;
            case "virtual":
                return StageLocation.Virtual;
            case not null when text.StartsWith("seat:", StringComparison.Ordinal) && text.Length > 5:
                return StageLocation.AtSeat(new MechanismId(text[5..].Trim()));
            default:
                r.Error("Location", Sheets.Invariant($"'{text}' is not in-country-under-review, virtual or seat:MECHANISM."));
                return null;
        }
    }

    private WorkingCalendar? Calendar(RowReader r, string owner, string nameHeader, string? zoneHeader, string resolutionHeader, DateTimeZone? fallback, string? defaultName = null)
    {
        var name = r.Text(nameHeader) ?? defaultName;
        var zone = zoneHeader is null ? null : r.Zone(zoneHeader);
        var resolution = r.Enum<LocalTimeResolution>(resolutionHeader);
        if (name is null)
        {
            if (zone is not null || resolution is not null)
            {
                r.Error(nameHeader, "the calendar's zone or local times are given but not its name.");
            }

            return null;
        }

        if (zoneHeader is not null && zone is null && fallback is not null && !r.Failed)
        {
            r.Warn(zoneHeader, Sheets.Invariant($"empty: calendar '{name}' takes the zone {fallback.Id}."));
        }

        var calendarZone = zone ?? fallback;
        if (calendarZone is null || r.Failed)
        {
            return null;
        }

        owners.Add(owner);
        var builder = new WorkingCalendarBuilder(name, calendarZone);
        if (resolution is { } value)
        {
            builder.WithLocalTimeResolution(value);
        }

        foreach (var (row, apply) in rules.TryGetValue(owner, out var list) ? list : [])
        {
            try
            {
                apply(builder);
            }
            catch (ArgumentException e)
            {
                row.RowError(e.Message);
            }
        }

        try
        {
            return builder.Build();
        }
        catch (ArgumentException e)
        {
            r.RowError(Sheets.Invariant($"calendar '{name}': {e.Message}"));
            return null;
        }
    }

    /// <summary>Reads the calendar sheets (weekends, holidays, soft periods, working hours, hours on dates, holiday coverage) into rules per owner, applied when the owner's calendar is built.</summary>
    private void ReadCalendarRules(IReadOnlyDictionary<string, SheetRows> sheets)
    {
        Each(sheets, Sheets.Weekends, r =>
        {
            var owner = Owner(r);
            var from = r.Date("From");
            var days = r.Days("Weekend days");
            Rule(r, owner, b => b.AddWeekendRule(new WeekendRule(from, days)));
        });
        Each(sheets, Sheets.Holidays, r =>
        {
            var owner = Owner(r);
            var date = RequiredDate(r, "Date");
            var name = r.Required("Name");
            var kind = r.Enum<NonWorkingDayKind>("Kind") ?? NonWorkingDayKind.PublicHoliday;
            Rule(r, owner, b => b.AddNonWorkingDay(new NonWorkingDay(date!.Value, name, kind)));
        });
        Each(sheets, Sheets.SoftPeriods, r =>
        {
            var owner = Owner(r);
            var name = r.Required("Name");
            var first = RequiredDate(r, "First day");
            var last = RequiredDate(r, "Last day");
            var kind = r.Enum<SoftPeriodKind>("Kind") ?? SoftPeriodKind.Other;
            var severity = r.Enum<SoftPeriodSeverity>("Severity") ?? SoftPeriodSeverity.Warning;
            var uncertainty = r.Int("Uncertainty days") ?? 0;
            Rule(r, owner, b => b.AddSoftPeriod(new SoftPeriod(name, new DateInterval(first!.Value, last!.Value), kind, severity, uncertainty)));
        });
        var patterns = new List<(RowReader Row, string Owner, LocalDate? From, List<KeyValuePair<IsoDayOfWeek, WorkingHoursRange>> Spans)>();
        Each(sheets, Sheets.WorkingHours, r =>
        {
            var owner = Owner(r);
            var from = r.Date("From");
            var days = r.Days("Day");
            var start = r.Time("Start");
            var end = r.Time("End");
            if (days.Count > 1)
            {
                r.Error("Day", "one day a row: give each day its own row.");
            }

            if (days.Count == 1 && (start is null || end is null) && !r.Failed)
            {
                r.Error(start is null ? "Start" : "End", "the cell is empty; a day's hours need a start and an end (e.g. 09:00 and 17:30).");
            }

            if (r.Failed)
            {
                return;
            }

            var pattern = patterns.FindIndex(p => p.Owner == owner && p.From == from);
            if (pattern < 0)
            {
                patterns.Add((r, owner, from, []));
                pattern = patterns.Count - 1;
            }

            if (days.Count == 1)
            {
                patterns[pattern].Spans.Add(KeyValuePair.Create(days[0], new WorkingHoursRange(start!.Value, end!.Value)));
            }
        });
        foreach (var (row, owner, from, spans) in patterns)
        {
            Rule(row, owner, b => b.AddWorkingHours(new WorkingHours(from, spans)));
        }

        var dates = new List<(RowReader Row, string Owner, LocalDate Date, List<WorkingHoursRange> Spans)>();
        Each(sheets, Sheets.HoursOnDates, r =>
        {
            var owner = Owner(r);
            var date = RequiredDate(r, "Date");
            var start = r.Time("Start");
            var end = r.Time("End");
            if ((start is null) != (end is null) && !r.Failed)
            {
                r.Error(start is null ? "Start" : "End", "give both the start and the end, or neither (no working hours that day).");
            }

            if (r.Failed)
            {
                return;
            }

            var at = dates.FindIndex(d => d.Owner == owner && d.Date == date!.Value);
            if (at < 0)
            {
                dates.Add((r, owner, date!.Value, []));
                at = dates.Count - 1;
            }

            if (start is { } s && end is { } e)
            {
                dates[at].Spans.Add(new WorkingHoursRange(s, e));
            }
        });
        foreach (var (row, owner, date, spans) in dates)
        {
            Rule(row, owner, b => b.SetWorkingHoursOn(date, spans));
        }

        Each(sheets, Sheets.HolidayCoverage, r =>
        {
            var owner = Owner(r);
            var source = r.Required("Source");
            var first = RequiredDate(r, "First day");
            var last = RequiredDate(r, "Last day");
            Rule(r, owner, b => b.DeclareHolidayCoverage(source, new DateInterval(first!.Value, last!.Value)));
        });
    }

    private static string Owner(RowReader r)
    {
        var resource = r.Resource("Calendar of");
        if (resource is null && !r.Failed)
        {
            r.Error("Calendar of", "the cell is empty; it needs country:CODE, person:ID or seat:MECHANISM.");
        }

        return resource is { } value ? TableExport.Resource(value) : string.Empty;
    }

    private static LocalDate? RequiredDate(RowReader r, string header)
    {
        var date = r.Date(header);
        if (date is null && !r.Failed)
        {
            r.Error(header, "the cell is empty; it needs a date.");
        }

        return date;
    }

    private void Rule(RowReader r, string owner, Action<WorkingCalendarBuilder> apply)
    {
        if (!r.Failed)
        {
            (rules.TryGetValue(owner, out var list) ? list : rules[owner] = []).Add((r, apply));
        }
    }

    private static T? Make<T>(RowReader r, Func<T> make)
        where T : class
    {
        if (r.Failed)
        {
            return null;
        }

        try
        {
            var item = make();
            return r.Failed ? null : item;
        }
        catch (ArgumentException e)
        {
            // A required cell left empty already carries its error; the model's refusal of the empty value adds nothing.
            if (!r.Failed)
            {
                r.RowError(e.Message);
            }

            return null;
        }
    }

    private void Add<T>(RowReader r, T? item, Action<T> add, Func<T, TimetableItemRef> reference)
        where T : class
    {
        if (item is null)
        {
            return;
        }

        var key = reference(item);
        if (places.TryGetValue(key, out var earlier))
        {
            r.RowError(Sheets.Invariant($"{key} is already on sheet '{earlier.Sheet}' row {earlier.Row}."));
            return;
        }

        places[key] = (r.Schema.Name, r.Row);
        add(item);
    }

    private void Each(IReadOnlyDictionary<string, SheetRows> sheets, SheetSchema schema, Action<RowReader> read)
    {
        if (!sheets.TryGetValue(schema.Name, out var sheet) || sheet.Columns.Count < schema.Headers.Count)
        {
            return;
        }

        foreach (var (row, cells) in sheet.Rows)
        {
            read(new RowReader(sheet, row, cells, problems, zones));
        }
    }
}
