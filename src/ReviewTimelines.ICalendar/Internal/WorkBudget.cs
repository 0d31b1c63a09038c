using System.Globalization;
using ReviewTimelines.ICalendar.Import;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>The recurrence work of one import: each rule's estimate is charged before it is evaluated, against <see cref="IcsImportLimits.MaxRecurrenceWork"/> per rule and <see cref="IcsImportLimits.MaxTotalRecurrenceWork"/> in total.</summary>
internal sealed class WorkBudget(IcsImportLimits limits)
{
    private double used;

    internal IcsImportLimits Limits { get; } = limits;

    /// <summary>Charges the estimated work of one rule.</summary>
    /// <exception cref="RecurrenceLimitException">The rule alone, or the import so far with it, is over budget.</exception>
    internal void Charge(double work, string rule)
    {
        if (work > Limits.MaxRecurrenceWork)
        {
            throw new RecurrenceLimitException(string.Format(
                CultureInfo.InvariantCulture,
                "the rule '{0}' would step through about {1:N0} candidate times up to the end of the window, more than the limit of {2:N0} (IcsImportLimits.MaxRecurrenceWork)",
                Parsing.IcsValueParser.Shorten(rule),
                work,
                Limits.MaxRecurrenceWork));
        }

        if (used + work > Limits.MaxTotalRecurrenceWork)
        {
            throw new RecurrenceLimitException(string.Format(
                CultureInfo.InvariantCulture,
                "the rule '{0}' would bring the recurrence work of this import to about {1:N0} candidate times, more than the limit of {2:N0} (IcsImportLimits.MaxTotalRecurrenceWork)",
                Parsing.IcsValueParser.Shorten(rule),
                used + work,
                Limits.MaxTotalRecurrenceWork));
        }

        used += work;
    }
}
