using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Json.Internal;

/// <summary>Maps the DTOs to model values, reporting every semantic problem (unknown zones and ids, bad enum values, ends before starts) with its path.</summary>
/// <remarks>
/// A value that cannot be mapped is replaced by a placeholder (UTC, a default enum value) so the item still exists and
/// the model's relational checks do not cascade; the placeholders never escape because any error rejects the file.
/// </remarks>
internal sealed class ModelReader(IDateTimeZoneProvider zones, Func<ReferenceCatalog> catalog, ProblemSink sink)
{
    private const string Missing = "(missing)";

    /// <summary>The source name of a calendar's non-working days listed in the file, for its <c>holidayCoverage</c>.</summary>
    internal const string CoverageSource = "the timetable file";

    private readonly Dictionary<TimetableItemRef, string> itemPaths = [];
    private readonly Dictionary<TimetableItemRef, string> duplicatePaths = [];
    private readonly Dictionary<TimetableResource, DateTimeZone> ownerZones = [];
    private TimedValueReader timedValues = new(zones, sink, 1);

    /// <summary>Gets the JSON path of each item read (the first one when an id is used twice).</summary>
    internal IReadOnlyDictionary<TimetableItemRef, string> ItemPaths => itemPaths;

    /// <summary>Gets or sets a value indicating whether <c>feeds</c> may name local files (<see cref="TimetableJson.AllowFileFeeds"/>).</summary>
    internal bool AllowFileFeeds { get; init; } = true;

    /// <summary>Gets the path of the second item with an id already used (the first duplicate), by item.</summary>
    internal IReadOnlyDictionary<TimetableItemRef, string> DuplicatePaths => duplicatePaths;

    internal (TimetableBuilder Builder, ImmutableArray<IcsFeedReference> Feeds) Read(TimetableDto dto)
    {
        if (dto.FormatVersion is { } version && version is not (1 or 2))
        {
            sink.Error(JsonPaths.Property(dto.Path, "formatVersion"), string.Format(CultureInfo.InvariantCulture, "unsupported format version {0} (this reader knows versions 1 and 2)", version));
        }

        timedValues = new TimedValueReader(zones, sink, dto.FormatVersion ?? 1);
        timedValues.CheckVersion(dto.TzdbVersion, JsonPaths.Property(dto.Path, "tzdbVersion"));

        var builder = new TimetableBuilder();
        if (dto.Note is { } note)
        {
            Try(JsonPaths.Property(dto.Path, "note"), () => builder.WithNote(note));
        }

        if (dto.Zone is { } zoneId)
        {
            builder.WithZone(Zone(zoneId, JsonPaths.Property(dto.Path, "zone")));
        }

        foreach (var m in dto.Mechanisms ?? [])
        {
            Add(m.Path, () => Mechanism(m), x => builder.AddMechanism(x), x => TimetableItemRef.For(x.Id));
        }

        foreach (var c in dto.Cycles ?? [])
        {
            Add(c.Path, () => Cycle(c), x => builder.AddCycle(x), x => TimetableItemRef.For(x.Id));
        }

        foreach (var c in dto.Countries ?? [])
        {
            Add(c.Path, () => Country(c), x => builder.AddCountry(x), x => TimetableItemRef.For(x.Code));
        }

        foreach (var p in dto.People ?? [])
        {
            Add(p.Path, () => Person(p), x => builder.AddPerson(x), x => TimetableItemRef.For(x.Id));
        }

        foreach (var r in dto.Reviews ?? [])
        {
            Add(r.Path, () => Review(r), x => builder.AddReview(x), x => TimetableItemRef.For(x.Id));
        }

        foreach (var m in dto.Meetings ?? [])
        {
            Add(m.Path, () => Meeting(m), x => builder.AddMeeting(x), x => TimetableItemRef.For(x.Id));
        }

        foreach (var b in dto.Blackouts ?? [])
        {
            Add(b.Path, () => Blackout(b), x => builder.AddBlackout(x), x => TimetableItemRef.For(x.Id));
        }

        var feeds = (dto.Feeds ?? []).Select(Feed).OfType<IcsFeedReference>().ToImmutableArray();
        return (builder, feeds);
    }

    /// <summary>Checks a feed's owner against the items read and resolves its zones (the owner's zone when none is given).</summary>
    internal IcsFeedReference? Feed(FeedDto dto)
    {
        var owner = Resource(dto.Owner, JsonPaths.Property(dto.JsonPath, "owner"));
        var floating = dto.FloatingZone is null ? null : Zone(dto.FloatingZone, JsonPaths.Property(dto.JsonPath, "floatingZone"));
        var given = dto.Zone is null ? null : Zone(dto.Zone, JsonPaths.Property(dto.JsonPath, "zone"));
        if (owner is not { } key || dto.Path is null)
        {
            return null;
        }

        if (!AllowFileFeeds)
        {
            sink.Error(JsonPaths.Property(dto.JsonPath, "path"), "file feeds are turned off here (TimetableJson.AllowFileFeeds is false): remove the feed");
            return null;
        }

        if (!ownerZones.TryGetValue(key, out var ownerZone))
        {
            sink.Error(JsonPaths.Property(dto.JsonPath, "owner"), string.Format(CultureInfo.InvariantCulture, "unknown owner \"{0}\"", Echo.Value(dto.Owner!)));
            return null;
        }

        return new IcsFeedReference(dto.Path, key, given ?? ownerZone, floating);
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return Echo.Message(ModelProblemPaths.Sentence(cut >= 0 ? message[..cut] : message));
    }

    private static LocalDate Date(LocalDate? value) => value ?? new LocalDate(2000, 1, 1);

    private static string Text(string? value) => value ?? Missing;

    private static string P(string path, string name) => JsonPaths.Property(path, name);

    private void Add<T>(string path, Func<T?> map, Action<T> add, Func<T, TimetableItemRef> key)
        where T : class
    {
        T? item;
        try
        {
            item = map();
        }
        catch (ArgumentException e)
        {
            sink.Error(path, Clean(e.Message));
            return;
        }

        if (item is not null)
        {
            if (!itemPaths.TryAdd(key(item), path))
            {
                duplicatePaths.TryAdd(key(item), path);
            }

            add(item);
        }
    }

    private Mechanism? Mechanism(MechanismDto dto)
    {
        MechanismProfile? profile = null;
        if (dto.Reference is { } reference)
        {
            var known = catalog().Mechanisms;
            profile = known.FirstOrDefault(m => string.Equals(m.Id.Value, reference, StringComparison.Ordinal));
            if (profile is null)
            {
                sink.Error(
                    P(dto.Path, "reference"),
                    string.Format(CultureInfo.InvariantCulture, "unknown reference mechanism \"{0}\" (the catalog holds {1})", Echo.Value(reference), string.Join(", ", known.Select(m => m.Id.Value))));
            }
        }

        var id = dto.Id ?? profile?.Id.Value ?? dto.Reference;
        if (id is null)
        {
            return null;
        }

        var seatZone = dto.SeatZone is not null ? Zone(dto.SeatZone, P(dto.Path, "seatZone")) : profile?.SeatZone ?? DateTimeZone.Utc;
        ownerZones.TryAdd(TimetableResource.ForSeat(new MechanismId(id)), seatZone);
        return new Mechanism
        {
            Id = new MechanismId(id),
            Name = dto.Name ?? profile?.Name ?? Missing,
            ShortName = dto.ShortName ?? profile?.Acronym ?? Missing,
            SeatName = dto.SeatName ?? profile?.Seat.Value ?? Missing,
            SeatZone = seatZone,
            SeatCalendar = dto.SeatCalendar is { } cal ? Calendar(cal, id, seatZone, ownerZoneFixed: false) : null,
            SecretariatTeam = [.. (dto.SecretariatTeam ?? []).Select(s => new PersonId(s))],
            MemberStates = Codes(dto.MemberStates, P(dto.Path, "memberStates")),
            PlenaryPattern = dto.PlenaryPattern,
        };
    }

    private ReviewCycle? Cycle(CycleDto dto) => dto.Id is null ? null : new ReviewCycle
    {
        Id = new CycleId(dto.Id),
        Mechanism = new MechanismId(Text(dto.Mechanism)),
        Name = Text(dto.Name),
        Dates = dto.Dates is { } d ? Dates(d.First, d.Last, d.Path) : null,
    };

    private Country? Country(CountryDto dto)
    {
        if (dto.Code is null)
        {
            return null;
        }

        var zone = Zone(dto.Zone, P(dto.Path, "zone"));
        var calendar = dto.Calendar is { } cal ? Calendar(cal, dto.Code, zone, ownerZoneFixed: true) : new WorkingCalendarBuilder(dto.Code, zone).Build();
        if (Code(dto.Code, P(dto.Path, "code")) is not { } code)
        {
            return null;
        }

        ownerZones.TryAdd(TimetableResource.ForCountry(code), zone);
        return new Country { Code = code, Name = Text(dto.Name), Calendar = calendar };
    }

    private Person? Person(PersonDto dto)
    {
        if (dto.Id is null)
        {
            return null;
        }

        var zone = Zone(dto.HomeZone, P(dto.Path, "homeZone"));
        ownerZones.TryAdd(TimetableResource.ForPerson(new PersonId(dto.Id)), zone);
        return new Person
        {
            Id = new PersonId(dto.Id),
            Name = Text(dto.Name),
            Role = Enum<PersonRole>(dto.Role, P(dto.Path, "role"), "role"),
            HomeZone = zone,
            Country = dto.Country is { } c ? Code(c, P(dto.Path, "country")) : null,
            Calendar = dto.Calendar is { } cal ? Calendar(cal, dto.Id, zone, ownerZoneFixed: false) : null,
            Unavailability = [.. (dto.Unavailability ?? []).Select((t, i) => Timing(t, string.Format(CultureInfo.InvariantCulture, "unavailability [{0}] of person '{1}'", i, dto.Id)))],
        };
    }

    private CountryReview? Review(ReviewDto dto)
    {
        if (dto.Id is null)
        {
            return null;
        }

        var stages = new List<Stage>();
        foreach (var s in dto.Stages ?? [])
        {
            Add(s.Path, () => Stage(s), stages.Add, x => TimetableItemRef.For(x.Id));
        }

        return new CountryReview
        {
            Id = new ReviewId(dto.Id),
            Mechanism = new MechanismId(Text(dto.Mechanism)),
            Cycle = new CycleId(Text(dto.Cycle)),
            StateUnderReview = Code(dto.StateUnderReview, P(dto.Path, "stateUnderReview")) ?? PlaceholderCode,
            ReviewingStates = Codes(dto.ReviewingStates, P(dto.Path, "reviewingStates")),
            GovernmentalExperts = [.. (dto.GovernmentalExperts ?? []).Select(s => new PersonId(s))],
            FocalPoint = dto.FocalPoint is { } f ? new PersonId(f) : null,
            SecretariatTeam = [.. (dto.SecretariatTeam ?? []).Select(s => new PersonId(s))],
            Note = dto.Note,
            Stages = [.. stages],
        };
    }

    private Stage? Stage(StageDto dto) => dto.Id is null ? null : new Stage
    {
        Id = new StageId(dto.Id),
        Kind = Enum<StageKind>(dto.Kind, P(dto.Path, "kind"), "stage kind"),
        Name = Text(dto.Name),
        Timing = dto.Timing is { } t ? Timing(t, "stage '" + dto.Id + "'") : Placeholder(),
        Deadline = dto.Deadline is { } d ? Deadline(d) : null,
        IsPinned = dto.Pinned ?? false,
        Participants = [.. (dto.Participants ?? []).Select(s => new PersonId(s))],
        ParticipantRole = Role(dto.ParticipantRole, P(dto.Path, "participantRole")),
        ParticipantRoles = Roles(dto.ParticipantRoles),
        Location = dto.Location is { } l ? Location(l, P(dto.Path, "location")) : null,
        Predecessors = [.. (dto.Predecessors ?? []).Select(s => new StageId(s))],
        Source = dto.Source is { } src ? Source(src) : null,
        Revision = Revision(dto.Revision, P(dto.Path, "revision")),
        LastModified = LastModified(dto.LastModified, P(dto.Path, "lastModified")),
    };

    private ParticipationRole? Role(string? text, string path) =>
        text is null ? null : Enum<ParticipationRole>(text, path, "participation role");

    /// <summary>Reads per-person role overrides; an entry whose person or role could not be read is left out (its error is already reported).</summary>
    private ImmutableArray<Participation> Roles(List<ParticipationDto>? dtos)
    {
        if (dtos is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Participation>(dtos.Count);
        foreach (var dto in dtos)
        {
            if (dto.Person is { } person && Role(dto.Role, P(dto.Path, "role")) is { } role)
            {
                result.Add(new Participation(new PersonId(person), role));
            }
        }

        return result.ToImmutable();
    }

    private Meeting? Meeting(MeetingDto dto) => dto.Id is null ? null : new Meeting
    {
        Id = new MeetingId(dto.Id),
        Kind = Enum<MeetingKind>(dto.Kind, P(dto.Path, "kind"), "meeting kind"),
        Mechanism = dto.Mechanism is { } m ? new MechanismId(m) : null,
        Name = Text(dto.Name),
        Timing = dto.Timing is { } t ? Timing(t, "meeting '" + dto.Id + "'") : Placeholder(),
        VenueName = Text(dto.VenueName),
        VenueZone = Zone(dto.VenueZone, P(dto.Path, "venueZone")),
        Seat = dto.Seat is { } s ? new MechanismId(s) : null,
        Format = dto.Format is null ? MeetingFormat.InPerson : Enum<MeetingFormat>(dto.Format, P(dto.Path, "format"), "meeting format"),
        Delegations = Codes(dto.Delegations, P(dto.Path, "delegations")),
        AllMemberStates = dto.AllMemberStates ?? false,
        Attendees = [.. (dto.Attendees ?? []).Select(p => new PersonId(p))],
        ParticipantRole = Role(dto.ParticipantRole, P(dto.Path, "participantRole")),
        ParticipantRoles = Roles(dto.ParticipantRoles),
        IsPinned = dto.Pinned ?? true,
        Source = dto.Source is { } src ? Source(src) : null,
        Revision = Revision(dto.Revision, P(dto.Path, "revision")),
        LastModified = LastModified(dto.LastModified, P(dto.Path, "lastModified")),
    };

    private Blackout? Blackout(BlackoutDto dto)
    {
        if (dto.Id is null)
        {
            return null;
        }

        var zone = Zone(dto.Zone, P(dto.Path, "zone"));
        var dates = Dates(dto.First, dto.Last, dto.Path) ?? new DateInterval(Date(dto.First), Date(dto.First));
        return new Blackout
        {
            Id = new BlackoutId(dto.Id),
            Scope = Resource(dto.Scope, P(dto.Path, "scope")) ?? TimetableResource.ForCountry(PlaceholderCode),
            Name = Text(dto.Name),
            Dates = new ZonedDateRange(dates, zone),
            Kind = Enum<BlackoutKind>(dto.Kind, P(dto.Path, "kind"), "blackout kind"),
            Severity = dto.Severity is null ? BlackoutSeverity.Hard : Enum<BlackoutSeverity>(dto.Severity, P(dto.Path, "severity"), "blackout severity"),
            Source = dto.Source is { } src ? Source(src) : null,
            LastModified = LastModified(dto.LastModified, P(dto.Path, "lastModified")),
        };
    }

    private SourceReference Source(SourceDto dto) =>
        new(dto.Citation ?? string.Empty, Enum<Confidence>(dto.Confidence, P(dto.Path, "confidence"), "confidence"), dto.Note);

    private StageDeadline? Deadline(DeadlineDto dto)
    {
        var party = Resource(dto.Party, P(dto.Path, "party"));
        var roll = dto.Roll is null ? DeadlineRoll.None : Enum<DeadlineRoll>(dto.Roll, P(dto.Path, "roll"), "deadline roll");
        return party is { } p && dto.Date is { } date ? new StageDeadline(date, p, roll) : null;
    }

    private StageLocation? Location(string text, string path)
    {
        switch (text)
        {
            case "in-country":
                return StageLocation.InCountryUnderReview;
            case "virtual":
                return StageLocation.Virtual;
            default:
                if (text.StartsWith("seat:", StringComparison.Ordinal) && text.Length > 5 && !string.IsNullOrWhiteSpace(text[5..]))
                {
                    return StageLocation.AtSeat(new MechanismId(text[5..]));
                }

                sink.Error(path, string.Format(CultureInfo.InvariantCulture, "unknown location \"{0}\" (expected \"in-country\", \"virtual\" or \"seat:<mechanism>\")", Echo.Value(text)));
                return null;
        }
    }

    private int Revision(int? value, string path)
    {
        if (value is < 0)
        {
            sink.Error(path, "the revision must not be negative");
            return 0;
        }

        return value ?? 0;
    }

    private Instant? LastModified(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (OffsetDateTimePattern.Rfc3339.Parse(text) is not { Success: true } parsed)
        {
            sink.Error(path, string.Format(CultureInfo.InvariantCulture, "the last change \"{0}\" is not an RFC 3339 date-time with an offset (e.g. \"2025-01-10T09:30:00Z\")", text));
            return null;
        }

        if (!SupportedYears.Contains(parsed.Value.Date))
        {
            sink.Error(path, SupportedYears.Outside("date-time", text));
            return null;
        }

        return parsed.Value.ToInstant();
    }

    private TimetableResource? Resource(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var value = colon >= 0 ? text[(colon + 1)..] : string.Empty;
        if (colon > 0 && !string.IsNullOrWhiteSpace(value))
        {
            switch (text[..colon])
            {
                case "country":
                    return Code(value, path) is { } code ? TimetableResource.ForCountry(code) : null;
                case "person":
                    return TimetableResource.ForPerson(new PersonId(value));
                case "seat":
                    return TimetableResource.ForSeat(new MechanismId(value));
            }
        }

        sink.Error(path, string.Format(CultureInfo.InvariantCulture, "\"{0}\" is not a resource (expected \"country:<code>\", \"person:<id>\" or \"seat:<mechanism>\")", Echo.Value(text)));
        return null;
    }

    private T Enum<T>(string? text, string path, string what)
        where T : struct, Enum
    {
        if (text is null)
        {
            return default;
        }

        if (JsonNames<T>.TryParse(text, out var value))
        {
            return value;
        }

        sink.Error(path, string.Format(CultureInfo.InvariantCulture, "unknown {0} \"{1}\" (expected one of: {2})", what, Echo.Value(text), string.Join(", ", JsonNames<T>.Names)));
        return default;
    }

    // Stands in for a missing or unreadable code so the item still exists; the file already has an error, so it is
    // never compared with a user's value nor shown (a real country "ZZZ" is read like any other).
    private static readonly CountryCode PlaceholderCode = new("ZZZ");

    private CountryCode? Code(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return new CountryCode(text);
        }
        catch (ArgumentException)
        {
            sink.Error(path, string.Format(CultureInfo.InvariantCulture, "\"{0}\" is not an ISO 3166-1 alpha-3 country code (three upper-case letters such as AUT)", Echo.Value(text)));
            return null;
        }
    }

    private ImmutableArray<CountryCode> Codes(List<string>? texts, string path) =>
        [.. (texts ?? []).Select((t, i) => Code(t, JsonPaths.Index(path, i))).OfType<CountryCode>()];

    private DateTimeZone Zone(string? id, string path)
    {
        if (id is null)
        {
            return DateTimeZone.Utc;
        }

        var zone = zones.GetZoneOrNull(id);
        if (zone is null)
        {
            sink.Error(path, string.Format(CultureInfo.InvariantCulture, "unknown zone \"{0}\"", Echo.Value(id)));
            return DateTimeZone.Utc;
        }

        return zone;
    }

    private DateInterval? Dates(LocalDate? first, LocalDate? last, string path)
    {
        if (first is not { } f || last is not { } l)
        {
            return null;
        }

        if (l < f)
        {
            sink.Error(P(path, "last"), string.Format(CultureInfo.InvariantCulture, "the last day {0} is before the first day {1}", Iso(l), Iso(f)));
            return null;
        }

        return new DateInterval(f, l);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static DateRangeTiming Placeholder() => ItemTiming.AllDay(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1), DateTimeZone.Utc);

    private ItemTiming Timing(TimingDto dto, string what)
    {
        var zone = Zone(dto.Zone, P(dto.Path, "zone"));
        // A date given but unreadable has its error already; it still counts as given, so nothing else is reported about it.
        var unreadableDate = sink.HasErrorAtOrBelow(P(dto.Path, "first")) || sink.HasErrorAtOrBelow(P(dto.Path, "last"));
        var allDay = dto.First is not null || dto.Last is not null || unreadableDate;
        var timed = dto.Start is not null || dto.End is not null;
        if (allDay == timed)
        {
            sink.Error(dto.Path, "a timing needs either \"first\" and \"last\" (all-day dates) or \"start\" and \"end\" (date-times), not both or neither");
            return Placeholder();
        }

        if (allDay)
        {
            if (dto.First is null || dto.Last is null)
            {
                if (unreadableDate)
                {
                    return Placeholder();
                }

                sink.Error(P(dto.Path, dto.First is null ? "first" : "last"), string.Format(CultureInfo.InvariantCulture, "missing required property \"{0}\"", dto.First is null ? "first" : "last"));
                return Placeholder();
            }

            return Dates(dto.First, dto.Last, dto.Path) is { } dates ? new DateRangeTiming(new ZonedDateRange(dates, zone)) : Placeholder();
        }

        var resolution = dto.Resolution is null ? LocalTimeResolution.Strict : Enum<LocalTimeResolution>(dto.Resolution, P(dto.Path, "resolution"), "resolution");
        return timedValues.Read(dto, zone, resolution, what) ?? Placeholder();
    }

    private WorkingCalendar Calendar(CalendarDto dto, string ownerName, DateTimeZone ownerZone, bool ownerZoneFixed)
    {
        var zone = ownerZone;
        if (dto.Zone is not null)
        {
            var given = Zone(dto.Zone, P(dto.Path, "zone"));
            if (ownerZoneFixed && !string.Equals(given.Id, ownerZone.Id, StringComparison.Ordinal))
            {
                sink.Error(P(dto.Path, "zone"), string.Format(CultureInfo.InvariantCulture, "a country's calendar uses the country's zone {0}; remove \"zone\" or make it equal", ownerZone.Id));
            }

            zone = ownerZoneFixed ? ownerZone : given;
        }

        var builder = new WorkingCalendarBuilder(dto.Name ?? ownerName, zone);
        if (dto.LocalTimeResolution is not null)
        {
            builder.WithLocalTimeResolution(Enum<LocalTimeResolution>(dto.LocalTimeResolution, P(dto.Path, "localTimeResolution"), "resolution"));
        }

        foreach (var rule in dto.WeekendRules ?? [])
        {
            // An unreadable date must not turn the rule into one "effective from the beginning".
            if (sink.HasErrorAtOrBelow(P(rule.Path, "effectiveFrom")))
            {
                continue;
            }

            Try(rule.Path, () => builder.AddWeekendRule(new WeekendRule(rule.EffectiveFrom, Days(rule.Days, P(rule.Path, "days")))));
        }

        var seen = new HashSet<LocalDate>();
        foreach (var day in dto.NonWorkingDays ?? [])
        {
            if (day.Date is not { } date)
            {
                continue;
            }

            if (!seen.Add(date))
            {
                sink.Error(P(day.Path, "date"), string.Format(CultureInfo.InvariantCulture, "the non-working day {0} is listed more than once", Iso(date)));
                continue;
            }

            var kind = day.Kind is null ? NonWorkingDayKind.PublicHoliday : Enum<NonWorkingDayKind>(day.Kind, P(day.Path, "kind"), "non-working day kind");
            Try(day.Path, () => builder.AddNonWorkingDay(new NonWorkingDay(date, Text(day.Name), kind)));
        }

        foreach (var period in dto.SoftPeriods ?? [])
        {
            var kind = period.Kind is null ? SoftPeriodKind.Other : Enum<SoftPeriodKind>(period.Kind, P(period.Path, "kind"), "soft period kind");
            var severity = period.Severity is null ? SoftPeriodSeverity.Warning : Enum<SoftPeriodSeverity>(period.Severity, P(period.Path, "severity"), "soft period severity");
            if (Dates(period.First, period.Last, period.Path) is { } dates)
            {
                Try(period.Path, () => builder.AddSoftPeriod(new SoftPeriod(Text(period.Name), dates, kind, severity, period.UncertaintyDays ?? 0)));
            }
        }

        foreach (var hours in dto.WorkingHours ?? [])
        {
            var spans = new List<KeyValuePair<IsoDayOfWeek, WorkingHoursRange>>();
            foreach (var span in hours.Spans ?? [])
            {
                if (span.Start is { } start && span.End is { } end)
                {
                    spans.AddRange(Days(span.Days, P(span.Path, "days")).Select(d => KeyValuePair.Create(d, new WorkingHoursRange(start, end))));
                }
            }

            if (sink.HasErrorAtOrBelow(P(hours.Path, "effectiveFrom")))
            {
                continue;
            }

            Try(hours.Path, () => builder.AddWorkingHours(new WorkingHours(hours.EffectiveFrom, spans)));
        }

        var overridden = new HashSet<LocalDate>();
        foreach (var day in dto.WorkingHoursOverrides ?? [])
        {
            if (day.Date is not { } date)
            {
                continue;
            }

            if (!overridden.Add(date))
            {
                sink.Error(P(day.Path, "date"), string.Format(CultureInfo.InvariantCulture, "the working hours of {0} are already overridden", LocalDatePattern.Iso.Format(date)));
                continue;
            }

            var spans = (day.Spans ?? []).Where(x => x.Start is not null && x.End is not null).ToList();
            Try(day.Path, () => builder.SetWorkingHoursOn(date, [.. spans.Select(x => new WorkingHoursRange(x.Start!.Value, x.End!.Value))]));
        }

        foreach (var covered in dto.HolidayCoverage ?? [])
        {
            if (Dates(covered.First, covered.Last, covered.Path) is { } dates)
            {
                Try(covered.Path, () => builder.DeclareHolidayCoverage(CoverageSource, dates));
            }
        }

        return builder.Build();
    }

    private List<IsoDayOfWeek> Days(List<string>? names, string path)
    {
        var days = new List<IsoDayOfWeek>();
        var i = 0;
        foreach (var name in names ?? [])
        {
            if (JsonNames<IsoDayOfWeek>.TryParse(name, out var day) && day != IsoDayOfWeek.None)
            {
                days.Add(day);
            }
            else
            {
                sink.Error(JsonPaths.Index(path, i), string.Format(CultureInfo.InvariantCulture, "unknown day \"{0}\" (expected monday, tuesday, wednesday, thursday, friday, saturday or sunday)", Echo.Value(name)));
            }

            i++;
        }

        return days;
    }

    private void Try(string path, Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException e)
        {
            sink.Error(path, Clean(e.Message));
        }
    }
}
