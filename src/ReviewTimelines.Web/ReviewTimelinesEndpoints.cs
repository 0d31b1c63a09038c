using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using ReviewTimelines.Web.Internal;

namespace ReviewTimelines.Web;

/// <summary>Mounts the ReviewTimelines endpoints (feeds, JSON API, timeline page) into an ASP.NET Core application.</summary>
/// <threadsafety>Call once per route group at start-up; the endpoints themselves serve requests concurrently.</threadsafety>
public static class ReviewTimelinesEndpoints
{
    /// <summary>Maps the feeds, the JSON API and the timeline page over a timetable source.</summary>
    /// <remarks>
    /// <para>Addresses (relative to the route group the method is called on):</para>
    /// <list type="bullet">
    /// <item><c>GET /</c>: the timeline page (HTML, see <see cref="TimelinePage"/>).</item>
    /// <item><c>GET /feeds/all.ics</c>, <c>/feeds/mechanisms/{id}.ics</c>, <c>/feeds/countries/{code}.ics</c>,
    /// <c>/feeds/people/{id}.ics</c>: iCalendar feeds (<c>text/calendar; charset=utf-8</c>) with the conflicts on the
    /// events they touch; <c>/feeds/freebusy/countries/{code}.ics</c> and <c>/feeds/freebusy/people/{id}.ics</c>: one
    /// VFREEBUSY each.</item>
    /// <item><c>GET /api/conflicts</c>: the conflicts as JSON, with the query filters <c>from</c>, <c>to</c> (UTC days,
    /// inclusive: the detector's evaluation window, as <c>review-timelines check --from --to</c>), <c>mechanism</c>,
    /// <c>country</c>, <c>person</c>, <c>kind</c> (a kind slug) and <c>severity</c>.</item>
    /// <item><c>GET /api/timetable</c>: the timetable in the JSON timetable format.</item>
    /// <item><c>POST /api/check</c>: checks the timetable document in the body (<c>application/json</c>, at most
    /// <see cref="ReviewTimelinesWebOptions.MaxCheckRequestBytes"/>; 413 beyond) and answers its conflicts, or 400 with
    /// the reader's problems (path, line, column, message) in a problem+json <c>problems</c> array. Outside feeds the
    /// document lists are not read.</item>
    /// </list>
    /// <para>Every GET answer carries a strong <c>ETag</c> (a hash of the body) and a <c>Last-Modified</c> from the content
    /// (a feed's latest DTSTAMP; otherwise the snapshot's <see cref="TimetableSnapshot.LastChanged"/>), and answers
    /// <c>If-None-Match</c> / <c>If-Modified-Since</c> with 304. Feeds have <c>Cache-Control: max-age</c> equal to their
    /// REFRESH-INTERVAL (<see cref="ReviewTimelinesWebOptions.Feeds"/>); the page and the API <c>no-cache</c>. HEAD is
    /// answered like GET without a body.</para>
    /// <para>Route ids are checked before any lookup (400 for a malformed id, 404 for an unknown one); every error,
    /// including other methods (405) and unknown addresses under <c>/feeds/</c> and <c>/api/</c> (404), is an
    /// <c>application/problem+json</c> body without exception text. Nothing a request says reaches the file system or the network.</para>
    /// </remarks>
    /// <param name="endpoints">The application or route group (for example <c>app.MapGroup("/timetables")</c>).</param>
    /// <param name="source">Where the timetable comes from.</param>
    /// <param name="options">The settings.</param>
    /// <returns>The route group holding the endpoints, for conventions such as <c>RequireAuthorization()</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RouteGroupBuilder MapReviewTimelines(this IEndpointRouteBuilder endpoints, ITimetableSource source, ReviewTimelinesWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var handlers = new EndpointHandlers(source, options);
        var group = endpoints.MapGroup(string.Empty);
        group.Map("/", handlers.Get(EndpointHandlers.Page));
        group.Map("/feeds/all.ics", handlers.Get(EndpointHandlers.AllFeed));
        group.Map("/feeds/mechanisms/{id}.ics", handlers.Get(EndpointHandlers.MechanismFeed));
        group.Map("/feeds/countries/{code}.ics", handlers.Get(EndpointHandlers.CountryFeed(freeBusy: false)));
        group.Map("/feeds/people/{id}.ics", handlers.Get(EndpointHandlers.PersonFeed(freeBusy: false)));
        group.Map("/feeds/freebusy/countries/{code}.ics", handlers.Get(EndpointHandlers.CountryFeed(freeBusy: true)));
        group.Map("/feeds/freebusy/people/{id}.ics", handlers.Get(EndpointHandlers.PersonFeed(freeBusy: true)));
        group.Map("/api/conflicts", handlers.Get(EndpointHandlers.Conflicts));
        group.Map("/api/timetable", handlers.Get(EndpointHandlers.Timetable));
        group.Map("/api/check", handlers.Post(handlers.Check));
        group.Map("/feeds/{**rest}", EndpointHandlers.NotFound);
        group.Map("/api/{**rest}", EndpointHandlers.NotFound);
        return group;
    }
}
