using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Deadline on a non-working day: a stage's deadline date is a weekend day, public holiday or closure of the responsible party's working calendar.</summary>
/// <remarks>
/// <para>
/// A <see cref="StageDeadline"/> is checked in the calendar of its party (<see cref="Timetable.CalendarOf"/>: a country's,
/// a person's own or their country's, a seat's); a party without a calendar cannot be judged and is skipped. Hard when
/// the deadline does not roll (<see cref="DeadlineRoll.None"/>), soft when it rolls (the sentence names the due date).
/// Interval: the non-working local day. Items: the stage.
/// </para>
/// <para>
/// A zero-length stage of kind <see cref="StageKind.Deadline"/> without a <see cref="StageDeadline"/> is a deadline
/// marker: it is checked in the calendar of the State under review on the local date of the instant just before it, so a
/// marker at local midnight (the end of the day "by 15 March", design §3) belongs to the day that ends there. Hard;
/// interval: the zero-length marker.
/// </para>
/// </remarks>
internal sealed class DeadlineOnNonWorkingDayRule : IConflictRule
{
    private static readonly LocalDateTimePattern Moment = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public ConflictKind Kind => ConflictKind.DeadlineOnNonWorkingDay;

    public void Evaluate(ConflictContext context)
    {
        foreach (var item in context.Deadlines)
        {
            if (item.Stage is not { } stage)
            {
                continue;
            }

            if (stage.Deadline is { } deadline)
            {
                if (context.CalendarOf(deadline.Party) is { } calendar && !calendar.IsWorkingDay(deadline.Date))
                {
                    var rolled = deadline.Roll != DeadlineRoll.None;
                    string Sentence() => string.Format(
                        CultureInfo.InvariantCulture,
                        "The deadline of {0}, {1}, falls on {2} of {3}; {4}.",
                        context.Label(item),
                        ConflictText.DayWithName(deadline.Date),
                        Reason(calendar, deadline.Date),
                        context.NameOf(deadline.Party),
                        rolled ? "it rolls to " + ConflictText.DayWithName(calendar.Roll(deadline.Date, deadline.Roll)) : "it does not roll");
                    context.Report(
                        Kind,
                        rolled ? ConflictSeverity.Soft : ConflictSeverity.Hard,
                        [item.Ref],
                        deadline.Party,
                        ConflictText.DaysToInstants(deadline.Date, deadline.Date, calendar.Zone),
                        Sentence);
                }
            }
            else if (stage.Kind == StageKind.Deadline && item.Range.IsEmpty)
            {
                var country = RuleSupport.Country(item.Review!.StateUnderReview);
                if (context.CalendarOf(country) is not { } calendar)
                {
                    continue;
                }

                var day = (item.Range.Start - Duration.Epsilon).InZone(calendar.Zone).Date;
                if (!calendar.IsWorkingDay(day))
                {
                    string Sentence() => string.Format(
                        CultureInfo.InvariantCulture,
                        "The deadline {0} at {1} closes {2}, which is {3} of {4}.",
                        context.Label(item),
                        Moment.Format(item.Range.Start.InZone(calendar.Zone).LocalDateTime),
                        ConflictText.DayWithName(day),
                        Reason(calendar, day),
                        context.NameOf(country));
                    context.Report(Kind, ConflictSeverity.Hard, [item.Ref], country, InstantRange.AtInstant(item.Range.Start), Sentence);
                }
            }
        }
    }

    private static string Reason(WorkingCalendar calendar, LocalDate date) =>
        calendar.NonWorkingDayOn(date) is { } day
            ? string.Format(CultureInfo.InvariantCulture, "the {0} {1}", day.Kind == NonWorkingDayKind.PublicHoliday ? "public holiday" : "closure", day.Name)
            : "a weekend day";
}
