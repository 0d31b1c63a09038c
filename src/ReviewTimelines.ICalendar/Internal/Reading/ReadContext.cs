using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.ICalendar.Internal.Parsing;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>What reading one VCALENDAR's events needs: options, problems, zones and the floating zone.</summary>
internal sealed class ReadContext(IcsImportOptions options, ProblemLog log, ZoneResolver resolver, WorkBudget budget, DateTimeZone? floatingZone, string? floatingZoneError)
{
    internal WorkBudget Budget { get; } = budget;

    internal IcsImportOptions Options { get; } = options;

    internal ProblemLog Log { get; } = log;

    /// <summary>Resolves a DATE-TIME to its instant, or logs an error naming the UID, property, line and TZID.</summary>
    internal Instant? ResolveInstant(string uid, string property, int line, IcsDateTime value, DateTimeZone? floatingOverride)
    {
        var zone = ZoneOf(uid, property, line, value, floatingOverride);
        return zone is null ? null : value.Local.InZoneLeniently(zone).ToInstant();
    }

    /// <summary>Gets the zone a DATE-TIME value is written in (UTC, its TZID, or the floating zone), or logs an error.</summary>
    internal DateTimeZone? ZoneOf(string uid, string property, int line, IcsDateTime value, DateTimeZone? floatingOverride)
    {
        if (value.IsUtc)
        {
            return DateTimeZone.Utc;
        }

        if (value.TzId is { } tzid)
        {
            var (zone, error) = resolver.Resolve(tzid);
            if (zone is null)
            {
                Log.Error(uid, property, line, "{0}.", error);
            }

            return zone;
        }

        var floating = floatingOverride ?? floatingZone;
        if (floating is null)
        {
            Log.Error(uid, property, line, "the floating time {0:uuuu-MM-ddTHH:mm:ss} cannot be placed: {1}.", value.Local, floatingZoneError);
        }

        return floating;
    }
}
