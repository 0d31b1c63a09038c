using NodaTime;

namespace ReviewTimelines.Calendars;

/// <summary>A question a working calendar was asked outside the dates its holiday data covers: the calendar, the missing years and the dates asked about.</summary>
/// <param name="Calendar">The calendar's name.</param>
/// <param name="MissingYears">The ISO years of the asked dates that are not covered, ascending.</param>
/// <param name="Asked">The dates the question touched, end inclusive.</param>
/// <param name="Message">A sentence naming the calendar, its coverage and the missing years.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CoverageGap(string Calendar, IReadOnlyList<int> MissingYears, DateInterval Asked, string Message)
{
    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Message;
}
