using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts;

/// <summary>A stage, meeting or outside busy interval prepared once per check, shared by every rule.</summary>
internal sealed class CheckedItem
{
    internal required int Index { get; init; }

    internal required ConflictItemRef Ref { get; init; }

    internal required InstantRange Range { get; init; }

    /// <summary>Gets the sweep keys of the resources held, as <see cref="Timetable.ResourcesOf(StageId)"/> defines them (kinds <c>country</c>, <c>person</c>, <c>seat</c>), in ordinal order and distinct, so rules pass them (or a filtered copy) to <see cref="SweepItem{TId}.FromSortedDistinct(TId, InstantRange, ResourceKey[])"/> without re-sorting.</summary>
    internal required ResourceKey[] Keys { get; init; }

    /// <summary>Gets the subsequence of <see cref="Keys"/> whose time the item blocks: every country and seat key, and the person keys of attending participants only (<see cref="Participation.Blocks"/>). Person double-booking, visit during plenary, plenary clash and blackouts sweep these.</summary>
    internal required ResourceKey[] BlockingKeys { get; init; }

    /// <summary>Gets the one-key array of the visited State (<see cref="VisitedCountry"/>), shared by the visit rules; null when the item is not a visit.</summary>
    internal ResourceKey[]? VisitKey { get; init; }

    /// <summary>Gets the position of the first item of the same review in <see cref="ConflictContext.Items"/> (stages only; -1 otherwise).</summary>
    internal int ReviewFirst { get; init; } = -1;

    /// <summary>Gets the number of items of the same review, from <see cref="ReviewFirst"/> on.</summary>
    internal int ReviewCount { get; set; }

    internal Stage? Stage { get; init; }

    internal CountryReview? Review { get; init; }

    internal Meeting? Meeting { get; init; }

    internal ExternalBusy? Busy { get; init; }

    /// <summary>Gets the mechanism the item belongs to (null for outside items and meetings without one); derived, to keep the per-item object small.</summary>
    internal MechanismId? Mechanism => Review?.Mechanism ?? Meeting?.Mechanism;

    /// <summary>Gets the State visited: the State under review of a country-visit stage, or the country of an outside busy interval on a country.</summary>
    internal CountryCode? VisitedCountry { get; init; }

    /// <summary>Gets the local dates the item touches in the visited State's calendar zone (visits only).</summary>
    internal DateInterval? VisitDates { get; init; }

    /// <summary>Gets the visited State's working calendar (visits only).</summary>
    internal WorkingCalendar? VisitCalendar { get; init; }

    internal bool IsOutside => Busy is not null;

    internal bool IsPlenary => Meeting is { Kind: MeetingKind.Plenary or MeetingKind.ImplementationReviewGroupSession or MeetingKind.ConferenceOfStatesParties };

    internal bool IsVisitStage => Stage is { Kind: StageKind.CountryVisit };
}

/// <summary>Everything one check needs: the timetable, the prepared items, resource keys, labels and the result list.</summary>
internal sealed class ConflictContext
{
    internal const string CountryKind = "country";
    internal const string PersonKind = "person";
    internal const string SeatKind = "seat";

    private readonly Dictionary<TimetableResource, ResourceKey> keys = [];
    private readonly Dictionary<string, ResourceKey> personKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResourceKey> countryKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<CountryCode, WorkingCalendar> calendars = [];
    private readonly Dictionary<ResourceKey, TimetableResource> resources = [];
    private readonly Dictionary<string, WorkingCalendar> calendarsByCode = new(StringComparer.Ordinal);
    private readonly List<Conflict> conflicts = [];
    private readonly System.Collections.Frozen.FrozenDictionary<ConflictKind, ConflictSeverity> severities;

    internal ConflictContext(Timetable timetable, IReadOnlyList<ExternalBusy> outside, ConflictDetectorSettings settings)
    {
        Timetable = timetable;
        Settings = settings;
        severities = settings.Severities;

        // Every key and calendar a rule may ask for is made up front, so that after construction the context is only
        // read (rules may then run concurrently).
        foreach (var country in timetable.Countries)
        {
            var key = new ResourceKey(CountryKind, country.Code.Value);
            countryKeys.Add(country.Code.Value, key);
            resources.Add(key, TimetableResource.ForCountry(country.Code));
            calendars.Add(country.Code, country.Calendar);
            calendarsByCode.Add(country.Code.Value, country.Calendar);
        }

        foreach (var person in timetable.Persons)
        {
            var key = new ResourceKey(PersonKind, person.Id.Value);
            personKeys.Add(person.Id.Value, key);
            resources.Add(key, TimetableResource.ForPerson(person.Id));
        }

        foreach (var mechanism in timetable.Mechanisms)
        {
            var seat = TimetableResource.ForSeat(mechanism.Id);
            var key = new ResourceKey(SeatKind, seat.Value);
            keys.Add(seat, key);
            resources.Add(key, seat);
        }
        var window = settings.EvaluationWindow;
        var items = new List<CheckedItem>(timetable.Stages.Length + timetable.Meetings.Length + outside.Count);
        var deadlines = new List<CheckedItem>();
        var sequenced = new List<CheckedItem>();
        foreach (var review in timetable.Reviews)
        {
            var reviewFirst = items.Count;
            foreach (var stage in review.Stages)
            {
                var range = stage.ToInstantRange();
                if (window is { } w && !w.Overlaps(range))
                {
                    continue;
                }

                var visited = stage.Kind == StageKind.CountryVisit ? review.StateUnderReview : (CountryCode?)null;
                var calendar = visited is { } v ? CountryCalendar(v) : null;
                var stageKeys = StageKeys(stage, review);
                var item = new CheckedItem
                {
                    Index = items.Count,
                    Ref = ConflictItemRef.For(stage.Id),
                    Range = range,
                    Keys = stageKeys,
                    BlockingKeys = Blocking(stageKeys, stage.RoleOf),
                    VisitKey = visited is { } vk ? [CountryKey(vk.Value)] : null,
                    Stage = stage,
                    Review = review,
                    VisitedCountry = visited,
                    VisitCalendar = calendar,
                    VisitDates = calendar is null ? null : ConflictText.TouchedDates(range, calendar.Zone),
                    ReviewFirst = reviewFirst,
                };
                items.Add(item);
                if (stage.Deadline is not null || (stage.Kind == StageKind.Deadline && range.IsEmpty))
                {
                    deadlines.Add(item);
                }

                if (stage.Deadline is not null || !stage.Predecessors.IsDefaultOrEmpty)
                {
                    sequenced.Add(item);
                }
            }

            for (var i = reviewFirst; i < items.Count; i++)
            {
                items[i].ReviewCount = items.Count - reviewFirst;
            }
        }

        foreach (var meeting in timetable.Meetings)
        {
            var range = meeting.ToInstantRange();
            if (window is { } w && !w.Overlaps(range))
            {
                continue;
            }

            var meetingKeys = SortedDistinct([.. timetable.ResourcesOf(meeting.Id).Select(Key)]);
            items.Add(new CheckedItem
            {
                Index = items.Count,
                Ref = ConflictItemRef.For(meeting.Id),
                Range = range,
                Keys = meetingKeys,
                BlockingKeys = Blocking(meetingKeys, meeting.RoleOf),
                Meeting = meeting,
            });
        }

        for (var i = 0; i < outside.Count; i++)
        {
            var busy = outside[i] ?? throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The outside busy interval at position {0} is null.", i), nameof(outside));
            if (!Exists(timetable, busy.Resource))
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "The outside busy interval '{0}' names the resource {1}, which the timetable does not hold.", busy.Id, busy.Resource),
                    nameof(outside));
            }

            if (window is { } w && !w.Overlaps(busy.Range))
            {
                continue;
            }

            var visitedCountry = busy.Resource.Kind == ResourceKind.Country ? busy.Resource.AsCountry() : (CountryCode?)null;
            var visitCalendar = visitedCountry is { } vc ? CountryCalendar(vc) : null;
            items.Add(new CheckedItem
            {
                Index = items.Count,
                Ref = ConflictItemRef.For(busy),
                Range = busy.Range,
                Keys = [Key(busy.Resource)],
                BlockingKeys = [Key(busy.Resource)],
                VisitKey = visitedCountry is not null ? [Key(busy.Resource)] : null,
                Busy = busy,
                VisitedCountry = visitedCountry,
                VisitCalendar = visitCalendar,
                VisitDates = visitCalendar is null ? null : ConflictText.TouchedDates(busy.Range, visitCalendar.Zone),
            });
        }

        Items = items;
        Deadlines = deadlines;
        Sequenced = sequenced;
        Visits = [.. items.Where(i => i.VisitedCountry is not null)];
        Meetings = [.. items.Where(i => i.Meeting is not null)];
        Plenaries = [.. Meetings.Where(i => i.IsPlenary)];
    }

    /// <summary>Initializes a view of <paramref name="shared"/> with its own result list, so that rules can run concurrently: everything else is shared and only read after construction.</summary>
    private ConflictContext(ConflictContext shared)
    {
        keys = shared.keys;
        personKeys = shared.personKeys;
        countryKeys = shared.countryKeys;
        calendars = shared.calendars;
        resources = shared.resources;
        calendarsByCode = shared.calendarsByCode;
        severities = shared.severities;
        Timetable = shared.Timetable;
        Settings = shared.Settings;
        Items = shared.Items;
        Deadlines = shared.Deadlines;
        Sequenced = shared.Sequenced;
        Visits = shared.Visits;
        Meetings = shared.Meetings;
        Plenaries = shared.Plenaries;
    }

    internal Timetable Timetable { get; }

    internal ConflictDetectorSettings Settings { get; }

    internal IReadOnlyList<CheckedItem> Items { get; }

    /// <summary>Gets the items with a <see cref="CheckedItem.VisitedCountry"/> (country-visit stages and outside busy intervals on a country), in <see cref="Items"/> order.</summary>
    internal IReadOnlyList<CheckedItem> Visits { get; }

    /// <summary>Gets the stage items with a <see cref="Stage.Deadline"/>, and zero-length <see cref="StageKind.Deadline"/> markers, in <see cref="Items"/> order.</summary>
    internal IReadOnlyList<CheckedItem> Deadlines { get; }

    /// <summary>Gets the stage items with predecessors or a <see cref="Stage.Deadline"/>, in <see cref="Items"/> order.</summary>
    internal IReadOnlyList<CheckedItem> Sequenced { get; }

    /// <summary>Gets the meeting items, in <see cref="Items"/> order.</summary>
    internal IReadOnlyList<CheckedItem> Meetings { get; }

    /// <summary>Gets the plenary items (<see cref="CheckedItem.IsPlenary"/>), in <see cref="Items"/> order.</summary>
    internal IReadOnlyList<CheckedItem> Plenaries { get; }

    internal IReadOnlyList<Conflict> Conflicts => conflicts;

    /// <summary>Returns a view of this context that shares the prepared items and tables but collects its own conflicts (one per rule when rules run in parallel).</summary>
    internal ConflictContext ForRule() => new(this);

    internal bool IsEnabled(ConflictKind kind) => Settings.Kinds.Contains(kind);

    internal ResourceKey Key(TimetableResource resource)
    {
        if (resource.Kind == ResourceKind.Person)
        {
            return PersonKey(resource.Value);
        }

        if (resource.Kind == ResourceKind.Country)
        {
            return CountryKey(resource.Value);
        }

        return keys.TryGetValue(resource, out var key) ? key : new ResourceKey(TimetableResource.KindText(resource.Kind), resource.Value);
    }

    /// <summary>The keys of a stage, exactly as <see cref="Timetable.ResourcesOf(StageId)"/> lists its resources, without building that list.</summary>
    private ResourceKey[] StageKeys(Stage stage, CountryReview review)
    {
        var inCountry = stage.Kind == StageKind.CountryVisit || stage.Location?.Kind == StageLocationKind.InCountryUnderReview;
        var seat = stage.Location is { Kind: StageLocationKind.AtSeat, Seat: { } s } ? s : (MechanismId?)null;
        var participants = stage.Participants;
        var count = participants.Length + (inCountry ? 1 : 0) + (seat is null ? 0 : 1);
        if (count == 0)
        {
            return [];
        }

        var result = new ResourceKey[count];
        var n = 0;
        if (inCountry)
        {
            result[n++] = CountryKey(review.StateUnderReview.Value);
        }

        foreach (var person in participants)
        {
            result[n++] = PersonKey(person.Value);
        }

        if (seat is { } m)
        {
            result[n] = Key(TimetableResource.ForSeat(m));
        }

        // Kinds already sort country < person < seat; participants are usually sorted and distinct (checked, not assumed).
        return SortedDistinct(result);
    }

    /// <summary>Keeps the keys an item blocks: non-person keys, and person keys whose role <see cref="Participation.Blocks"/>; the same array when nothing is dropped.</summary>
    private static ResourceKey[] Blocking(ResourceKey[] keys, Func<PersonId, ParticipationRole> roleOf)
    {
        List<ResourceKey>? kept = null;
        for (var i = 0; i < keys.Length; i++)
        {
            var blocks = keys[i].Kind != PersonKind || roleOf(new PersonId(keys[i].Value)) == ParticipationRole.Attends;
            if (!blocks && kept is null)
            {
                kept = [.. keys.Take(i)];
            }
            else if (blocks)
            {
                kept?.Add(keys[i]);
            }
        }

        return kept is null ? keys : [.. kept];
    }

    /// <summary>Returns <paramref name="keys"/> in ordinal order without duplicates: the same array when it already is (the usual case, one pass), else a sorted, de-duplicated copy.</summary>
    private static ResourceKey[] SortedDistinct(ResourceKey[] keys)
    {
        var ordered = true;
        for (var i = 1; i < keys.Length && ordered; i++)
        {
            ordered = keys[i - 1].CompareTo(keys[i]) < 0;
        }

        return ordered ? keys : [.. keys.Distinct().Order()];
    }

    private ResourceKey PersonKey(string value)
    {
        return personKeys.TryGetValue(value, out var key) ? key : new ResourceKey(PersonKind, value);
    }

    private ResourceKey CountryKey(string value)
    {
        return countryKeys.TryGetValue(value, out var key) ? key : new ResourceKey(CountryKind, value);
    }

    private WorkingCalendar CountryCalendar(CountryCode code)
    {
        return calendars.TryGetValue(code, out var calendar) ? calendar : Timetable.GetCountry(code).Calendar;
    }

    /// <summary>Gets the timetable resource of a sweep key (from the table made up front; the model's id checks run only for unknown keys).</summary>
    internal TimetableResource ResourceOf(ResourceKey key) => resources.TryGetValue(key, out var resource) ? resource : NewResourceOf(key);

    private static TimetableResource NewResourceOf(ResourceKey key) => key.Kind switch
    {
        "country" => TimetableResource.ForCountry(new CountryCode(key.Value)),
        "person" => TimetableResource.ForPerson(new PersonId(key.Value)),
        _ => TimetableResource.ForSeat(new MechanismId(key.Value)),
    };

    internal DateTimeZone ZoneOf(TimetableResource resource) => Timetable.ZoneOf(resource);

    internal WorkingCalendar? CalendarOf(TimetableResource resource) =>
        resource.Kind == ResourceKind.Country && resource.Value is not null && calendarsByCode.TryGetValue(resource.Value, out var calendar)
            ? calendar
            : Timetable.CalendarOf(resource);

    /// <summary>Resolves a stage's deadline exactly as <see cref="Timetable.ResolveDeadline"/> does (the party's calendar, else its zone), without looking the stage up again.</summary>
    internal ResolvedDeadline Resolve(StageDeadline deadline) =>
        CalendarOf(deadline.Party) is { } calendar ? deadline.Resolve(calendar) : deadline.Resolve(ZoneOf(deadline.Party));

    internal string NameOf(TimetableResource resource) => resource.Kind switch
    {
        ResourceKind.Country => Timetable.GetCountry(resource.AsCountry()).Name,
        ResourceKind.Person => Timetable.GetPerson(resource.AsPerson()).Name,
        _ => Timetable.GetMechanism(resource.AsSeat()).ShortName + " seat (" + Timetable.GetMechanism(resource.AsSeat()).SeatName + ")",
    };

    /// <summary>Names an item for a sentence: <c>GRECO's country visit to Austria</c>, <c>GRECO's stage "Draft report" for Austria</c>,
    /// a meeting's name, or an outside interval's label.</summary>
    internal string Label(CheckedItem item)
    {
        if (item.Busy is { } busy)
        {
            return busy.Label;
        }

        if (item.Meeting is { } meeting)
        {
            return meeting.Name;
        }

        var stage = item.Stage!;
        var review = item.Review!;
        var mechanism = Timetable.TryGetMechanism(review.Mechanism, out var m) ? m.ShortName : review.Mechanism.Value;
        var country = Timetable.TryGetCountry(review.StateUnderReview, out var c) ? c.Name : review.StateUnderReview.Value;
        return stage.Kind == StageKind.CountryVisit
            ? string.Format(CultureInfo.InvariantCulture, "{0}'s country visit to {1}", mechanism, country)
            : string.Format(CultureInfo.InvariantCulture, "{0}'s stage \"{1}\" for {2}", mechanism, stage.Name, country);
    }

    /// <summary>Names an item with its dates local to <paramref name="zone"/>: <c>label (2021-03-08 to 2021-03-12)</c>.</summary>
    internal string LabelWithDates(CheckedItem item, DateTimeZone zone) =>
        Label(item) + " (" + ConflictText.Range(item.Range, zone) + ")";

    internal void Report(ConflictKind kind, ConflictSeverity severity, ImmutableArray<ConflictItemRef> items, TimetableResource resource, InstantRange interval, Func<string> sentence, bool isGroup = false) =>
        conflicts.Add(new Conflict(kind, severities.TryGetValue(kind, out var forced) ? forced : severity, items, resource, interval, sentence, isGroup));

    private static bool Exists(Timetable timetable, TimetableResource resource) => resource.Kind switch
    {
        ResourceKind.Country => timetable.TryGetCountry(resource.AsCountry(), out _),
        ResourceKind.Person => timetable.TryGetPerson(resource.AsPerson(), out _),
        _ => timetable.TryGetMechanism(resource.AsSeat(), out _),
    };
}
