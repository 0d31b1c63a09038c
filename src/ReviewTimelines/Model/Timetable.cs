using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Model;

/// <summary>The validated aggregate of everything a secretariat schedules: mechanisms, cycles, countries, people, reviews with their stages, meetings and blackouts.</summary>
/// <remarks>
/// <para>
/// Built only by <see cref="TimetableBuilder.Build()"/>, so every instance has passed validation: ids are unique per
/// kind (stage ids across all reviews), every reference resolves, and every deadline can be resolved. Warnings
/// found on the way are kept in <see cref="Warnings"/>.
/// </para>
/// <para>
/// Every collection is in ordinal id order (countries by code). Lookups by id are O(1); <c>Get</c> methods throw
/// <see cref="KeyNotFoundException"/> for an unknown id, <c>TryGet</c> methods return false. To change a timetable,
/// call <see cref="ToBuilder"/>, change the builder and build again.
/// </para>
/// </remarks>
/// <threadsafety>Immutable (its lookup tables are never written after construction); safe to share and query from any number of threads.</threadsafety>
public sealed class Timetable
{
    private readonly Dictionary<MechanismId, Mechanism> mechanisms;
    private readonly Dictionary<CycleId, ReviewCycle> cycles;
    private readonly Dictionary<CountryCode, Country> countries;
    private readonly Dictionary<PersonId, Person> persons;
    private readonly Dictionary<ReviewId, CountryReview> reviews;
    private readonly Dictionary<StageId, (Stage Stage, CountryReview Review)> stages;
    private readonly Dictionary<MeetingId, Meeting> meetings;
    private readonly Dictionary<BlackoutId, Blackout> blackouts;

    internal Timetable(TimetableContent content, ImmutableArray<TimetableProblem> warnings)
    {
        Mechanisms = [.. content.Mechanisms.OrderBy(m => m.Id)];
        Cycles = [.. content.Cycles.OrderBy(c => c.Id)];
        Countries = [.. content.Countries.OrderBy(c => c.Code)];
        Persons = [.. content.Persons.OrderBy(p => p.Id)];
        Reviews = [.. content.Reviews.OrderBy(r => r.Id)];
        Meetings = [.. content.Meetings.OrderBy(m => m.Id)];
        Blackouts = [.. content.Blackouts.OrderBy(b => b.Id)];
        Stages = [.. Reviews.SelectMany(r => r.Stages).OrderBy(s => s.Id)];
        Note = content.Note;
        Zone = content.Zone;
        Warnings = warnings;

        mechanisms = Mechanisms.ToDictionary(m => m.Id);
        cycles = Cycles.ToDictionary(c => c.Id);
        countries = Countries.ToDictionary(c => c.Code);
        persons = Persons.ToDictionary(p => p.Id);
        reviews = Reviews.ToDictionary(r => r.Id);
        stages = Reviews.SelectMany(r => r.Stages.Select(s => (Stage: s, Review: r))).ToDictionary(p => p.Stage.Id);
        meetings = Meetings.ToDictionary(m => m.Id);
        blackouts = Blackouts.ToDictionary(b => b.Id);
    }

    /// <summary>Gets an empty timetable.</summary>
    public static Timetable Empty { get; } = new TimetableBuilder().Build();

    /// <summary>Gets an optional free-text note or description of the whole timetable (e.g. what is real and what is illustrative), or null.</summary>
    public string? Note { get; }

    /// <summary>Gets the timetable's declared zone (the owning secretariat's), or null when none is declared.</summary>
    /// <remarks>Tools read date-only windows (e.g. the CLI's <c>--from/--to</c>) as local days of this zone.</remarks>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the mechanisms, in ordinal id order.</summary>
    public ImmutableArray<Mechanism> Mechanisms { get; }

    /// <summary>Gets the review cycles, in ordinal id order.</summary>
    public ImmutableArray<ReviewCycle> Cycles { get; }

    /// <summary>Gets the countries, in ordinal code order.</summary>
    public ImmutableArray<Country> Countries { get; }

    /// <summary>Gets the persons, in ordinal id order.</summary>
    public ImmutableArray<Person> Persons { get; }

    /// <summary>Gets the country reviews, in ordinal id order.</summary>
    public ImmutableArray<CountryReview> Reviews { get; }

    /// <summary>Gets the stages of all reviews, in ordinal stage-id order.</summary>
    public ImmutableArray<Stage> Stages { get; }

    /// <summary>Gets the meetings, in ordinal id order.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>Gets the blackouts, in ordinal id order.</summary>
    public ImmutableArray<Blackout> Blackouts { get; }

    /// <summary>Gets the warnings found when the timetable was built, in the order documented on <see cref="TimetableProblem"/>.</summary>
    public ImmutableArray<TimetableProblem> Warnings { get; }

    /// <summary>Gets a mechanism by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The mechanism.</returns>
    /// <exception cref="KeyNotFoundException">No mechanism has that id.</exception>
    public Mechanism GetMechanism(MechanismId id) => mechanisms.TryGetValue(id, out var value) ? value : throw NotFound("mechanism", id.Value);

    /// <summary>Finds a mechanism by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="mechanism">The mechanism, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetMechanism(MechanismId id, [NotNullWhen(true)] out Mechanism? mechanism) => TryFind(mechanisms, id, out mechanism);

    /// <summary>Gets a review cycle by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The cycle.</returns>
    /// <exception cref="KeyNotFoundException">No cycle has that id.</exception>
    public ReviewCycle GetCycle(CycleId id) => cycles.TryGetValue(id, out var value) ? value : throw NotFound("cycle", id.Value);

    /// <summary>Finds a review cycle by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cycle">The cycle, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetCycle(CycleId id, [NotNullWhen(true)] out ReviewCycle? cycle) => TryFind(cycles, id, out cycle);

    /// <summary>Gets a country by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The country.</returns>
    /// <exception cref="KeyNotFoundException">No country has that code.</exception>
    public Country GetCountry(CountryCode code) => countries.TryGetValue(code, out var value) ? value : throw NotFound("country", code.Value);

    /// <summary>Finds a country by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="country">The country, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetCountry(CountryCode code, [NotNullWhen(true)] out Country? country) => TryFind(countries, code, out country);

    /// <summary>Gets a person by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person.</returns>
    /// <exception cref="KeyNotFoundException">No person has that id.</exception>
    public Person GetPerson(PersonId id) => persons.TryGetValue(id, out var value) ? value : throw NotFound("person", id.Value);

    /// <summary>Finds a person by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="person">The person, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetPerson(PersonId id, [NotNullWhen(true)] out Person? person) => TryFind(persons, id, out person);

    /// <summary>Gets a country review by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The review.</returns>
    /// <exception cref="KeyNotFoundException">No review has that id.</exception>
    public CountryReview GetReview(ReviewId id) => reviews.TryGetValue(id, out var value) ? value : throw NotFound("review", id.Value);

    /// <summary>Finds a country review by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="review">The review, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetReview(ReviewId id, [NotNullWhen(true)] out CountryReview? review) => TryFind(reviews, id, out review);

    /// <summary>Gets a stage by id (stage ids are unique across all reviews).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="KeyNotFoundException">No stage has that id.</exception>
    public Stage GetStage(StageId id) => stages.TryGetValue(id, out var value) ? value.Stage : throw NotFound("stage", id.Value);

    /// <summary>Finds a stage by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="stage">The stage, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetStage(StageId id, [NotNullWhen(true)] out Stage? stage)
    {
        var found = stages.TryGetValue(id, out var value);
        stage = found ? value.Stage : null;
        return found;
    }

    /// <summary>Gets the review a stage belongs to.</summary>
    /// <param name="id">The stage id.</param>
    /// <returns>The review.</returns>
    /// <exception cref="KeyNotFoundException">No stage has that id.</exception>
    public CountryReview GetReviewOf(StageId id) => stages.TryGetValue(id, out var value) ? value.Review : throw NotFound("stage", id.Value);

    /// <summary>Gets a meeting by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="KeyNotFoundException">No meeting has that id.</exception>
    public Meeting GetMeeting(MeetingId id) => meetings.TryGetValue(id, out var value) ? value : throw NotFound("meeting", id.Value);

    /// <summary>Finds a meeting by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="meeting">The meeting, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetMeeting(MeetingId id, [NotNullWhen(true)] out Meeting? meeting) => TryFind(meetings, id, out meeting);

    /// <summary>Gets a blackout by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The blackout.</returns>
    /// <exception cref="KeyNotFoundException">No blackout has that id.</exception>
    public Blackout GetBlackout(BlackoutId id) => blackouts.TryGetValue(id, out var value) ? value : throw NotFound("blackout", id.Value);

    /// <summary>Finds a blackout by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="blackout">The blackout, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetBlackout(BlackoutId id, [NotNullWhen(true)] out Blackout? blackout) => TryFind(blackouts, id, out blackout);

    /// <summary>Gets the blackouts whose scope is <paramref name="resource"/>, in ordinal id order.</summary>
    /// <param name="resource">The country, person or seat.</param>
    /// <returns>The blackouts (empty when none).</returns>
    public ImmutableArray<Blackout> BlackoutsOf(TimetableResource resource) => [.. Blackouts.Where(b => b.Scope == resource)];

    /// <summary>Gets the resources a stage holds while it runs.</summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><description>The State under review (<c>country:</c>), when the stage is located in that country or is a
    /// <see cref="StageKind.CountryVisit"/> (a virtual visit still occupies the State's officials).</description></item>
    /// <item><description>The seat (<c>seat:</c>), when the stage is located at a mechanism's seat.</description></item>
    /// <item><description>Each participant (<c>person:</c>); the review team is not added implicitly.</description></item>
    /// </list>
    /// Sorted in <see cref="TimetableResource"/> order, each key once.
    /// </remarks>
    /// <param name="id">The stage id.</param>
    /// <returns>The resource keys.</returns>
    /// <exception cref="KeyNotFoundException">No stage has that id.</exception>
    public ImmutableArray<TimetableResource> ResourcesOf(StageId id)
    {
        if (!stages.TryGetValue(id, out var found))
        {
            throw NotFound("stage", id.Value);
        }

        var (stage, review) = found;
        var keys = new List<TimetableResource>(stage.Participants.Length + 2);
        if (stage.Kind == StageKind.CountryVisit || stage.Location?.Kind == StageLocationKind.InCountryUnderReview)
        {
            keys.Add(TimetableResource.ForCountry(review.StateUnderReview));
        }

        if (stage.Location is { Kind: StageLocationKind.AtSeat, Seat: { } seat })
        {
            keys.Add(TimetableResource.ForSeat(seat));
        }

        foreach (var person in stage.Participants)
        {
            keys.Add(TimetableResource.ForPerson(person));
        }

        return SortedDistinct(keys);
    }

    /// <summary>Gets the resources a meeting holds while it runs.</summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><description>Each delegation (<c>country:</c>). With <see cref="Meeting.AllMemberStates"/>, every
    /// <see cref="Mechanism.MemberStates"/> of the meeting's mechanism, or every country of this timetable when the
    /// membership is not modelled.</description></item>
    /// <item><description>The seat (<c>seat:</c>), when <see cref="Meeting.Seat"/> is set and the meeting is not purely virtual.</description></item>
    /// <item><description>Each named attendee (<c>person:</c>).</description></item>
    /// </list>
    /// Sorted in <see cref="TimetableResource"/> order, each key once.
    /// </remarks>
    /// <param name="id">The meeting id.</param>
    /// <returns>The resource keys.</returns>
    /// <exception cref="KeyNotFoundException">No meeting has that id.</exception>
    public ImmutableArray<TimetableResource> ResourcesOf(MeetingId id)
    {
        var meeting = GetMeeting(id);
        var keys = new List<TimetableResource>(meeting.Delegations.Length + meeting.Attendees.Length + 1);
        foreach (var country in meeting.Delegations)
        {
            keys.Add(TimetableResource.ForCountry(country));
        }

        if (meeting.AllMemberStates)
        {
            var members = meeting.Mechanism is { } m && mechanisms.TryGetValue(m, out var mechanism) && !mechanism.MemberStates.IsEmpty
                ? mechanism.MemberStates
                : [.. Countries.Select(c => c.Code)];
            foreach (var country in members)
            {
                keys.Add(TimetableResource.ForCountry(country));
            }
        }

        if (meeting.Seat is { } seat && meeting.Format != MeetingFormat.Virtual)
        {
            keys.Add(TimetableResource.ForSeat(seat));
        }

        foreach (var person in meeting.Attendees)
        {
            keys.Add(TimetableResource.ForPerson(person));
        }

        return SortedDistinct(keys);
    }

    /// <summary>Lists every stage and meeting with its instant range and resources, for the conflict detector.</summary>
    /// <returns>Stages first, then meetings, each in ordinal id order (<see cref="TimetableItemRef"/> order).</returns>
    public ImmutableArray<ScheduledItem> ScheduledItems()
    {
        var builder = ImmutableArray.CreateBuilder<ScheduledItem>(Stages.Length + Meetings.Length);
        foreach (var stage in Stages)
        {
            builder.Add(new ScheduledItem(TimetableItemRef.For(stage.Id), stage.Timing, stage.ToInstantRange(), ResourcesOf(stage.Id), stage.IsPinned));
        }

        foreach (var meeting in Meetings)
        {
            builder.Add(new ScheduledItem(TimetableItemRef.For(meeting.Id), meeting.Timing, meeting.ToInstantRange(), ResourcesOf(meeting.Id), meeting.IsPinned));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Gets the working calendar of a resource, if it has one.</summary>
    /// <remarks>A country: its calendar. A person: their own calendar, else their country's, else their seat's (<see cref="Person.Seat"/>). A seat: <see cref="Mechanism.SeatCalendar"/>.</remarks>
    /// <param name="resource">The resource.</param>
    /// <returns>The calendar, or null when the resource has none.</returns>
    /// <exception cref="ArgumentException"><paramref name="resource"/> is the default (invalid) key.</exception>
    /// <exception cref="KeyNotFoundException">The resource is not in the timetable.</exception>
    public WorkingCalendar? CalendarOf(TimetableResource resource) => ModelChecks.Id(resource, nameof(Timetable), nameof(resource)).Kind switch
    {
        ResourceKind.Country => GetCountry(resource.AsCountry()).Calendar,
        ResourceKind.Person => PersonCalendar(GetPerson(resource.AsPerson())),
        ResourceKind.Seat => GetMechanism(resource.AsSeat()).SeatCalendar,
        _ => throw new KeyNotFoundException("Unknown resource kind."),
    };

    private WorkingCalendar? PersonCalendar(Person person) =>
        person.Calendar
        ?? (person.Country is { } c && countries.TryGetValue(c, out var country) ? country.Calendar : null)
        ?? (person.Seat is { } s && mechanisms.TryGetValue(s, out var seat) ? seat.SeatCalendar : null);

    /// <summary>Gets the time zone of a resource: a country's calendar zone, a person's home zone, a seat's zone.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="ArgumentException"><paramref name="resource"/> is the default (invalid) key.</exception>
    /// <exception cref="KeyNotFoundException">The resource is not in the timetable.</exception>
    public DateTimeZone ZoneOf(TimetableResource resource) => ModelChecks.Id(resource, nameof(Timetable), nameof(resource)).Kind switch
    {
        ResourceKind.Country => GetCountry(resource.AsCountry()).Zone,
        ResourceKind.Person => GetPerson(resource.AsPerson()).HomeZone,
        ResourceKind.Seat => GetMechanism(resource.AsSeat()).SeatZone,
        _ => throw new KeyNotFoundException("Unknown resource kind."),
    };

    /// <summary>Resolves a stage's deadline through the responsible party's working calendar.</summary>
    /// <remarks>
    /// Uses <see cref="CalendarOf"/> of <see cref="StageDeadline.Party"/>; when the party has no calendar (a person
    /// without one and without a country, a seat without <see cref="Mechanism.SeatCalendar"/>) a non-rolling deadline
    /// resolves in <see cref="ZoneOf"/> (validation rejects a rolling one).
    /// </remarks>
    /// <param name="id">The stage id.</param>
    /// <returns>The resolved deadline, or null when the stage has none.</returns>
    /// <exception cref="KeyNotFoundException">No stage has that id.</exception>
    public ResolvedDeadline? ResolveDeadline(StageId id)
    {
        var deadline = GetStage(id).Deadline;
        if (deadline is null)
        {
            return null;
        }

        var calendar = CalendarOf(deadline.Party);
        return calendar is not null ? deadline.Resolve(calendar) : deadline.Resolve(ZoneOf(deadline.Party));
    }

    /// <summary>Creates a builder holding this timetable's content, to change it and build again.</summary>
    /// <returns>A new builder.</returns>
    public TimetableBuilder ToBuilder() => new(new TimetableContent(Mechanisms, Cycles, Countries, Persons, Reviews, Meetings, Blackouts, Note, Zone));

    /// <summary>Formats as a one-line summary of the item counts.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "Timetable: {0} mechanisms, {1} cycles, {2} countries, {3} persons, {4} reviews, {5} stages, {6} meetings, {7} blackouts",
            Mechanisms.Length,
            Cycles.Length,
            Countries.Length,
            Persons.Length,
            Reviews.Length,
            Stages.Length,
            Meetings.Length,
            Blackouts.Length);

    private static ImmutableArray<TimetableResource> SortedDistinct(List<TimetableResource> keys)
    {
        keys.Sort();
        var result = ImmutableArray.CreateBuilder<TimetableResource>(keys.Count);
        foreach (var key in keys)
        {
            if (result.Count == 0 || result[^1] != key)
            {
                result.Add(key);
            }
        }

        return result.DrainToImmutable();
    }

    private static bool TryFind<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key, [NotNullWhen(true)] out TValue? value)
        where TKey : notnull
        where TValue : class
    {
        var found = map.TryGetValue(key, out var candidate);
        value = found ? candidate : null;
        return found;
    }

    private static KeyNotFoundException NotFound(string kind, string? id) =>
        new(string.Format(CultureInfo.InvariantCulture, "The timetable has no {0} with id '{1}'.", kind, id));
}

/// <summary>The raw content of a timetable, as held by the builder.</summary>
internal sealed record TimetableContent(
    IReadOnlyList<Mechanism> Mechanisms,
    IReadOnlyList<ReviewCycle> Cycles,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Person> Persons,
    IReadOnlyList<CountryReview> Reviews,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Blackout> Blackouts,
    string? Note = null,
    DateTimeZone? Zone = null);
