using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;

namespace ReviewTimelines.Web.Timeline;

/// <summary>Turns a snapshot and its conflicts into the page's model: bars on a day axis, conflicts, lanes per mode.</summary>
/// <remarks>The axis counts local calendar days: each item is placed in the local dates (all-day) or times (timed) of its
/// own zone, each conflict in its resource's zone, as the library's sentences describe them. Day 0 is 1 January of
/// the earliest year shown.</remarks>
internal sealed class TimelineBuilder
{
    private readonly TimetableSnapshot snapshot;
    private readonly Timetable timetable;
    private readonly ImmutableArray<Conflict> conflicts;
    private readonly List<Draft> drafts = [];

    public TimelineBuilder(TimetableSnapshot snapshot, ImmutableArray<Conflict> conflicts)
    {
        this.snapshot = snapshot;
        timetable = snapshot.Timetable;
        this.conflicts = conflicts;
    }

    public TimelineModel Build()
    {
        AddStages();
        AddMeetings();
        AddOutsideBusy();
        var (origin, last) = Axis();
        var items = drafts.Select(d => d.ToItem(origin)).ToImmutableArray();
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var marks = conflicts.Select((c, i) => ToConflict(c, i, origin)).ToImmutableArray();
        foreach (var conflict in marks)
        {
            foreach (var key in conflict.Items)
            {
                if (byKey.TryGetValue(key, out var item))
                {
                    item.Conflicts.Add(conflict.Index);
                    item.Severity = Worse(item.Severity, conflict.Severity);
                }
            }
        }

        var lanes = new TimelineLanes(timetable, items, marks);
        return new TimelineModel(
            origin,
            last,
            DefaultYear(items, origin),
            items,
            marks,
            ImmutableDictionary.CreateRange(Enum.GetValues<LaneMode>().Select(m => KeyValuePair.Create(m, lanes.For(m)))),
            [.. timetable.Mechanisms.OrderBy(m => m.ShortName, StringComparer.Ordinal).Select(m => (m.Id.Value, m.ShortName))],
            [.. timetable.Countries.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Code.Value, c.Name))],
            [.. timetable.Persons.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Id.Value, p.Name))]);
    }

    private static string Worse(string current, string candidate) =>
        current.Length == 0 || Rank(candidate) < Rank(current) ? candidate : current;

    private static int Rank(string severity) => severity switch
    {
        "hard" => 0,
        "soft" => 1,
        _ => 2,
    };

    private void AddStages()
    {
        foreach (var stage in timetable.Stages)
        {
            var review = timetable.GetReviewOf(stage.Id);
            var mechanism = timetable.GetMechanism(review.Mechanism);
            var country = timetable.GetCountry(review.StateUnderReview);
            var countries = Countries(timetable.ResourcesOf(stage.Id)).Append(country.Code.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var persons = stage.Participants.Select(p => p.Value).ToImmutableArray();
            var where = stage.Location switch
            {
                { Kind: StageLocationKind.InCountryUnderReview } => country.Name,
                { Kind: StageLocationKind.AtSeat, Seat: { } seat } when timetable.TryGetMechanism(seat, out var m) => m.SeatName,
                { Kind: StageLocationKind.Virtual } => "Virtual",
                _ => stage.Kind == StageKind.CountryVisit ? country.Name : string.Empty,
            };
            var title = string.Format(CultureInfo.InvariantCulture, "{0} review of {1}: {2}", mechanism.ShortName, country.Name, stage.Name);
            drafts.Add(Draft.Of(stage.Timing, "stage:" + stage.Id.Value, TimelineText.BarKind(stage.Kind), title, where, mechanism, country.Code.Value, countries, persons, Names(persons)));
            if (timetable.ResolveDeadline(stage.Id) is { } deadline)
            {
                AddDeadline(stage, deadline, mechanism, country);
            }
        }
    }

    private void AddDeadline(Stage stage, ResolvedDeadline deadline, Mechanism mechanism, Country country)
    {
        var party = stage.Deadline!.Party;
        var persons = party.Kind == ResourceKind.Person ? ImmutableArray.Create(party.Value) : [];
        var countries = party.Kind == ResourceKind.Country && party.Value != country.Code.Value
            ? ImmutableArray.Create(country.Code.Value, party.Value).Sort(StringComparer.Ordinal)
            : [country.Code.Value];
        var title = string.Format(CultureInfo.InvariantCulture, "Deadline: {0} review of {1}: {2} (due from {3})", mechanism.ShortName, country.Name, stage.Name, TimelineText.Resource(timetable, party));
        var timing = ItemTiming.AllDay(deadline.DueDate, deadline.DueDate, deadline.Zone);
        drafts.Add(Draft.Of(timing, "deadline:" + stage.Id.Value, "deadline", title, string.Empty, mechanism, country.Code.Value, countries, persons, Names(persons)));
    }

    private void AddMeetings()
    {
        foreach (var meeting in timetable.Meetings)
        {
            Mechanism? mechanism = meeting.Mechanism is { } id && timetable.TryGetMechanism(id, out var m) ? m : null;
            var resources = timetable.ResourcesOf(meeting.Id);
            var persons = meeting.Attendees.Select(p => p.Value).ToImmutableArray();
            drafts.Add(Draft.Of(meeting.Timing, "meeting:" + meeting.Id.Value, "meeting", meeting.Name, meeting.VenueName, mechanism, string.Empty, [.. Countries(resources)], persons, Names(persons)));
        }
    }

    private void AddOutsideBusy()
    {
        foreach (var busy in snapshot.OutsideBusy)
        {
            var zone = timetable.ZoneOf(busy.Resource);
            var persons = busy.Resource.Kind == ResourceKind.Person ? ImmutableArray.Create(busy.Resource.Value) : [];
            var countries = busy.Resource.Kind == ResourceKind.Country ? ImmutableArray.Create(busy.Resource.Value) : [];
            Mechanism? seat = busy.Resource.Kind == ResourceKind.Seat && timetable.TryGetMechanism(busy.Resource.AsSeat(), out var m) ? m : null;
            var title = "Busy (outside feed): " + busy.Label;
            drafts.Add(Draft.Of(ItemTiming.Timed(busy.Range, zone), "busy:" + busy.Id, "busy", title, TimelineText.Resource(timetable, busy.Resource), seat, string.Empty, countries, persons, Names(persons)));
        }
    }

    private ImmutableArray<string> Names(ImmutableArray<string> persons) =>
        [.. persons.Select(p => timetable.TryGetPerson(new PersonId(p), out var person) ? person.Name : p)];

    private static IEnumerable<string> Countries(IEnumerable<TimetableResource> resources) =>
        resources.Where(r => r.Kind == ResourceKind.Country).Select(r => r.Value);

    private (LocalDate Origin, LocalDate Last) Axis()
    {
        if (drafts.Count == 0)
        {
            var year = snapshot.LastChanged.InUtc().Year;
            return (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        }

        var first = drafts.Min(d => d.LocalStart.Date);
        var last = drafts.Max(d => d.LocalEnd.Date);
        return (new LocalDate(first.Year, 1, 1), new LocalDate(last.Year, 12, 31));
    }

    private static int DefaultYear(ImmutableArray<TimelineItem> items, LocalDate origin)
    {
        if (items.IsEmpty)
        {
            return origin.Year;
        }

        return items
            .GroupBy(i => origin.PlusDays((int)Math.Floor(i.Start)).Year)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .First().Key;
    }

    private TimelineConflict ToConflict(Conflict conflict, int index, LocalDate origin)
    {
        var zone = timetable.ZoneOf(conflict.Resource);
        var slug = ConflictId.KindSlug(conflict.Kind);
        var keys = conflict.Items.Select(i => KeyOf(conflict, i)).OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
        var start = Days(origin, conflict.Interval.Start.InZone(zone).LocalDateTime);
        var end = Days(origin, conflict.Interval.End.InZone(zone).LocalDateTime);
        return new TimelineConflict(
            index,
            conflict.Id.Value,
            conflict.Severity.ToString().ToLowerInvariant(),
            slug,
            TimelineText.Words(slug),
            conflict.Resource.ToString(),
            TimelineText.Resource(timetable, conflict.Resource),
            TimelineText.LocalDays(conflict.Interval, zone),
            conflict.Description,
            keys,
            start,
            end);
    }

    private static string? KeyOf(Conflict conflict, ConflictItemRef item) => item.Kind switch
    {
        ConflictItemKind.Stage when conflict.Kind == ConflictKind.DeadlineOnNonWorkingDay => "deadline:" + item.Id,
        ConflictItemKind.Stage => "stage:" + item.Id,
        ConflictItemKind.Meeting => "meeting:" + item.Id,
        ConflictItemKind.ExternalBusy => "busy:" + item.Id,
        _ => null,
    };

    internal static double Days(LocalDate origin, LocalDateTime local) =>
        Period.DaysBetween(origin, local.Date) + (local.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerDay);

    /// <summary>An item before the axis origin is known.</summary>
    private sealed record Draft(TimelineItem Item, LocalDateTime LocalStart, LocalDateTime LocalEnd, string DatesText)
    {
        public static Draft Of(ItemTiming timing, string key, string kind, string title, string where, Mechanism? mechanism, string country, ImmutableArray<string> countries, ImmutableArray<string> persons, ImmutableArray<string> names)
        {
            var zone = timing.Zone;
            LocalDateTime start, end;
            string dates;
            if (timing.IsAllDay)
            {
                start = timing.LocalDates.Start.AtMidnight();
                end = timing.LocalDates.End.PlusDays(1).AtMidnight();
                dates = TimelineText.AllDay(timing.LocalDates, zone);
            }
            else
            {
                var range = timing.ToInstantRange();
                start = range.Start.InZone(zone).LocalDateTime;
                end = range.End.InZone(zone).LocalDateTime;
                dates = TimelineText.Timed(range, zone);
            }

            var item = new TimelineItem(key, kind, title, dates, where, mechanism?.Id.Value ?? string.Empty, mechanism?.ShortName ?? string.Empty, country, countries, persons, names, 0, 0);
            return new Draft(item, start, end, dates);
        }

        public TimelineItem ToItem(LocalDate origin) => Item with { Start = Days(origin, LocalStart), End = Days(origin, LocalEnd) };
    }
}
