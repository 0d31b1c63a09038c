namespace ReviewTimelines.Web;

/// <summary>Where the endpoints of <see cref="ReviewTimelinesEndpoints.MapReviewTimelines"/> get the timetable they serve: the host application implements it.</summary>
/// <remarks>
/// <para>Every request reads <see cref="Current"/> once and answers from that snapshot alone, so a reload between two
/// requests never mixes two versions in one response. The endpoints keep what they derive from a snapshot (conflicts,
/// feeds, the page) until <see cref="Current"/> returns a different instance, so return the same instance while nothing
/// changed.</para>
/// <para>The CLI's <c>review-timelines serve</c> implements it over files it reloads when they change;
/// <see cref="FixedTimetableSource"/> serves one snapshot for ever.</para>
/// </remarks>
/// <threadsafety>Implementations must allow <see cref="Current"/> to be read from several threads at once.</threadsafety>
public interface ITimetableSource
{
    /// <summary>Gets the timetable to serve now.</summary>
    /// <remarks>Called once per request; it must be cheap (return a field) and must not throw.</remarks>
    TimetableSnapshot Current { get; }
}
