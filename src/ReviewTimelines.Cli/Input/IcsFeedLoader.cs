using System.Globalization;
using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Input;

/// <summary>Turns <c>--ics [resource=]feed.ics</c> values into outside meetings of the timetable.</summary>
/// <remarks>
/// Each busy event of the feed becomes a pinned meeting of kind <see cref="MeetingKind.Other"/> named after the event,
/// with id <c>ics:&lt;file&gt;:&lt;n&gt;</c>. With a resource it holds that resource (a country's delegation, a person, a
/// mechanism's seat), so the check reports it against the timetable's own items; without one it is shown and exported
/// but holds nothing. All-day events are read in the resource's zone (UTC without a resource). The import window is the
/// run's <c>--from/--to</c> window, or the timetable's span widened by a year.
/// </remarks>
internal static class IcsFeedLoader
{
    public static (Timetable Timetable, IReadOnlyList<string> Lines) Merge(Timetable timetable, RunSettings settings, CliEnvironment environment)
    {
        if (settings.IcsFeeds.Count == 0)
        {
            return (timetable, []);
        }

        var window = ImportWindow(timetable, settings);
        var importer = new IcsImporter(environment.Zones);
        var builder = timetable.ToBuilder();
        var lines = new List<string>();
        for (var f = 0; f < settings.IcsFeeds.Count; f++)
        {
            var spec = settings.IcsFeeds[f];
            var (resource, path) = ParseSpec(spec);
            if (resource is { } r)
            {
                CheckResourceExists(timetable, r, spec);
            }

            var zone = resource is { } owner ? timetable.ZoneOf(owner) : DateTimeZone.Utc;
            var text = TimetableLoader.ReadFile(path, "--ics");
            IcsImportResult result;
            try
            {
                result = importer.Import(text, new IcsImportOptions(zone, window));
            }
            catch (IcsImportException e)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--ics '{0}': not a readable iCalendar feed: {1}", path, Describe(e)), e);
            }

            var errors = result.Problems.Where(p => p.Severity == IcsProblemSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--ics '{0}': {1}", path, string.Join("; ", errors.Select(p => p.ToString()))));
            }

            var fileName = Path.GetFileName(path);
            var count = 0;
            foreach (var e in result.Events.Where(e => e.IsBusy).OrderBy(e => e.ToInstantRange(zone)).ThenBy(e => e.Uid, StringComparer.Ordinal))
            {
                count++;
                var timing = e.Dates is { } dates
                    ? (ItemTiming)ItemTiming.AllDay(dates.Start, dates.End, zone)
                    : ItemTiming.Timed(e.ToInstantRange(zone), e.SourceTimeZoneId is { } id && environment.Zones.GetZoneOrNull(id) is { } z ? z : zone);
                var meeting = new Meeting
                {
                    Id = new MeetingId(string.Format(CultureInfo.InvariantCulture, "ics:{0}:{1}", fileName, count)),
                    Kind = MeetingKind.Other,
                    Name = string.IsNullOrWhiteSpace(e.Summary) ? "(untitled event " + e.Uid + ")" : e.Summary,
                    Timing = timing,
                    VenueName = result.CalendarName is { Length: > 0 } name ? name : fileName,
                    VenueZone = timing.Zone,
                };
                if (resource is { } held)
                {
                    meeting = held.Kind switch
                    {
                        ResourceKind.Country => meeting with { Delegations = [held.AsCountry()] },
                        ResourceKind.Person => meeting with { Attendees = [held.AsPerson()] },
                        _ => meeting with { Seat = held.AsSeat(), VenueZone = timetable.GetMechanism(held.AsSeat()).SeatZone },
                    };
                }

                builder.AddMeeting(meeting);
            }

            foreach (var warning in result.Problems.Where(p => p.Severity == IcsProblemSeverity.Warning))
            {
                environment.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "warning: --ics '{0}': {1}", path, warning));
            }

            lines.Add(string.Format(
                CultureInfo.InvariantCulture,
                "{0} ({1} busy event(s) in {2}, {3})",
                fileName,
                count,
                window,
                resource is { } res ? "busy for " + res : "no resource given: shown, not checked"));
        }

        try
        {
            return (builder.Build(), lines);
        }
        catch (TimetableValidationException e)
        {
            throw new CliInputException("--ics: the feeds do not fit the timetable: " + e.Message, e);
        }
    }

    internal static (TimetableResource? Resource, string Path) ParseSpec(string spec)
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
                    throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--ics '{0}': the resource '{1}' has no id.", spec, head));
                }

                TimetableResource resource = kind switch
                {
                    "country" => TimetableResource.ForCountry(new CountryCode(value)),
                    "person" => TimetableResource.ForPerson(new PersonId(value)),
                    "seat" => TimetableResource.ForSeat(new MechanismId(value)),
                    _ => throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--ics '{0}': unknown resource kind '{1}' (use country:CODE, person:ID or seat:MECHANISM).", spec, kind)),
                };
                return (resource, spec[(eq + 1)..]);
            }
        }

        return (null, spec);
    }

    private static void CheckResourceExists(Timetable timetable, TimetableResource resource, string spec)
    {
        var known = resource.Kind switch
        {
            ResourceKind.Country => timetable.TryGetCountry(resource.AsCountry(), out _),
            ResourceKind.Person => timetable.TryGetPerson(resource.AsPerson(), out _),
            _ => timetable.TryGetMechanism(resource.AsSeat(), out _),
        };
        if (!known)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--ics '{0}': the timetable has no {1}.", spec, resource));
        }
    }

    private static InstantRange ImportWindow(Timetable timetable, RunSettings settings)
    {
        var items = timetable.ScheduledItems();
        Instant low;
        Instant high;
        if (items.IsEmpty)
        {
            low = settings.Now - Duration.FromDays(366);
            high = settings.Now + Duration.FromDays(2 * 366);
        }
        else
        {
            low = items.Min(i => i.Range.Start) - Duration.FromDays(366);
            high = items.Max(i => i.Range.End) + Duration.FromDays(366);
        }

        return InstantRange.FromInstants(settings.WindowStart ?? low, settings.WindowEnd ?? high);
    }

    private static string Describe(IcsImportException e) => e.Problems.Count == 0
        ? e.Message
        : string.Join("; ", e.Problems.Select(p => p.ToString()));
}
