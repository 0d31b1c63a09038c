using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Blackout: an item falls on a weekend day, public holiday, closure or blackout (hard by default), or on a soft period such as Ramadan or an election (soft).</summary>
/// <remarks>
/// <para>
/// <b>Timetable blackouts and unavailability.</b> Every <see cref="Model.Blackout"/> enters the sweep on its scope, every
/// <see cref="Person.Unavailability"/> entry on its person; stages and meetings enter with the seats they hold and the
/// persons whose time they block (role <see cref="ParticipationRole.Attends"/>: a desk review over someone's leave is not
/// a conflict), and stages also with the State they are held in (a meeting's delegations are abroad, so a country blackout does
/// not concern them). Only resources that have a blackout are swept. Each overlap gives one conflict, with the blackout's
/// own severity (<see cref="BlackoutSeverity"/>); unavailability is hard. Zero-length items count (RFC 4791 §9.9).
/// </para>
/// <para>
/// <b>Working calendars.</b> A country visit is checked against its State's calendar, an in-person meeting at a seat
/// against the seat's calendar (when the mechanism has one), on the local dates the item touches in that calendar's
/// zone: each maximal run of consecutive non-working days with one reason (weekend, or one named holiday or closure) is
/// one hard conflict; each soft period that may touch the item (counting its uncertainty margin) is one conflict, soft
/// unless the period is marked hard. Interval: the part of the item in the blocked days. Items: the item, then the
/// blackout or calendar entry.
/// </para>
/// <para>
/// <b>A person's own calendar.</b> Every item a person attends (role <see cref="ParticipationRole.Attends"/>) is checked
/// against that person's calendar (<see cref="Timetable.CalendarOf"/>: their own, else their country's, else their
/// seat's), on the dates the item touches in that calendar's zone: each run of one public holiday or closure is one
/// conflict on the person, hard for a visit or meeting they travel to, soft for a teleconference, an online stage or a
/// virtual meeting. Weekends are not checked (the item's own place decides those). Skipped when the person's calendar is
/// the visited State's or the seat's calendar already checked for the item.
/// </para>
/// </remarks>
internal sealed class BlackoutRule : IConflictRule
{
    public ConflictKind Kind => ConflictKind.Blackout;

    public void Evaluate(ConflictContext context)
    {
        SweepBlackouts(context);
        CheckCalendars(context);
        CheckPersonCalendars(context);
    }

    /// <summary>Each attending participant's own calendar (<see cref="Timetable.CalendarOf"/>: their own, else their country's, else their seat's): a public holiday or closure on a date the item touches in that calendar's zone.</summary>
    private void CheckPersonCalendars(ConflictContext context)
    {
        foreach (var item in context.Items)
        {
            if (item.IsOutside || item.Range.IsEmpty)
            {
                continue;
            }

            foreach (var key in item.BlockingKeys)
            {
                if (key.Kind != ConflictContext.PersonKind)
                {
                    continue;
                }

                var person = context.ResourceOf(key);
                if (context.CalendarOf(person) is not { } calendar || ReferenceEquals(calendar, item.VisitCalendar) || IsSeatCalendar(context, item, calendar))
                {
                    continue;
                }

                CheckPersonCalendar(context, item, person, calendar);
            }
        }
    }

    private void CheckPersonCalendar(ConflictContext context, CheckedItem item, TimetableResource person, WorkingCalendar calendar)
    {
        var zone = calendar.Zone;
        var dates = ConflictText.TouchedDates(item.Range, zone);
        var severity = IsVirtual(item) ? ConflictSeverity.Soft : ConflictSeverity.Hard;
        NonWorkingDay? run = null;
        var runStart = dates.Start;
        for (var date = dates.Start; ; date = date.PlusDays(1))
        {
            var day = date <= dates.End ? calendar.NonWorkingDayOn(date) : null;
            if (run is { } current && (day is null || day.Name != current.Name || day.Kind != current.Kind))
            {
                ReportPersonDays(context, item, person, calendar, runStart, date.PlusDays(-1), current, severity);
                run = null;
            }

            if (day is not null && run is null)
            {
                run = day;
                runStart = date;
            }

            if (date > dates.End)
            {
                break;
            }
        }
    }

    private void ReportPersonDays(ConflictContext context, CheckedItem item, TimetableResource person, WorkingCalendar calendar, LocalDate first, LocalDate last, NonWorkingDay day, ConflictSeverity severity)
    {
        var zone = calendar.Zone;
        var days = ConflictText.DaysToInstants(first, last, zone);
        string Sentence() => string.Format(
            CultureInfo.InvariantCulture,
            "{0} falls on {1}'s {2} {3} ({4}, {5} calendar).",
            context.LabelWithDates(item, zone),
            context.NameOf(person),
            day.Kind == NonWorkingDayKind.PublicHoliday ? "public holiday" : "closure",
            day.Name,
            first == last ? ConflictText.DayWithName(first) : ConflictText.DayWithName(first) + " to " + ConflictText.DayWithName(last),
            calendar.Name);
        context.Report(
            Kind,
            severity,
            [item.Ref, ConflictItemRef.CalendarDay(person + "@" + ConflictText.Day(first))],
            person,
            Within(item.Range, days),
            Sentence);
    }

    /// <summary>Tells whether a participant can take part from home: a teleconference, a stage held online, a virtual meeting.</summary>
    private static bool IsVirtual(CheckedItem item) =>
        item.Stage is { } stage
            ? stage.Kind == StageKind.Teleconference || stage.Location?.Kind == StageLocationKind.Virtual
            : item.Meeting is { Format: MeetingFormat.Virtual };

    private static bool IsSeatCalendar(ConflictContext context, CheckedItem item, WorkingCalendar calendar)
    {
        foreach (var key in item.Keys)
        {
            if (key.Kind == ConflictContext.SeatKind && ReferenceEquals(context.CalendarOf(context.ResourceOf(key)), calendar))
            {
                return true;
            }
        }

        return false;
    }

    private void SweepBlackouts(ConflictContext context)
    {
        var blockers = new List<(ConflictItemRef Ref, TimetableResource Resource, InstantRange Range, string What, ConflictSeverity Severity)>();
        foreach (var blackout in context.Timetable.Blackouts)
        {
            blockers.Add((
                ConflictItemRef.For(blackout.Id),
                blackout.Scope,
                blackout.ToInstantRange(),
                string.Format(CultureInfo.InvariantCulture, "the {0} \"{1}\"", BlackoutKindText(blackout.Kind), blackout.Name),
                blackout.Severity == BlackoutSeverity.Hard ? ConflictSeverity.Hard : ConflictSeverity.Soft));
        }

        foreach (var person in context.Timetable.Persons)
        {
            for (var i = 0; i < person.Unavailability.Length; i++)
            {
                var range = person.Unavailability[i].ToInstantRange();
                if (!range.IsEmpty)
                {
                    blockers.Add((
                        ConflictItemRef.UnavailabilityOf(person.Id.Value + "#" + i.ToString(CultureInfo.InvariantCulture)),
                        TimetableResource.ForPerson(person.Id),
                        range,
                        "an unavailability",
                        ConflictSeverity.Hard));
                }
            }
        }

        if (blockers.Count == 0)
        {
            return;
        }

        var blocked = blockers.Select(b => context.Key(b.Resource)).ToHashSet();
        var entries = new List<SweepItem<int>>(context.Items.Count);
        var keys = new List<ResourceKey>();
        foreach (var item in context.Items)
        {
            if (item.IsOutside)
            {
                continue;
            }

            keys.Clear();
            foreach (var key in item.BlockingKeys)
            {
                if (blocked.Contains(key) && (key.Kind != ConflictContext.CountryKind || item.Stage is not null))
                {
                    keys.Add(key);
                }
            }

            if (keys.Count > 0)
            {
                entries.Add(RuleSupport.BlockingEntry(item, keys));
            }
        }

        var offset = context.Items.Count;
        for (var b = 0; b < blockers.Count; b++)
        {
            entries.Add(SweepItem<int>.FromSortedDistinct(offset + b, blockers[b].Range, [context.Key(blockers[b].Resource)]));
        }

        foreach (var clash in RuleSupport.Sweep.FindClashes(entries))
        {
            if ((clash.FirstId >= offset) == (clash.SecondId >= offset) || clash.Kind != ClashKind.Overlap)
            {
                continue;
            }

            var (itemIndex, blockerIndex) = clash.FirstId < offset ? (clash.FirstId, clash.SecondId - offset) : (clash.SecondId, clash.FirstId - offset);
            var item = context.Items[itemIndex];
            var blocker = blockers[blockerIndex];
            var zone = context.ZoneOf(blocker.Resource);
            string Sentence() => string.Format(
                CultureInfo.InvariantCulture,
                "{0} falls on {1} ({2}) {3}.",
                context.LabelWithDates(item, zone),
                blocker.What,
                ConflictText.Range(blocker.Range, zone),
                Place(context, blocker.Resource));
            context.Report(Kind, blocker.Severity, [item.Ref, blocker.Ref], blocker.Resource, clash.Interval, Sentence);
        }
    }

    private void CheckCalendars(ConflictContext context)
    {
        foreach (var item in context.Visits)
        {
            if (item.IsVisitStage)
            {
                CheckCalendar(context, item, RuleSupport.Country(item.VisitedCountry!.Value), item.VisitCalendar!, item.VisitDates!);
            }
        }

        foreach (var item in context.Meetings)
        {
            foreach (var key in item.Keys)
            {
                if (key.Kind == ConflictContext.SeatKind && context.CalendarOf(context.ResourceOf(key)) is { } calendar)
                {
                    CheckCalendar(context, item, context.ResourceOf(key), calendar, ConflictText.TouchedDates(item.Range, calendar.Zone));
                }
            }
        }
    }

    private void CheckCalendar(ConflictContext context, CheckedItem item, TimetableResource resource, WorkingCalendar calendar, DateInterval dates)
    {
        var zone = calendar.Zone;
        LocalDate? runStart = null;
        var runReason = string.Empty;
        for (var date = dates.Start; ; date = date.PlusDays(1))
        {
            var inside = date <= dates.End;
            var reason = inside && !calendar.IsWorkingDay(date) ? Reason(calendar, date) : null;
            if (runStart is { } start && reason != runReason)
            {
                ReportDays(context, item, resource, zone, start, date.PlusDays(-1), runReason);
                runStart = null;
            }

            if (reason is not null && runStart is null)
            {
                runStart = date;
                runReason = reason;
            }

            if (!inside)
            {
                break;
            }
        }

        if (calendar.SoftPeriods.Count == 0)
        {
            return;
        }

        foreach (var period in calendar.SoftPeriodsTouching(dates))
        {
            var possible = period.PossibleDates;
            var range = ConflictText.DaysToInstants(possible.Start, possible.End, zone);
            string Sentence() => string.Format(
                CultureInfo.InvariantCulture,
                "{0} falls in {1} ({2}{3}) {4}.",
                context.LabelWithDates(item, zone),
                period.Name,
                period.UncertaintyDays > 0 ? "possibly " : string.Empty,
                ConflictText.Range(range, zone),
                Place(context, resource));
            context.Report(
                Kind,
                period.Severity == SoftPeriodSeverity.Hard ? ConflictSeverity.Hard : ConflictSeverity.Soft,
                [item.Ref, ConflictItemRef.SoftPeriodOf(resource + "@" + period.Name)],
                resource,
                Within(item.Range, range),
                Sentence);
        }
    }

    private void ReportDays(ConflictContext context, CheckedItem item, TimetableResource resource, DateTimeZone zone, LocalDate first, LocalDate last, string reason)
    {
        var days = ConflictText.DaysToInstants(first, last, zone);
        string Sentence() => string.Format(
            CultureInfo.InvariantCulture,
            "{0} falls on {1} ({2}) {3}.",
            context.LabelWithDates(item, zone),
            reason,
            first == last ? ConflictText.DayWithName(first) : ConflictText.DayWithName(first) + " to " + ConflictText.DayWithName(last),
            Place(context, resource));
        context.Report(
            Kind,
            ConflictSeverity.Hard,
            [item.Ref, ConflictItemRef.CalendarDay(resource + "@" + ConflictText.Day(first))],
            resource,
            Within(item.Range, days),
            Sentence);
    }

    private static string Reason(WorkingCalendar calendar, LocalDate date) =>
        calendar.NonWorkingDayOn(date) is { } day
            ? string.Format(CultureInfo.InvariantCulture, "the {0} {1}", day.Kind == NonWorkingDayKind.PublicHoliday ? "public holiday" : "closure", day.Name)
            : "the weekend";

    private static InstantRange Within(InstantRange item, InstantRange days) =>
        item.IsEmpty ? item : item.Intersect(days) ?? InstantRange.AtInstant(item.Start);

    private static string Place(ConflictContext context, TimetableResource resource) => resource.Kind switch
    {
        ResourceKind.Country => "in " + context.NameOf(resource),
        ResourceKind.Person => "of " + context.NameOf(resource),
        _ => "at the " + context.NameOf(resource),
    };

    private static string BlackoutKindText(BlackoutKind kind) => kind switch
    {
        BlackoutKind.PublicHoliday => "public holiday",
        BlackoutKind.Closure => "closure",
        BlackoutKind.ElectionPeriod => "election period",
        BlackoutKind.ReligiousPeriod => "religious period",
        _ => "blackout",
    };
}
