using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;

namespace ReviewTimelines.ReferenceData;

/// <summary>A published meeting that was not turned into a model <see cref="Meeting"/>, with the reason.</summary>
/// <param name="Meeting">The published meeting, as the catalog holds it.</param>
/// <param name="Reason">A plain sentence saying why it was left out, e.g. that the source gives the month only.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SkippedMeeting(PublishedMeeting Meeting, string Reason)
{
    /// <summary>Gets the published meeting.</summary>
    public PublishedMeeting Meeting { get; init; } = Meeting ?? throw new ArgumentNullException(nameof(Meeting));

    /// <summary>Gets the reason.</summary>
    public string Reason { get; init; } = Reason ?? throw new ArgumentNullException(nameof(Reason));

    /// <summary>Formats as <c>GRECO-2021-03: reason</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Meeting.Id + ": " + Reason;
}

/// <summary>The result of mapping many published meetings: the model meetings and the meetings skipped, each in input order.</summary>
/// <param name="Meetings">The mapped meetings.</param>
/// <param name="Skipped">The meetings left out, with reasons.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MeetingMapping(ImmutableArray<Meeting> Meetings, ImmutableArray<SkippedMeeting> Skipped)
{
    /// <inheritdoc />
    public bool Equals(MeetingMapping? other) =>
        other is not null && Meetings.SequenceEqual(other.Meetings) && Skipped.SequenceEqual(other.Skipped);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Meetings.Length, Skipped.Length);
}

/// <summary>Maps reference and planner types onto the domain model: catalog profiles to <see cref="Mechanism"/>, published meetings to <see cref="Meeting"/>, planned stages to <see cref="Stage"/>.</summary>
/// <remarks>
/// <para>
/// Meetings: a published meeting becomes a pinned, all-day meeting over its <see cref="PublishedMeeting.Dates"/> in its venue zone,
/// keeping its id, mechanism, name, kind and <see cref="PublishedMeeting.Source"/> unchanged. A month-only meeting
/// (<see cref="MeetingDatePrecision.MonthOnly"/>) is never given made-up days: it is reported as a <see cref="SkippedMeeting"/>.
/// <see cref="PublishedMeetingFormat.NotStated"/> maps to <see cref="MeetingFormat.NotStated"/>, which holds the seat like an in-person meeting. A plenary, an IRG session and a conference of the States parties are
/// attended by all member States (<see cref="Meeting.AllMemberStates"/>); other meetings (UNGASS, side events) list no delegations.
/// A meeting holds its mechanism's seat (<see cref="Meeting.Seat"/>) when it sits in the seat's zone and is not virtual.
/// </para>
/// <para>
/// Stages: a <see cref="PlannedStage"/> keeps its kind, name, rule source (<see cref="Stage.Source"/>) and dates (all-day, in the stage's zone). A
/// <see cref="StageShape.Deadline"/> stage occupies its one due day and carries a <see cref="StageDeadline"/> for that date, with the rule's
/// roll and a responsible party taken from <see cref="StageRule.Party"/>: the State under review, or the seat (for
/// <see cref="ResponsibleParty.Seat"/> and for <see cref="ResponsibleParty.Experts"/>, whose calendar the planner also takes from the seat
/// when none is given). A stage is pinned when its rule is pinned or the planner kept it pinned or took it from an actual date. A country
/// visit takes place in the State under review; a joint meeting at the mechanism's seat; other stages have no location.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ReferenceMapping
{
    /// <summary>Maps a catalog profile to a model mechanism with its seat.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="seatCalendar">The seat's working calendar, or null when none is known.</param>
    /// <returns>The mechanism: id, name, acronym as short name, seat and seat zone, and the meeting patterns as text; no team or members.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static Mechanism ToMechanism(MechanismProfile profile, WorkingCalendar? seatCalendar = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new Mechanism
        {
            Id = profile.Id,
            Name = profile.Name,
            ShortName = profile.Acronym,
            SeatName = profile.Seat.Value,
            SeatZone = profile.SeatZone,
            SeatCalendar = seatCalendar,
            PlenaryPattern = profile.Patterns.Count == 0 ? null : string.Join("; ", profile.Patterns.Select(p => p.ToString())),
        };
    }

    /// <summary>Gets why <paramref name="published"/> cannot become a dated model meeting, or null when it can.</summary>
    /// <param name="published">The published meeting.</param>
    /// <returns>The reason, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="published"/> is null.</exception>
    public static string? SkipReason(PublishedMeeting published)
    {
        ArgumentNullException.ThrowIfNull(published);
        return published.Dates is null
            ? string.Format(
                CultureInfo.InvariantCulture,
                "The source dates {0} by month only ({1}); no days are made up, so it is not a dated meeting.",
                published.Id,
                YearMonthPattern.Iso.Format(published.Month))
            : null;
    }

    /// <summary>Maps a dated published meeting to a pinned model meeting.</summary>
    /// <param name="published">The published meeting.</param>
    /// <param name="host">The profile of the meeting's mechanism (for its seat), or null when the meeting holds no seat.</param>
    /// <returns>The meeting (see the type remarks).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="published"/> is null.</exception>
    /// <exception cref="ArgumentException">The meeting is dated by month only (<see cref="SkipReason"/> says why), or <paramref name="host"/> is another mechanism's profile.</exception>
    public static Meeting ToMeeting(PublishedMeeting published, MechanismProfile? host)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (SkipReason(published) is { } reason)
        {
            throw new ArgumentException(reason, nameof(published));
        }

        if (host is not null && host.Id != published.Mechanism)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Meeting {0} belongs to '{1}', not to the host profile '{2}'.", published.Id, published.Mechanism, host.Id),
                nameof(host));
        }

        var format = published.Format switch
        {
            PublishedMeetingFormat.Virtual => MeetingFormat.Virtual,
            PublishedMeetingFormat.Hybrid => MeetingFormat.Hybrid,
            PublishedMeetingFormat.NotStated => MeetingFormat.NotStated,
            _ => MeetingFormat.InPerson,
        };
        var atSeat = host is not null
            && string.Equals(published.VenueZone.Id, host.SeatZone.Id, StringComparison.Ordinal)
            && format != MeetingFormat.Virtual;
        return new Meeting
        {
            Id = published.Id,
            Kind = published.Kind,
            Mechanism = published.Mechanism,
            Name = published.Name,
            Timing = new DateRangeTiming(published.Dates!.Value),
            VenueName = published.Venue,
            VenueZone = published.VenueZone,
            Seat = atSeat ? host!.Id : null,
            Format = format,
            AllMemberStates = published.Kind is MeetingKind.Plenary or MeetingKind.ImplementationReviewGroupSession or MeetingKind.ConferenceOfStatesParties,
            IsPinned = true,
            Source = published.Source,
        };
    }

    /// <summary>Maps the published meetings of <paramref name="catalog"/> whose month lies in <paramref name="from"/>..<paramref name="to"/> (inclusive).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="from">The first month.</param>
    /// <param name="to">The last month.</param>
    /// <returns>The dated meetings and the skipped month-only ones, each in catalog order (month, first day, id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static MeetingMapping ToMeetings(ReferenceCatalog catalog, YearMonth from, YearMonth to)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last month is before the first month.");
        }

        var meetings = ImmutableArray.CreateBuilder<Meeting>();
        var skipped = ImmutableArray.CreateBuilder<SkippedMeeting>();
        foreach (var published in catalog.Meetings.Where(m => m.Month >= from && m.Month <= to))
        {
            if (SkipReason(published) is { } reason)
            {
                skipped.Add(new SkippedMeeting(published, reason));
            }
            else
            {
                meetings.Add(ToMeeting(published, catalog[published.Mechanism]));
            }
        }

        return new MeetingMapping(meetings.ToImmutable(), skipped.ToImmutable());
    }

    /// <summary>Maps one planned stage to a model stage (without predecessors; <see cref="ToStages"/> adds them).</summary>
    /// <param name="planned">The planned stage.</param>
    /// <param name="id">The stage id.</param>
    /// <param name="stateUnderReview">The State under review (responsible party of its deadlines, place of its visits).</param>
    /// <param name="mechanism">The mechanism (seat of its seat deadlines and joint meetings).</param>
    /// <returns>The stage (see the type remarks).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planned"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="stateUnderReview"/> or <paramref name="mechanism"/> is the default (invalid) value.</exception>
    public static Stage ToStage(PlannedStage planned, StageId id, CountryCode stateUnderReview, MechanismId mechanism)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var country = TimetableResource.ForCountry(stateUnderReview);
        var seat = TimetableResource.ForSeat(mechanism);
        var rule = planned.Rule;
        var deadline = rule.Shape == StageShape.Deadline
            ? new StageDeadline(planned.End, rule.Party == ResponsibleParty.StateUnderReview ? country : seat, rule.Roll)
            : null;
        return new Stage
        {
            Id = id,
            Kind = planned.Kind,
            Name = planned.Name,
            Timing = new DateRangeTiming(planned.Dates),
            Deadline = deadline,
            IsPinned = rule.IsPinned || planned.Placement is StagePlacement.Pinned or StagePlacement.Actual,
            Source = planned.Source,
            Location = planned.Kind switch
            {
                StageKind.CountryVisit => StageLocation.InCountryUnderReview,
                StageKind.JointMeeting => StageLocation.AtSeat(mechanism),
                _ => null,
            },
        };
    }

    /// <summary>Maps every stage of a plan, with ids <c>{idPrefix}/{key}</c> and predecessors.</summary>
    /// <remarks>
    /// A model predecessor means "ends before this stage starts". A stage lists its rule's predecessor when the rule places it after the
    /// predecessor's last date: it counts from the predecessor's end (<see cref="OffsetAnchor.PredecessorEnd"/>) with a non-zero offset,
    /// deadline duration or plenary gap. A rule that counts from the predecessor's start (MESICIC M11) or may start on the predecessor's
    /// last day (MESICIC M12: the next plenary on or after M11's last day) may overlap it by design, so no predecessor is listed for it.
    /// </remarks>
    /// <param name="plan">The plan.</param>
    /// <param name="idPrefix">The prefix of the stage ids, e.g. the review id.</param>
    /// <param name="stateUnderReview">The State under review.</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The stages, in planning order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is null, empty or white space, or a code or id is the default (invalid) value.</exception>
    public static ImmutableArray<Stage> ToStages(StagePlan plan, string idPrefix, CountryCode stateUnderReview, MechanismId mechanism)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(idPrefix);
        StageId IdOf(StageKey key) => new(idPrefix + "/" + key.Value);
        return
        [
            .. plan.Stages.Select(s => ToStage(s, IdOf(s.Key), stateUnderReview, mechanism) with
            {
                Predecessors = s.Rule.Predecessor is { } p && StartsAfterPredecessorEnds(s.Rule) ? [IdOf(p)] : [],
            }),
        ];
    }

    /// <summary>Whether the rule places the stage after its predecessor's last date (so the predecessor ends before it starts).</summary>
    private static bool StartsAfterPredecessorEnds(StageRule rule)
    {
        if (rule.Anchor != OffsetAnchor.PredecessorEnd)
        {
            return false;
        }

        if (rule.Alignment is { } alignment)
        {
            return !alignment.MinimumGap.IsZero;
        }

        return !rule.Offset.IsZero || (rule.Shape == StageShape.Deadline && !rule.Duration.IsZero);
    }
}
