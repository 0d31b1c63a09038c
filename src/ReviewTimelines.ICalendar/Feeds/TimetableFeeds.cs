using System.Globalization;
using NodaTime.Text;
using ReviewTimelines.Conflicts;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.ICalendar.Feeds;

/// <summary>Maps a <see cref="Timetable"/> onto iCalendar feeds: one <see cref="FeedDocument"/> per mechanism, country, person or the whole timetable.</summary>
/// <remarks>
/// <para>Each stage and meeting becomes one VEVENT with UID <c>stage-&lt;id&gt;@&lt;domain&gt;</c> or
/// <c>meeting-&lt;id&gt;@&lt;domain&gt;</c> and SEQUENCE = the item's <c>Revision</c>; a timed item is written in its
/// display zone (TZID), an all-day item as its local dates (<c>VALUE=DATE</c>, exclusive DTEND). Each stage deadline
/// becomes its own all-day VEVENT <c>deadline-&lt;stage id&gt;@&lt;domain&gt;</c> on the due date (after rolling, see
/// <see cref="Timetable.ResolveDeadline(StageId)"/>), with an optional alarm. Country and person feeds also carry one
/// VFREEBUSY <c>freebusy-&lt;kind&gt;-&lt;id&gt;@&lt;domain&gt;</c> with the merged busy time of every item that holds
/// the subject (<see cref="Timetable.ResourcesOf(StageId)"/>). docs/icalendar.md maps every element to its property.</para>
/// <para>Conflicts passed to the constructor are shown on the events they touch: a DESCRIPTION paragraph, the CONFLICT
/// category and an <c>X-REVIEWTIMELINES-CONFLICT</c> property each (see <see cref="FeedConflict"/>).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to use from several threads.</threadsafety>
public sealed class TimetableFeeds
{
    private const string StagePrefix = "stage-";
    private const string MeetingPrefix = "meeting-";
    private const string DeadlinePrefix = "deadline-";
    private const string BlackoutPrefix = "blackout-";

    private readonly Timetable timetable;
    private readonly TimetableFeedOptions options;
    private readonly IReadOnlyDictionary<(TimetableItemRef Item, bool Deadline), IReadOnlyList<FeedConflict>> conflictNotes;

    /// <summary>Initializes a new instance of the <see cref="TimetableFeeds"/> class.</summary>
    /// <param name="timetable">The validated timetable.</param>
    /// <param name="options">The UID domain and feed settings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TimetableFeeds(Timetable timetable, TimetableFeedOptions options)
        : this(timetable, options, new Dictionary<(TimetableItemRef Item, bool Deadline), IReadOnlyList<FeedConflict>>())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TimetableFeeds"/> class that shows conflicts on the events they touch.</summary>
    /// <remarks>
    /// Each conflict appears on every stage and meeting among its <see cref="Conflict.Items"/> (blackouts, calendar days
    /// and outside busy intervals are not feed items); a <see cref="ConflictKind.DeadlineOnNonWorkingDay"/> conflict
    /// appears on the stage's deadline event instead of the stage event. On one event, conflicts are ordered by
    /// severity (hard, soft, opportunity), then by id.
    /// </remarks>
    /// <param name="timetable">The validated timetable.</param>
    /// <param name="options">The UID domain and feed settings.</param>
    /// <param name="conflicts">The conflicts, e.g. <see cref="ConflictDetector.Detect(Timetable)"/> of the same timetable; any order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="conflicts"/> contains null, or a conflict names a stage or meeting the timetable does not have (the message names it).</exception>
    public TimetableFeeds(Timetable timetable, TimetableFeedOptions options, IEnumerable<Conflict> conflicts)
        : this(timetable, options, ConflictsByItem(timetable, conflicts))
    {
    }

    private TimetableFeeds(Timetable timetable, TimetableFeedOptions options, IReadOnlyDictionary<(TimetableItemRef Item, bool Deadline), IReadOnlyList<FeedConflict>> conflictNotes)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(options);
        this.timetable = timetable;
        this.options = options;
        this.conflictNotes = conflictNotes;
    }

    /// <summary>Gets the UID of a stage or meeting: <c>stage-&lt;id&gt;@&lt;domain&gt;</c> or <c>meeting-&lt;id&gt;@&lt;domain&gt;</c>.</summary>
    /// <param name="item">A stage or meeting reference.</param>
    /// <returns>The stable UID.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is neither a stage nor a meeting.</exception>
    public string UidOf(TimetableItemRef item) => item.Kind switch
    {
        TimetableItemKind.Stage => StagePrefix + item.Id + "@" + options.Domain,
        TimetableItemKind.Meeting => MeetingPrefix + item.Id + "@" + options.Domain,
        _ => throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Only stages and meetings are feed items, not '{0}'.", item), nameof(item)),
    };

    /// <summary>Gets the UID of a stage's deadline: <c>deadline-&lt;stage id&gt;@&lt;domain&gt;</c>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The stable UID.</returns>
    public string DeadlineUidOf(StageId stage) => DeadlinePrefix + stage.Value + "@" + options.Domain;

    /// <summary>Reads a UID written by this class back into the item it names.</summary>
    /// <param name="uid">The UID.</param>
    /// <param name="item">The stage or meeting (for a deadline: its stage).</param>
    /// <param name="isDeadline">Whether the UID names a stage's deadline.</param>
    /// <returns>Whether <paramref name="uid"/> has this publisher's domain and a known prefix.</returns>
    public bool TryParseUid(string? uid, out TimetableItemRef item, out bool isDeadline)
    {
        item = default;
        isDeadline = false;
        var suffix = "@" + options.Domain;
        if (uid is null || !uid.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var local = uid[..^suffix.Length];
        foreach (var (prefix, kind, deadline) in new[] { (StagePrefix, TimetableItemKind.Stage, false), (MeetingPrefix, TimetableItemKind.Meeting, false), (DeadlinePrefix, TimetableItemKind.Stage, true) })
        {
            if (local.StartsWith(prefix, StringComparison.Ordinal) && local.Length > prefix.Length)
            {
                item = new TimetableItemRef(kind, local[prefix.Length..]);
                isDeadline = deadline;
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds the feed of one scope.</summary>
    /// <param name="scope">The whole timetable, a mechanism, a country or a person.</param>
    /// <returns>The feed; events and free/busy blocks are sorted by UID when exported.</returns>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is the default value of an id scope.</exception>
    /// <exception cref="KeyNotFoundException">The scope names a mechanism, country or person the timetable does not have.</exception>
    public FeedDocument Build(FeedScope scope)
    {
        var name = scope.Kind switch
        {
            FeedScopeKind.Timetable => options.TimetableName,
            FeedScopeKind.Mechanism => timetable.GetMechanism(new MechanismId(IdOf(scope))).ShortName + " review timetable",
            FeedScopeKind.Country => timetable.GetCountry(new CountryCode(IdOf(scope))).Name + " review timetable",
            FeedScopeKind.Person => timetable.GetPerson(new PersonId(IdOf(scope))).Name + " review timetable",
            FeedScopeKind.Blackouts => options.TimetableName + ": blackouts",
            _ => throw new ArgumentException("Unknown scope kind.", nameof(scope)),
        };
        TimetableResource? subject = scope.Kind switch
        {
            FeedScopeKind.Country => TimetableResource.ForCountry(new CountryCode(IdOf(scope))),
            FeedScopeKind.Person => TimetableResource.ForPerson(new PersonId(IdOf(scope))),
            _ => null,
        };

        if (scope.Kind == FeedScopeKind.Blackouts)
        {
            return new FeedDocument { Name = name, RefreshInterval = options.RefreshInterval, Events = [.. timetable.Blackouts.Select(BlackoutEvent)], Organizer = options.Organizer };
        }

        var stages = timetable.Stages.Where(s => Contains(scope, subject, s)).ToList();
        var included = stages.Select(s => s.Id).ToHashSet();
        var events = new List<FeedEvent>();
        events.AddRange(stages.Select(StageEvent));
        events.AddRange(timetable.Meetings.Where(m => Contains(scope, subject, m)).Select(MeetingEvent));
        events.AddRange(timetable.Stages
            .Where(s => s.Deadline is not null && !IsDeadlineItself(s) && (included.Contains(s.Id) || s.Deadline.Party == subject))
            .Select(DeadlineEvent));

        var freeBusy = new List<FeedFreeBusy>();
        if (subject is { } resource && FreeBusyOf(resource) is { } block)
        {
            freeBusy.Add(block);
        }

        return new FeedDocument { Name = name, RefreshInterval = options.RefreshInterval, Events = events, FreeBusy = freeBusy, Organizer = options.Organizer };
    }

    private static Dictionary<(TimetableItemRef Item, bool Deadline), IReadOnlyList<FeedConflict>> ConflictsByItem(Timetable timetable, IEnumerable<Conflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(conflicts);
        var list = conflicts.ToList();
        if (list.Any(c => c is null))
        {
            throw new ArgumentException("The conflicts contain null.", nameof(conflicts));
        }

        var byItem = new Dictionary<(TimetableItemRef Item, bool Deadline), List<FeedConflict>>();
        foreach (var conflict in list.OrderBy(c => c.Severity).ThenBy(c => c.Id))
        {
            var note = new FeedConflict(conflict.Id.Value, ConflictId.KindSlug(conflict.Kind), conflict.Severity.ToString().ToLowerInvariant(), conflict.Description);
            foreach (var item in conflict.Items.Distinct())
            {
                if (item.TryGetTimetableItem(out var target) && target.Kind is TimetableItemKind.Stage or TimetableItemKind.Meeting)
                {
                    var known = target.Kind == TimetableItemKind.Stage ? timetable.TryGetStage(new StageId(target.Id), out _) : timetable.TryGetMeeting(new MeetingId(target.Id), out _);
                    if (!known)
                    {
                        throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The conflict {0} names {1}, which the timetable does not have: were the conflicts detected on another timetable?", conflict.Id, target), nameof(conflicts));
                    }

                    var key = (target, conflict.Kind == ConflictKind.DeadlineOnNonWorkingDay);
                    if (!byItem.TryGetValue(key, out var notes))
                    {
                        byItem[key] = notes = [];
                    }

                    if (!notes.Contains(note))
                    {
                        notes.Add(note);
                    }
                }
            }
        }

        return byItem.ToDictionary(p => p.Key, p => (IReadOnlyList<FeedConflict>)p.Value);
    }

    private static string IdOf(FeedScope scope) => scope.Id ?? throw new ArgumentException("The scope has no id (default value).", nameof(scope));

    private bool Contains(FeedScope scope, TimetableResource? subject, Stage stage) => scope.Kind switch
    {
        FeedScopeKind.Timetable => true,
        FeedScopeKind.Mechanism => timetable.GetReviewOf(stage.Id).Mechanism.Value == scope.Id,
        FeedScopeKind.Country => timetable.GetReviewOf(stage.Id).StateUnderReview.Value == scope.Id || timetable.ResourcesOf(stage.Id).Contains(subject!.Value),
        _ => timetable.ResourcesOf(stage.Id).Contains(subject!.Value),
    };

    private bool Contains(FeedScope scope, TimetableResource? subject, Meeting meeting) => scope.Kind switch
    {
        FeedScopeKind.Timetable => true,
        FeedScopeKind.Mechanism => meeting.Mechanism?.Value == scope.Id,
        _ => timetable.ResourcesOf(meeting.Id).Contains(subject!.Value),
    };

    private FeedEvent StageEvent(Stage stage)
    {
        var review = timetable.GetReviewOf(stage.Id);
        var mechanism = timetable.GetMechanism(review.Mechanism);
        var country = timetable.GetCountry(review.StateUnderReview);
        var lines = new List<string>
        {
            string.Format(CultureInfo.InvariantCulture, "{0}, {1}: review of {2} ({3}).", mechanism.Name, timetable.GetCycle(review.Cycle).Name, country.Name, review.Id),
        };
        if (stage.Participants.Length > 0)
        {
            lines.Add("Participants: " + string.Join(", ", stage.Participants.Select(p => timetable.GetPerson(p).Name)) + ".");
        }

        return WithTiming(
            new FeedEvent
            {
                Uid = UidOf(TimetableItemRef.For(stage.Id)),
                Summary = string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", mechanism.ShortName, country.Name, stage.Name),
                Description = string.Join("\n", lines),
                Location = stage.Location switch
                {
                    { Kind: StageLocationKind.InCountryUnderReview } => country.Name,
                    { Kind: StageLocationKind.AtSeat, Seat: { } seat } => timetable.GetMechanism(seat).SeatName,
                    { Kind: StageLocationKind.Virtual } => "Virtual",
                    _ => null,
                },
                Categories = [mechanism.ShortName, StageKindText(stage.Kind)],
                Sequence = stage.Revision,
                LastModified = stage.LastModified,
                AlarmBefore = IsDeadlineItself(stage) ? options.DeadlineAlarm : null,
                Conflicts = IsDeadlineItself(stage)
                    ? [.. NotesOf(TimetableItemRef.For(stage.Id), deadline: false), .. NotesOf(TimetableItemRef.For(stage.Id), deadline: true)]
                    : NotesOf(TimetableItemRef.For(stage.Id), deadline: false),
            },
            stage.Timing);
    }

    private FeedEvent MeetingEvent(Meeting meeting)
    {
        var mechanism = meeting.Mechanism is { } id ? timetable.GetMechanism(id) : null;
        return WithTiming(
            new FeedEvent
            {
                Uid = UidOf(TimetableItemRef.For(meeting.Id)),
                Summary = meeting.Name,
                Description = string.Format(CultureInfo.InvariantCulture, "{0} ({1}, {2}).", MeetingKindText(meeting.Kind), FormatText(meeting.Format), meeting.VenueName),
                Location = meeting.VenueName,
                Categories = mechanism is null ? [MeetingKindText(meeting.Kind)] : [mechanism.ShortName, MeetingKindText(meeting.Kind)],
                Sequence = meeting.Revision,
                LastModified = meeting.LastModified,
                Conflicts = NotesOf(TimetableItemRef.For(meeting.Id), deadline: false),
            },
            meeting.Timing);
    }

    private FeedEvent DeadlineEvent(Stage stage)
    {
        var review = timetable.GetReviewOf(stage.Id);
        var mechanism = timetable.GetMechanism(review.Mechanism);
        var country = timetable.GetCountry(review.StateUnderReview);
        var deadline = timetable.ResolveDeadline(stage.Id)!;
        var description = string.Format(
            CultureInfo.InvariantCulture,
            "Due by the end of {0} in {1} ({2}).",
            LocalDatePattern.Iso.Format(deadline.DueDate),
            deadline.Zone.Id,
            stage.Deadline!.Party);
        if (deadline.WasRolled)
        {
            description += string.Format(CultureInfo.InvariantCulture, "\nStated date {0}, moved to the {1} working day.", LocalDatePattern.Iso.Format(deadline.StatedDate), stage.Deadline.Roll == Calendars.DeadlineRoll.PreviousWorkingDay ? "previous" : "next");
        }

        return new FeedEvent
        {
            Uid = DeadlineUidOf(stage.Id),
            Summary = string.Format(CultureInfo.InvariantCulture, "Deadline: {0} {1}: {2}", mechanism.ShortName, country.Name, stage.Name),
            Description = description,
            Categories = [mechanism.ShortName, "Deadline"],
            Sequence = stage.Revision,
            LastModified = stage.LastModified,
            Dates = new NodaTime.DateInterval(deadline.DueDate, deadline.DueDate),
            AlarmBefore = options.DeadlineAlarm,
            Conflicts = NotesOf(TimetableItemRef.For(stage.Id), deadline: true),
        };
    }

    /// <summary>A deadline-kind stage held on its own due date (all day) is the deadline: one event, not two identical ones.</summary>
    private bool IsDeadlineItself(Stage stage) =>
        stage.Kind == StageKind.Deadline
        && stage.Deadline is not null
        && stage.Timing is DateRangeTiming { LocalDates: var dates }
        && timetable.ResolveDeadline(stage.Id) is { } resolved
        && dates.Start == resolved.DueDate
        && dates.End == resolved.DueDate;

    private FeedEvent BlackoutEvent(Blackout blackout) => new()
    {
        Uid = BlackoutPrefix + blackout.Id.Value + "@" + options.Domain,
        Summary = blackout.Name,
        Description = string.Format(
            CultureInfo.InvariantCulture,
            "{0} blackout of {1} ({2}), {3} in {4}.",
            blackout.Severity == BlackoutSeverity.Soft ? "Soft" : "Hard",
            blackout.Scope,
            BlackoutKindText(blackout.Kind),
            blackout.Dates.Dates.Start == blackout.Dates.Dates.End
                ? LocalDatePattern.Iso.Format(blackout.Dates.Dates.Start)
                : LocalDatePattern.Iso.Format(blackout.Dates.Dates.Start) + " to " + LocalDatePattern.Iso.Format(blackout.Dates.Dates.End),
            blackout.Dates.Zone.Id),
        Categories = ["Blackout", BlackoutKindText(blackout.Kind)],
        Dates = blackout.Dates.Dates,
        IsTransparent = blackout.Severity == BlackoutSeverity.Soft,
        LastModified = blackout.LastModified,
    };

    private static string BlackoutKindText(BlackoutKind kind) => kind switch
    {
        BlackoutKind.PublicHoliday => "Public holiday",
        BlackoutKind.Closure => "Closure",
        BlackoutKind.ElectionPeriod => "Election period",
        BlackoutKind.ReligiousPeriod => "Religious period",
        _ => "Other",
    };

    private FeedFreeBusy? FreeBusyOf(TimetableResource resource)
    {
        var busy = InstantRangeSet.FromRanges(timetable.ScheduledItems().Where(i => i.Resources.Contains(resource)).Select(i => i.Range));
        if ((options.FreeBusyWindow ?? busy.Span) is not { } window)
        {
            return null;
        }

        var owner = resource.Kind == ResourceKind.Country ? timetable.GetCountry(resource.AsCountry()).Name : timetable.GetPerson(resource.AsPerson()).Name;
        return new FeedFreeBusy(
            string.Format(CultureInfo.InvariantCulture, "freebusy-{0}@{1}", resource.ToString().Replace(':', '-'), options.Domain),
            owner,
            window,
            busy);
    }

    private static FeedEvent WithTiming(FeedEvent e, ItemTiming timing) =>
        timing.Match(
            allDay => e with { Dates = allDay.Dates },
            (range, zone) => e with { Range = range, TimeZoneId = zone.Id });

    private IReadOnlyList<FeedConflict> NotesOf(TimetableItemRef item, bool deadline) => conflictNotes.TryGetValue((item, deadline), out var notes) ? notes : [];

    private static string StageKindText(StageKind kind) => kind switch
    {
        StageKind.Notification => "Notification",
        StageKind.FocalPointAppointment => "Focal point appointment",
        StageKind.Teleconference => "Teleconference",
        StageKind.SelfAssessmentChecklist => "Self-assessment checklist",
        StageKind.DeskReview => "Desk review",
        StageKind.Dialogue => "Dialogue",
        StageKind.CountryVisit => "Country visit",
        StageKind.JointMeeting => "Joint meeting",
        StageKind.DraftReport => "Draft report",
        StageKind.Adoption => "Adoption",
        StageKind.Publication => "Publication",
        StageKind.Translation => "Translation",
        StageKind.FollowUp => "Follow-up",
        _ => "Deadline",
    };

    private static string FormatText(MeetingFormat format) => format switch
    {
        MeetingFormat.Virtual => "virtual",
        MeetingFormat.Hybrid => "hybrid",
        _ => "in person",
    };

    private static string MeetingKindText(MeetingKind kind) => kind switch
    {
        MeetingKind.Plenary => "Plenary",
        MeetingKind.ImplementationReviewGroupSession => "Implementation Review Group session",
        MeetingKind.ConferenceOfStatesParties => "Conference of the States Parties",
        MeetingKind.WorkingMeeting => "Working meeting",
        _ => "Meeting",
    };
}
