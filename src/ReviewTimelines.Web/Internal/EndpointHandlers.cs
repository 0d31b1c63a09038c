using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.Json;
using ReviewTimelines.Model;
using ReviewTimelines.Web.Timeline;

namespace ReviewTimelines.Web.Internal;

/// <summary>The request handlers behind <see cref="ReviewTimelinesEndpoints.MapReviewTimelines"/>.</summary>
/// <remarks>Every handler reads the source's snapshot once, answers from memory (no request value reaches the file
/// system or the network), and reports every error as problem+json; an unexpected exception is logged and answered
/// with a 500 problem that does not quote it.</remarks>
internal sealed partial class EndpointHandlers(ITimetableSource source, ReviewTimelinesWebOptions options)
{
    private static readonly string ScriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("\n" + TimelineAssets.Script)));
    private SnapshotView? last;

    /// <summary>The page's Content-Security-Policy: its own inline script (by hash) and inline styles, nothing from elsewhere.</summary>
    public static string PagePolicy { get; } = "default-src 'none'; script-src 'sha256-" + ScriptHash + "'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public RequestDelegate Get(Func<HttpContext, SnapshotView, Task> handler) => Guard(handler, HttpMethods.Get, HttpMethods.Head);

    public RequestDelegate Post(Func<HttpContext, SnapshotView, Task> handler) => Guard(handler, HttpMethods.Post);

    public static Task NotFound(HttpContext context) =>
        Problems.Write(context, StatusCodes.Status404NotFound, "There is no such feed or API address (feeds: /feeds/all.ics, /feeds/mechanisms/{id}.ics, /feeds/countries/{code}.ics, /feeds/people/{id}.ics, /feeds/freebusy/countries/{code}.ics, /feeds/freebusy/people/{id}.ics; API: /api/conflicts, /api/timetable, POST /api/check).");

    public static Task Page(HttpContext context, SnapshotView view)
    {
        var path = (context.Request.PathBase + context.Request.Path).Value ?? "/";
        var feedBase = path.EndsWith('/') ? path : path + "/";
        context.Response.Headers.ContentSecurityPolicy = PagePolicy;
        return Send(context, view.Page(feedBase));
    }

    public static Task AllFeed(HttpContext context, SnapshotView view) => Send(context, view.Feed("all", FeedScope.Timetable, freeBusyOnly: false));

    public static Task MechanismFeed(HttpContext context, SnapshotView view)
    {
        var id = Route(context, "id");
        if (!RouteIds.IsValid(id))
        {
            return BadId(context, "mechanism id", id);
        }

        return view.Snapshot.Timetable.TryGetMechanism(new MechanismId(id!), out _)
            ? Send(context, view.Feed("mechanism:" + id, FeedScope.ForMechanism(new MechanismId(id!)), freeBusyOnly: false))
            : Unknown(context, "mechanism", id!);
    }

    public static Func<HttpContext, SnapshotView, Task> CountryFeed(bool freeBusy) => (context, view) =>
    {
        var code = Route(context, "code");
        if (!RouteIds.IsCountryCode(code))
        {
            return BadId(context, "country code (ISO 3166-1 alpha-3 in capitals, such as AUT)", code);
        }

        return view.Snapshot.Timetable.TryGetCountry(new CountryCode(code!), out _)
            ? Send(context, view.Feed((freeBusy ? "freebusy-country:" : "country:") + code, FeedScope.ForCountry(new CountryCode(code!)), freeBusy))
            : Unknown(context, "country", code!);
    };

    public static Func<HttpContext, SnapshotView, Task> PersonFeed(bool freeBusy) => (context, view) =>
    {
        var id = Route(context, "id");
        if (!RouteIds.IsValid(id))
        {
            return BadId(context, "person id", id);
        }

        return view.Snapshot.Timetable.TryGetPerson(new PersonId(id!), out _)
            ? Send(context, view.Feed((freeBusy ? "freebusy-person:" : "person:") + id, FeedScope.ForPerson(new PersonId(id!)), freeBusy))
            : Unknown(context, "person", id!);
    };

    public static Task Timetable(HttpContext context, SnapshotView view) => Send(context, view.TimetableJson());

    public static Task Conflicts(HttpContext context, SnapshotView view) =>
        ConflictQuery.TryParse(context.Request.Query, out var query, out var problem)
            ? Send(context, view.ConflictsJson(query))
            : Problems.Write(context, StatusCodes.Status400BadRequest, problem);

    public async Task Check(HttpContext context, SnapshotView view)
    {
        if (!ConflictQuery.TryParse(context.Request.Query, out var query, out var problem))
        {
            await Problems.Write(context, StatusCodes.Status400BadRequest, problem);
            return;
        }

        if (context.Request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await Problems.Write(context, StatusCodes.Status415UnsupportedMediaType, "Send the timetable document as application/json (the format of docs/timetable-format.md).");
            return;
        }

        var body = await ReadLimited(context);
        if (body is null)
        {
            await TooLarge(context);
            return;
        }

        await CheckDocument(context, body, query);
    }

    private async Task CheckDocument(HttpContext context, byte[] body, ConflictQuery query)
    {
        TimetableDocument document;
        try
        {
            document = new TimetableJson(options.Zones).Read(body);
        }
        catch (TimetableFormatException e)
        {
            var problems = e.Problems.IsDefault ? [] : e.Problems;
            var detail = string.Format(CultureInfo.InvariantCulture, "The timetable document has {0} problem(s); each names its JSON path, line and column.", problems.Length);
            await Problems.Write(context, StatusCodes.Status400BadRequest, problems.IsEmpty ? e.Message : detail, json => ApiJson.WriteProblems(json, problems));
            return;
        }

        var snapshot = new TimetableSnapshot(document.Timetable, Instant.MinValue);
        var found = SnapshotView.Detect(snapshot, query.Window);
        var facts = new ConflictFacts(document.Timetable, []);
        var text = ApiJson.Check(document, query, found.Where(c => query.Matches(c, facts)).ToList());
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ApiJson.ContentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private async Task<byte[]?> ReadLimited(HttpContext context)
    {
        var limit = options.MaxCheckRequestBytes;
        if (context.Request.ContentLength is { } length && length > limit)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private Task TooLarge(HttpContext context) => Problems.Write(
        context,
        StatusCodes.Status413PayloadTooLarge,
        string.Format(CultureInfo.InvariantCulture, "The timetable document is larger than the limit of {0} bytes.", options.MaxCheckRequestBytes));

    private static Task Send(HttpContext context, CachedBody body)
    {
        var response = context.Response;
        var headers = response.GetTypedHeaders();
        response.Headers.ETag = body.ETag;
        headers.LastModified = body.LastModified.ToDateTimeOffset();
        response.Headers.CacheControl = body.CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        if (Conditional.IsNotModified(context.Request, body))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = body.ContentType;
        response.ContentLength = body.Bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body.Bytes, context.RequestAborted).AsTask();
    }

    private static string? Route(HttpContext context, string name) => context.Request.RouteValues[name] as string;

    private static Task BadId(HttpContext context, string what, string? value) => Problems.Write(
        context,
        StatusCodes.Status400BadRequest,
        string.Format(CultureInfo.InvariantCulture, "'{0}' is not a valid {1}: use letters, digits, '.', '_', '~' or '-' (at most {2} characters).", Shorten(value ?? string.Empty), what, RouteIds.MaxLength));

    private static Task Unknown(HttpContext context, string what, string id) => Problems.Write(
        context,
        StatusCodes.Status404NotFound,
        string.Format(CultureInfo.InvariantCulture, "The timetable has no {0} '{1}'.", what, id));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private RequestDelegate Guard(Func<HttpContext, SnapshotView, Task> handler, params string[] methods) => async context =>
    {
        if (!methods.Any(m => HttpMethods.Equals(m, context.Request.Method)))
        {
            await Problems.Write(context, StatusCodes.Status405MethodNotAllowed, "This address is used with " + string.Join(" or ", methods) + " only.", allow: string.Join(", ", methods));
            return;
        }

        try
        {
            await handler(context, View());
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            if (context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("ReviewTimelines.Web") is { } logger)
            {
                RequestFailed(logger, context.Request.Path.Value, e);
            }

            if (!context.Response.HasStarted)
            {
                await Problems.Write(context, StatusCodes.Status500InternalServerError, "The server could not answer from the current timetable. The error is in the server's log.");
            }
        }
    };

    private SnapshotView View()
    {
        var snapshot = source.Current ?? throw new InvalidOperationException("The timetable source returned no snapshot.");
        var view = Volatile.Read(ref last);
        if (view is null || !ReferenceEquals(view.Snapshot, snapshot))
        {
            view = new SnapshotView(snapshot, options);
            Volatile.Write(ref last, view);
        }

        return view;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Request {Path} failed")]
    private static partial void RequestFailed(ILogger logger, string? path, Exception exception);
}
