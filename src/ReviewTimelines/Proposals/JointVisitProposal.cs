using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>A proposed joint visit: two mechanisms' visits to the same country held together on one set of dates, and the moves it implies.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class JointVisitProposal
{
    internal JointVisitProposal(CountryCode country, TimetableItemRef first, TimetableItemRef second, ZonedDateRange dates, ImmutableArray<VisitMove> moves, string explanation)
    {
        Country = country;
        First = first;
        Second = second;
        Dates = dates;
        Moves = moves;
        Explanation = explanation;
    }

    /// <summary>Gets the country visited.</summary>
    public CountryCode Country { get; }

    /// <summary>Gets the first visit (the smaller item id).</summary>
    public TimetableItemRef First { get; }

    /// <summary>Gets the second visit.</summary>
    public TimetableItemRef Second { get; }

    /// <summary>Gets the joint dates in the host country's zone.</summary>
    public ZonedDateRange Dates { get; }

    /// <summary>Gets the moves the joint visit implies (a visit already on the joint dates has no move), in item order.</summary>
    public ImmutableArray<VisitMove> Moves { get; }

    /// <summary>Gets the total absolute displacement of the moves in calendar days.</summary>
    public int TotalDisplacementDays => Moves.Sum(m => Math.Abs(m.DisplacementDays));

    /// <summary>Gets a plain sentence describing the proposal.</summary>
    public string Explanation { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}+{1} in {2} on {3}", First, Second, Country, Dates);
}
