using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>A proposed move of one visit: from its current dates to new ones, with the signed displacement in calendar days.</summary>
/// <param name="Item">The visit moved.</param>
/// <param name="From">The current dates (host country zone).</param>
/// <param name="To">The proposed dates (host country zone).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record VisitMove(TimetableItemRef Item, ZonedDateRange From, ZonedDateRange To)
{
    /// <summary>Gets the signed displacement of the start in calendar days (positive: later).</summary>
    public int DisplacementDays => Period.DaysBetween(From.Start, To.Start);

    /// <summary>Applies the move to a timetable: the stage gets the new all-day timing and its revision is incremented.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <returns>The new timetable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The timetable has no such stage.</exception>
    /// <exception cref="TimetableValidationException">The moved timetable no longer validates.</exception>
    public Timetable ApplyTo(Timetable timetable)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        var stage = timetable.GetStage(new StageId(Item.Id));
        return timetable.ToBuilder().ReplaceStage(stage.MovedTo(new DateRangeTiming(To))).Build();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: {1} -> {2} ({3:+0;-0;0} days)", Item, From, To, DisplacementDays);
}
