using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Model;

/// <summary>The timetable checks: every one runs, every problem is collected (docs/model.md lists them).</summary>
internal sealed class TimetableValidator
{
    private readonly TimetableContent content;
    private readonly List<TimetableProblem> problems = [];
    private readonly Dictionary<MechanismId, Mechanism> mechanisms = [];
    private readonly Dictionary<CycleId, ReviewCycle> cycles = [];
    private readonly Dictionary<CountryCode, Country> countries = [];
    private readonly Dictionary<PersonId, Person> persons = [];
    private readonly Dictionary<StageId, Stage> stages = [];

    private TimetableValidator(TimetableContent content)
    {
        this.content = content;
    }

    internal static ImmutableArray<TimetableProblem> Validate(TimetableContent content)
    {
        var validator = new TimetableValidator(content);
        validator.Run();
        return TimetableProblem.Sorted(validator.problems);
    }

    private static string F(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private void Run()
    {
        Index(content.Mechanisms, m => m.Id, TimetableItemRef.For, mechanisms);
        Index(content.Cycles, c => c.Id, TimetableItemRef.For, cycles);
        Index(content.Countries, c => c.Code, TimetableItemRef.For, countries);
        Index(content.Persons, p => p.Id, TimetableItemRef.For, persons);
        Index(content.Reviews, r => r.Id, TimetableItemRef.For, []);
        Index(content.Reviews.SelectMany(r => r.Stages), s => s.Id, TimetableItemRef.For, stages);
        Index(content.Meetings, m => m.Id, TimetableItemRef.For, []);
        Index(content.Blackouts, b => b.Id, TimetableItemRef.For, []);

        foreach (var mechanism in content.Mechanisms)
        {
            CheckMechanism(mechanism);
        }

        foreach (var cycle in content.Cycles)
        {
            CheckKnown(TimetableItemRef.For(cycle.Id), nameof(ReviewCycle.Mechanism), cycle.Mechanism, mechanisms, "mechanism");
        }

        foreach (var person in content.Persons)
        {
            CheckPerson(person);
        }

        foreach (var review in content.Reviews)
        {
            CheckReview(review);
            foreach (var stage in review.Stages)
            {
                CheckStage(stage, review);
            }
        }

        CheckPredecessorCycles();

        foreach (var meeting in content.Meetings)
        {
            CheckMeeting(meeting);
        }

        foreach (var blackout in content.Blackouts)
        {
            CheckParty(TimetableItemRef.For(blackout.Id), nameof(Blackout.Scope), blackout.Scope);
        }
    }

    private void Error(TimetableItemRef item, string field, string message) => problems.Add(new TimetableProblem(ProblemSeverity.Error, item, field, message));

    private void Warning(TimetableItemRef item, string field, string message) => problems.Add(new TimetableProblem(ProblemSeverity.Warning, item, field, message));

    /// <summary>Indexes items by id (the first wins) and reports each duplicated id once.</summary>
    private void Index<TItem, TId>(IEnumerable<TItem> items, Func<TItem, TId> id, Func<TId, TimetableItemRef> reference, Dictionary<TId, TItem> index)
        where TId : struct
    {
        var counts = new Dictionary<TId, int>();
        foreach (var item in items)
        {
            var key = id(item);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            index.TryAdd(key, item);
        }

        foreach (var (key, count) in counts)
        {
            if (count > 1)
            {
                Error(reference(key), "Id", F("The id '{0}' is used by {1} items; ids must be unique.", key, count));
            }
        }
    }

    private bool CheckKnown<TId, TItem>(TimetableItemRef item, string field, TId id, Dictionary<TId, TItem> index, string kind)
        where TId : struct
    {
        if (index.ContainsKey(id))
        {
            return true;
        }

        Error(item, field, F("Unknown {0} '{1}'.", kind, id));
        return false;
    }

    /// <summary>Checks an id list: every id known, none listed twice.</summary>
    private void CheckList<TId, TItem>(TimetableItemRef item, string field, ImmutableArray<TId> ids, Dictionary<TId, TItem> index, string kind)
        where TId : struct
    {
        foreach (var id in ids.Distinct())
        {
            CheckKnown(item, field, id, index, kind);
        }

        foreach (var group in ids.GroupBy(i => i).Where(g => g.Count() > 1))
        {
            Error(item, field, F("The {0} '{1}' is listed {2} times.", kind, group.Key, group.Count()));
        }
    }

    /// <summary>Checks per-person role overrides: each names a listed person, none twice.</summary>
    private void CheckRoles(TimetableItemRef item, string field, ImmutableArray<Participation> roles, ImmutableArray<PersonId> listed, string what)
    {
        foreach (var person in roles.Select(r => r.Person).Distinct())
        {
            if (!listed.Contains(person))
            {
                Error(item, field, F("The role of '{0}' is set, but '{0}' is not a {1}.", person, what));
            }
        }

        foreach (var group in roles.GroupBy(r => r.Person).Where(g => g.Count() > 1))
        {
            Error(item, field, F("The role of '{0}' is set {1} times.", group.Key, group.Count()));
        }
    }

    private bool CheckParty(TimetableItemRef item, string field, TimetableResource party) => party.Kind switch
    {
        ResourceKind.Country => CheckKnown(item, field, party.AsCountry(), countries, "country"),
        ResourceKind.Person => CheckKnown(item, field, party.AsPerson(), persons, "person"),
        _ => CheckKnown(item, field, party.AsSeat(), mechanisms, "mechanism (seat)"),
    };

    private void CheckRole(TimetableItemRef item, string field, PersonId id, string roleText, params PersonRole[] expected)
    {
        if (persons.TryGetValue(id, out var person) && !expected.Contains(person.Role))
        {
            Warning(item, field, F("Person '{0}' is listed as {1} but has the role {2}.", id, roleText, person.Role));
        }
    }

    private void CheckMechanism(Mechanism mechanism)
    {
        var item = TimetableItemRef.For(mechanism.Id);
        CheckList(item, nameof(Mechanism.SecretariatTeam), mechanism.SecretariatTeam, persons, "person");
        if (mechanism.SeatCalendar is { } calendar && !ModelChecks.SameZone(calendar.Zone, mechanism.SeatZone))
        {
            Warning(item, nameof(Mechanism.SeatCalendar), F("The seat calendar's zone {0} differs from the seat zone {1}.", calendar.Zone.Id, mechanism.SeatZone.Id));
        }

        foreach (var group in mechanism.MemberStates.GroupBy(c => c).Where(g => g.Count() > 1))
        {
            Error(item, nameof(Mechanism.MemberStates), F("The country '{0}' is listed {1} times.", group.Key, group.Count()));
        }
    }

    private void CheckPerson(Person person)
    {
        var item = TimetableItemRef.For(person.Id);
        if (person.Country is { } country)
        {
            CheckKnown(item, nameof(Person.Country), country, countries, "country");
        }

        if (person.Seat is { } seat)
        {
            CheckKnown(item, nameof(Person.Seat), seat, mechanisms, "mechanism (seat)");
        }

        if (person.Calendar is { } calendar && !ModelChecks.SameZone(calendar.Zone, person.HomeZone))
        {
            Warning(item, nameof(Person.Calendar), F("The calendar's zone {0} differs from the home zone {1}.", calendar.Zone.Id, person.HomeZone.Id));
        }
    }

    private void CheckReview(CountryReview review)
    {
        var item = TimetableItemRef.For(review.Id);
        CheckKnown(item, nameof(CountryReview.Mechanism), review.Mechanism, mechanisms, "mechanism");
        if (CheckKnown(item, nameof(CountryReview.Cycle), review.Cycle, cycles, "cycle") && cycles[review.Cycle].Mechanism != review.Mechanism)
        {
            Error(item, nameof(CountryReview.Cycle), F("The cycle '{0}' belongs to mechanism '{1}', not '{2}'.", review.Cycle, cycles[review.Cycle].Mechanism, review.Mechanism));
        }

        CheckKnown(item, nameof(CountryReview.StateUnderReview), review.StateUnderReview, countries, "country");
        CheckList(item, nameof(CountryReview.ReviewingStates), review.ReviewingStates, countries, "country");
        if (review.ReviewingStates.Contains(review.StateUnderReview))
        {
            Error(item, nameof(CountryReview.ReviewingStates), F("The State under review '{0}' cannot review itself.", review.StateUnderReview));
        }

        CheckList(item, nameof(CountryReview.GovernmentalExperts), review.GovernmentalExperts, persons, "person");
        foreach (var expert in review.GovernmentalExperts.Distinct())
        {
            CheckRole(item, nameof(CountryReview.GovernmentalExperts), expert, "a governmental expert", PersonRole.GovernmentalExpert, PersonRole.LeadExaminer);
            if (persons.TryGetValue(expert, out var person) && person.Country == review.StateUnderReview)
            {
                Error(item, nameof(CountryReview.GovernmentalExperts), F("The expert '{0}' comes from the State under review '{1}'.", expert, review.StateUnderReview));
            }
        }

        if (review.FocalPoint is { } focalPoint)
        {
            if (CheckKnown(item, nameof(CountryReview.FocalPoint), focalPoint, persons, "person"))
            {
                CheckRole(item, nameof(CountryReview.FocalPoint), focalPoint, "the focal point", PersonRole.FocalPoint);
                if (persons[focalPoint].Country is { } country && country != review.StateUnderReview)
                {
                    Warning(item, nameof(CountryReview.FocalPoint), F("The focal point '{0}' belongs to '{1}', not to the State under review '{2}'.", focalPoint, country, review.StateUnderReview));
                }
            }

            if (review.GovernmentalExperts.Contains(focalPoint))
            {
                Error(item, nameof(CountryReview.FocalPoint), F("Person '{0}' is both the focal point of the State under review and a reviewing expert.", focalPoint));
            }
        }

        CheckList(item, nameof(CountryReview.SecretariatTeam), review.SecretariatTeam, persons, "person");
        foreach (var member in review.SecretariatTeam.Distinct())
        {
            CheckRole(item, nameof(CountryReview.SecretariatTeam), member, "secretariat staff", PersonRole.SecretariatStaff);
        }
    }

    private void CheckStage(Stage stage, CountryReview review)
    {
        var item = TimetableItemRef.For(stage.Id);
        CheckList(item, nameof(Stage.Participants), stage.Participants, persons, "person");
        CheckRoles(item, nameof(Stage.ParticipantRoles), stage.ParticipantRoles, stage.Participants, "participant");
        CheckList(item, nameof(Stage.Predecessors), stage.Predecessors, stages, "stage");
        if (stage.Predecessors.Contains(stage.Id))
        {
            Error(item, nameof(Stage.Predecessors), F("The stage '{0}' lists itself as a predecessor.", stage.Id));
        }

        if (stage.Location is { Kind: StageLocationKind.AtSeat, Seat: { } seat })
        {
            CheckKnown(item, nameof(Stage.Location), seat, mechanisms, "mechanism (seat)");
        }

        if (stage.Deadline is { } deadline && CheckParty(item, nameof(Stage.Deadline), deadline.Party) && deadline.Roll != DeadlineRoll.None && CalendarOf(deadline.Party) is null)
        {
            Error(item, nameof(Stage.Deadline), F("The deadline rolls ({0}) but '{1}' has no working calendar to roll by.", deadline.Roll, deadline.Party));
        }

        if (cycles.TryGetValue(review.Cycle, out var cycle) && cycle.Dates is { } cycleDates)
        {
            var dates = stage.Timing.LocalDates;
            if (!cycleDates.Contains(dates.Start) || !cycleDates.Contains(dates.End))
            {
                Error(item, nameof(Stage.Timing), F("The stage dates {0} lie outside the dates {1} of cycle '{2}'.", ModelChecks.Format(dates), ModelChecks.Format(cycleDates), cycle.Id));
            }
        }

        if (stage.Timing is DateRangeTiming allDay
            && stage.Location?.Kind == StageLocationKind.InCountryUnderReview
            && countries.TryGetValue(review.StateUnderReview, out var country)
            && !ModelChecks.SameZone(allDay.Zone, country.Zone))
        {
            Warning(item, nameof(Stage.Timing), F("The all-day dates are in {0}, but the stage takes place in '{1}' ({2}).", allDay.Zone.Id, country.Code, country.Zone.Id));
        }
    }

    private WorkingCalendar? CalendarOf(TimetableResource party) => party.Kind switch
    {
        ResourceKind.Country => countries[party.AsCountry()].Calendar,
        ResourceKind.Person => persons[party.AsPerson()] is var p && p.Calendar is not null
            ? p.Calendar
            : p.Country is { } c && countries.TryGetValue(c, out var country) ? country.Calendar
            : p.Seat is { } s && mechanisms.TryGetValue(s, out var seat) ? seat.SeatCalendar : null,
        _ => mechanisms[party.AsSeat()].SeatCalendar,
    };

    /// <summary>Reports each stage that lies on a cycle of the predecessor graph (self-references are reported by <see cref="CheckStage"/>).</summary>
    private void CheckPredecessorCycles()
    {
        // Kahn's algorithm: whatever cannot be ordered lies on a cycle or after one.
        var pending = stages.Values.ToDictionary(s => s.Id, s => s.Predecessors.Distinct().Count(p => p != s.Id && stages.ContainsKey(p)));
        var successors = stages.Keys.ToDictionary(id => id, _ => new List<StageId>());
        foreach (var stage in stages.Values)
        {
            foreach (var predecessor in stage.Predecessors.Distinct().Where(p => p != stage.Id && stages.ContainsKey(p)))
            {
                successors[predecessor].Add(stage.Id);
            }
        }

        var ready = new Queue<StageId>(pending.Where(p => p.Value == 0).Select(p => p.Key));
        while (ready.Count > 0)
        {
            foreach (var next in successors[ready.Dequeue()])
            {
                if (--pending[next] == 0)
                {
                    ready.Enqueue(next);
                }
            }
        }

        foreach (var id in pending.Where(p => p.Value > 0).Select(p => p.Key))
        {
            if (ReachesItself(id, successors))
            {
                Error(TimetableItemRef.For(id), nameof(Stage.Predecessors), F("The stage '{0}' is on a cycle of predecessors.", id));
            }
        }
    }

    private static bool ReachesItself(StageId start, Dictionary<StageId, List<StageId>> successors)
    {
        var seen = new HashSet<StageId>();
        var stack = new Stack<StageId>(successors[start]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == start)
            {
                return true;
            }

            if (seen.Add(current))
            {
                foreach (var next in successors[current])
                {
                    stack.Push(next);
                }
            }
        }

        return false;
    }

    private void CheckMeeting(Meeting meeting)
    {
        var item = TimetableItemRef.For(meeting.Id);
        if (meeting.Mechanism is { } mechanism)
        {
            CheckKnown(item, nameof(Meeting.Mechanism), mechanism, mechanisms, "mechanism");
        }
        else if (meeting.AllMemberStates)
        {
            Error(item, nameof(Meeting.AllMemberStates), "All member States attend, but the meeting has no mechanism whose members they are.");
        }

        if (meeting.Seat is { } seat && CheckKnown(item, nameof(Meeting.Seat), seat, mechanisms, "mechanism (seat)")
            && !ModelChecks.SameZone(mechanisms[seat].SeatZone, meeting.VenueZone))
        {
            Warning(item, nameof(Meeting.VenueZone), F("The venue zone {0} differs from the zone {1} of the seat of '{2}'.", meeting.VenueZone.Id, mechanisms[seat].SeatZone.Id, seat));
        }

        CheckList(item, nameof(Meeting.Delegations), meeting.Delegations, countries, "country");
        if (meeting.AllMemberStates && !meeting.Delegations.IsEmpty)
        {
            Warning(item, nameof(Meeting.Delegations), "Delegations are listed although all member States attend.");
        }

        CheckList(item, nameof(Meeting.Attendees), meeting.Attendees, persons, "person");
        CheckRoles(item, nameof(Meeting.ParticipantRoles), meeting.ParticipantRoles, meeting.Attendees, "attendee");
        if (meeting.Timing is DateRangeTiming allDay && !ModelChecks.SameZone(allDay.Zone, meeting.VenueZone))
        {
            Warning(item, nameof(Meeting.Timing), F("The all-day dates are in {0}, not in the venue zone {1}.", allDay.Zone.Id, meeting.VenueZone.Id));
        }
    }
}
