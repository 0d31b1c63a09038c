using System.Globalization;
using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Input;

/// <summary>Imports outside iCalendar feeds (<c>--ics [resource=]feed.ics</c>, and the feeds a timetable file lists) as busy time.</summary>
/// <remarks>
/// Each busy event of a feed becomes an <see cref="OutsideBusy"/> with id <c>ics:&lt;file&gt;:&lt;n&gt;</c> (n counts the
/// feed's busy occurrences in time order; the path as given replaces the file name when two feeds share a file name).
/// A feed given twice for the same resource is read once. With a resource it holds that resource (a country, a person, a mechanism's
/// seat), so the check reports it against the timetable's own items; without one it is only counted. All-day events are
/// read in the feed's declared zone, else the resource's zone (UTC without a resource). The import window is the run's
/// <c>--from/--to</c> window, or the timetable's span widened by a year.
/// </remarks>
internal static class IcsFeedLoader
{
    /// <summary>Imports every feed: the <c>--ics</c> values, then the feeds the timetable file lists.</summary>
    public static (IReadOnlyList<OutsideBusy> Busy, IReadOnlyList<string> Lines) Import(Timetable timetable, IReadOnlyList<FeedRequest> requests, RunSettings settings, CliEnvironment environment, RemoteFeedBatch? remote = null)
    {
        if (requests.Count == 0)
        {
            return ([], []);
        }

        requests = Distinct(requests, environment);
        var labels = FeedLabels(requests);
        var window = ImportWindow(timetable, settings);
        var importer = new IcsImporter(environment.Zones);
        var busy = new List<OutsideBusy>();
        var lines = new List<string>();
        foreach (var request in requests)
        {
            if (request.Resource is { } r)
            {
                CheckResourceExists(timetable, r, request.Origin);
            }

            var zone = request.Zone ?? (request.Resource is { } owner ? timetable.ZoneOf(owner) : DateTimeZone.Utc);
            var text = request.Url is { } url && remote is not null
                ? System.Text.Encoding.UTF8.GetBytes(remote.TextOf(url))
                : InputFile.ReadBytes(request.Path, request.Origin, request.ShownPath, IcsImportLimits.Default.MaxInputLength);
            if (!LooksLikeCalendar(text))
            {
                // Never quote a line of a file that is not a calendar: the path may name any local file (/etc/passwd).
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': not an iCalendar file (it does not begin with BEGIN:VCALENDAR); its content is not shown.", request.Origin, request.ShownPath));
            }

            IcsImportResult result;
            try
            {
                using var bytes = new MemoryStream(text, writable: false);
                result = importer.Import(bytes, new IcsImportOptions(zone, window) { FloatingTimeZone = request.FloatingZone });
            }
            catch (IcsImportException e)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': not a readable iCalendar feed: {2}", request.Origin, request.ShownPath, Describe(e)), e);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or FormatException)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': an event has a date outside {2} or one that cannot be computed: {3}", request.Origin, request.ShownPath, TimetableLoader.SupportedYears, Commands.CommandRunner.UserMessage(e)), e);
            }

            var errors = result.Problems.Where(p => p.Severity == IcsProblemSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': {2}", request.Origin, request.ShownPath, string.Join("; ", errors.Select(p => WithoutSeverity(p.ToString())))));
            }

            var fileName = labels[request];
            var count = 0;
            foreach (var e in result.Events.Where(e => e.IsBusy).OrderBy(e => e.ToInstantRange(zone)).ThenBy(e => e.Uid, StringComparer.Ordinal))
            {
                count++;
                var eventZone = e.SourceTimeZoneId is { } id && environment.Zones.GetZoneOrNull(id) is { } z ? z : zone;
                var range = e.ToInstantRange(zone);
                if (range.Start < TimetableLoader.Earliest || range.End > TimetableLoader.Latest)
                {
                    // A feed event from year 1 to 9999 (an "always busy" placeholder) is clamped, not an overflow later.
                    environment.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "warning: {0} '{1}': event '{2}' ({3}) reaches outside {4}; it is cut to those years.", request.Origin, request.ShownPath, Output.SafeText.Echo(e.Uid), range, TimetableLoader.SupportedYears));
                    var start = range.Start < TimetableLoader.Earliest ? TimetableLoader.Earliest : range.Start;
                    var end = range.End > TimetableLoader.Latest ? TimetableLoader.Latest : range.End;
                    range = InstantRange.FromInstants(start < end ? start : end, end);
                }

                busy.Add(new OutsideBusy(
                    string.Format(CultureInfo.InvariantCulture, "ics:{0}:{1}", fileName, count),
                    request.Resource,
                    range,
                    string.IsNullOrWhiteSpace(e.Summary) ? "(untitled event " + Output.SafeText.Echo(e.Uid) + ")" : e.Summary,
                    e.Dates is null ? eventZone : zone));
            }

            foreach (var warning in result.Problems.Where(p => p.Severity == IcsProblemSeverity.Warning))
            {
                environment.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "warning: {0} '{1}': {2}", request.Origin, request.ShownPath, WithoutSeverity(warning.ToString())));
            }

            lines.Add(string.Format(
                CultureInfo.InvariantCulture,
                "{0} ({1} busy event(s) in {2}, {3}{4})",
                fileName,
                count,
                window,
                request.Resource is { } res ? "busy for " + res : "no resource given: counted, not checked",
                request.Url is { } address && remote?.NoteOf(address) is { } note ? "; " + note : string.Empty));
        }

        return (busy, lines);
    }

    /// <summary>Tells whether the text begins (after a byte order mark and white space) with <c>BEGIN:VCALENDAR</c>, as every iCalendar object does (RFC 5545 §3.4).</summary>
    internal static bool LooksLikeCalendar(string text) =>
        text.AsSpan().TrimStart('\uFEFF').TrimStart().StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase);

    /// <summary>Tells whether the bytes begin with <c>BEGIN:VCALENDAR</c> in UTF-8, or in UTF-16/32 after their byte order mark; only the first bytes are decoded.</summary>
    internal static bool LooksLikeCalendar(byte[] bytes)
    {
        var head = new MemoryStream(bytes, 0, Math.Min(bytes.Length, 256), writable: false);
        using var reader = new StreamReader(head, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return LooksLikeCalendar(reader.ReadToEnd());
    }

    /// <summary>Drops a feed given twice for the same resource (same full path), with one warning naming both places.</summary>
    internal static IReadOnlyList<FeedRequest> Distinct(IReadOnlyList<FeedRequest> requests, CliEnvironment environment)
    {
        var seen = new Dictionary<(string Path, TimetableResource? Resource), FeedRequest>();
        var result = new List<FeedRequest>();
        foreach (var request in requests)
        {
            var key = (Path.GetFullPath(request.Path), request.Resource);
            if (seen.TryGetValue(key, out var first))
            {
                environment.Error.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "warning: {0} '{1}' is the same feed as {2} '{3}'{4}; it is read once.",
                    request.Origin,
                    request.ShownPath,
                    first.Origin,
                    first.ShownPath,
                    request.Resource is { } r ? " for " + r : string.Empty));
                continue;
            }

            seen.Add(key, request);
            result.Add(request);
        }

        return result;
    }

    /// <summary>The name each feed's busy ids carry: the file name, or the path as given when two feeds share a file name.</summary>
    internal static IReadOnlyDictionary<FeedRequest, string> FeedLabels(IReadOnlyList<FeedRequest> requests)
    {
        var labels = new Dictionary<FeedRequest, string>(ReferenceEqualityComparer.Instance);
        foreach (var group in requests.GroupBy(r => Path.GetFileName(r.Path), StringComparer.Ordinal))
        {
            var byPath = group.Select(r => Path.GetFullPath(r.Path)).Distinct(StringComparer.Ordinal).Count();
            var index = 0;
            foreach (var request in group)
            {
                index++;
                labels[request] = byPath == 1
                    ? group.Key
                    : request.ShownPath.Replace('\\', '/') + (group.Count(r => r.ShownPath == request.ShownPath) > 1 ? "#" + index.ToString(CultureInfo.InvariantCulture) : string.Empty);
            }
        }

        return labels;
    }

    /// <summary>Reads a <c>--ics-url</c> value: <c>[RESOURCE=]https://...</c> (http only to a loopback address).</summary>
    public static FeedRequest FromUrlOption(string spec)
    {
        var (resource, text) = ParseSpec(spec, "--ics-url");
        return new FeedRequest(text, text, resource, null, null, "--ics-url", RemoteFeedBatch.Address(text, "--ics-url '" + spec + "'"));
    }

    /// <summary>Reads a <c>--ics</c> value.</summary>
    public static FeedRequest FromOption(string spec)
    {
        var (resource, path) = ParseSpec(spec);
        return new FeedRequest(path, path, resource, null, null, "--ics");
    }

    internal static (TimetableResource? Resource, string Path) ParseSpec(string spec, string option = "--ics")
    {
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0)
        {
            var head = spec[..eq];
            var colon = head.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var kind = head[..colon];
                var value = head[(colon + 1)..];
                if (value.Length == 0)
                {
                    throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': the resource '{2}' has no id.", option, spec, head));
                }

                TimetableResource resource = kind switch
                {
                    "country" => TimetableResource.ForCountry(new CountryCode(value)),
                    "person" => TimetableResource.ForPerson(new PersonId(value)),
                    "seat" => TimetableResource.ForSeat(new MechanismId(value)),
                    _ => throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': unknown resource kind '{2}' (use country:CODE, person:ID or seat:MECHANISM).", option, spec, kind)),
                };
                return (resource, spec[(eq + 1)..]);
            }
        }

        return (null, spec);
    }

    private static void CheckResourceExists(Timetable timetable, TimetableResource resource, string origin)
    {
        var known = resource.Kind switch
        {
            ResourceKind.Country => timetable.TryGetCountry(resource.AsCountry(), out _),
            ResourceKind.Person => timetable.TryGetPerson(resource.AsPerson(), out _),
            _ => timetable.TryGetMechanism(resource.AsSeat(), out _),
        };
        if (!known)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0}: the timetable has no {1}.", origin, resource));
        }
    }

    /// <summary>The run's window, or the timetable's span widened by a year; clamped to the years the tool supports, so it never overflows.</summary>
    internal static InstantRange ImportWindow(Timetable timetable, RunSettings settings)
    {
        var items = timetable.ScheduledItems();
        Instant low;
        Instant high;
        if (items.IsEmpty)
        {
            low = Clamp(settings.Now, -366);
            high = Clamp(settings.Now, 2 * 366);
        }
        else
        {
            low = Clamp(items.Min(i => i.Range.Start), -366);
            high = Clamp(items.Max(i => i.Range.End), 366);
        }

        return InstantRange.FromInstants(settings.WindowStart ?? low, settings.WindowEnd ?? high);
    }

    private static Instant Clamp(Instant instant, int days)
    {
        var earliest = TimetableLoader.Earliest;
        var latest = TimetableLoader.Latest;
        var bounded = instant < earliest ? earliest : instant > latest ? latest : instant;
        var limit = days < 0 ? bounded - earliest : latest - bounded;
        var step = Duration.FromDays(Math.Abs(days));
        var moved = limit < step ? (days < 0 ? earliest : latest) : (days < 0 ? bounded - step : bounded + step);
        return moved;
    }

    private static string Describe(IcsImportException e) => e.Problems.Count == 0
        ? e.Message
        : string.Join("; ", e.Problems.Select(p => WithoutSeverity(p.ToString())));

    /// <summary>Drops the problem's own <c>warning: </c>/<c>error: </c> prefix, so the line carries one.</summary>
    private static string WithoutSeverity(string problem) =>
        problem.StartsWith("warning: ", StringComparison.Ordinal) ? problem["warning: ".Length..]
        : problem.StartsWith("error: ", StringComparison.Ordinal) ? problem["error: ".Length..]
        : problem;
}

/// <summary>One feed to import.</summary>
/// <param name="Path">The path to open.</param>
/// <param name="ShownPath">The path as the user wrote it (for messages).</param>
/// <param name="Resource">The resource the feed's events keep busy, or null.</param>
/// <param name="Zone">The zone for all-day events, or null for the resource's zone.</param>
/// <param name="FloatingZone">The zone for floating times, or null.</param>
/// <param name="Origin">Where the feed was named (<c>--ics</c>, <c>--ics-url</c>, or the JSON path of the timetable file's feed list).</param>
/// <param name="Url">The https address to fetch instead of a file (<c>--ics-url</c>, or a feed reference whose path is a URL), or null.</param>
internal sealed record FeedRequest(string Path, string ShownPath, TimetableResource? Resource, DateTimeZone? Zone, DateTimeZone? FloatingZone, string Origin, Uri? Url = null);

/// <summary>A busy occurrence from an outside feed.</summary>
/// <param name="Id">A stable id, <c>ics:&lt;file&gt;:&lt;n&gt;</c>.</param>
/// <param name="Resource">The resource it keeps busy, or null when the feed was given without one.</param>
/// <param name="Range">When, half-open.</param>
/// <param name="Label">The event's summary.</param>
/// <param name="Zone">The zone to show it in.</param>
internal sealed record OutsideBusy(string Id, TimetableResource? Resource, InstantRange Range, string Label, DateTimeZone Zone);
