using System.Collections.Immutable;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Web.Timeline;

namespace ReviewTimelines.Web;

/// <summary>Renders the timeline page: lanes per country, mechanism or person, bars on a date axis, conflicts highlighted
/// and explained in the library's own sentences.</summary>
/// <remarks>
/// <para>The page is one self-contained HTML document: its style sheet and a small script are inline, it loads nothing
/// from elsewhere, and it reads and prints without the script (the script adds lane switching, year/quarter/month
/// zoom, filters and the detail panel). <c>review-timelines report</c> writes it as a file; the endpoints of
/// <see cref="ReviewTimelinesEndpoints.MapReviewTimelines"/> serve it at <c>/</c> with links to the feeds.</para>
/// <para>The output depends only on the snapshot and the options: the same snapshot gives the same bytes.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class TimelinePage
{
    /// <summary>Renders the page for a snapshot, with the conflicts of the library's detector (every rule, default options).</summary>
    /// <param name="snapshot">The timetable to draw.</param>
    /// <param name="options">The settings; <see cref="ReviewTimelines.ICalendar.Feeds.TimetableFeedOptions.TimetableName"/> of <see cref="ReviewTimelinesWebOptions.Feeds"/> is the page title.</param>
    /// <returns>The HTML document, LF line endings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item's dates are outside the range the detector computes with.</exception>
    public static string Render(TimetableSnapshot snapshot, ReviewTimelinesWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        return Render(snapshot, Internal.SnapshotView.Detect(snapshot), options, feedBase: null);
    }

    /// <summary>Renders the page; <paramref name="feedBase"/> (ending with '/') adds the feed links, null leaves them out.</summary>
    internal static string Render(TimetableSnapshot snapshot, ImmutableArray<Conflict> conflicts, ReviewTimelinesWebOptions options, string? feedBase)
    {
        var model = new TimelineBuilder(snapshot, conflicts).Build();
        return new TimelineHtml(model, snapshot, options.Feeds.TimetableName, feedBase).Write();
    }
}
