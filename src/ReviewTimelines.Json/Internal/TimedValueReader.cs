using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Internal;

/// <summary>Reads the <c>start</c> and <c>end</c> of a timed timing: wall-clock times (kept as wall time) or UTC instants (kept as instants).</summary>
/// <remarks>
/// <para>
/// A value without an offset is a wall-clock time in the timing's zone. A value ending in <c>Z</c> is an exact UTC
/// instant (format version 2); in a version 1 file, where the old writer wrote the zero offset as <c>Z</c>, it is
/// read as a wall-clock time with offset zero when the zone is at offset zero at that instant. A value with a numeric
/// offset is a wall-clock time whose offset was pinned by the tz data of its writer: the wall time is kept, and when the
/// tz data in use gives another offset a warning names the item, the old and the new instant (design §3).
/// </para>
/// <para>
/// A pinned value whose wall time is skipped or repeated under the tz data in use resolves leniently (the first
/// occurrence), with a warning. The second occurrence of a repeated wall time cannot be named by a wall time: when
/// the pinned offset selects it, the timing is kept as its exact instants, with a warning.
/// </para>
/// </remarks>
internal sealed class TimedValueReader(IDateTimeZoneProvider zones, ProblemSink sink, int formatVersion)
{
    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.ExtendedIso,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    /// <summary>Reads a timed timing; null after reporting an error.</summary>
    internal ItemTiming? Read(TimingDto dto, DateTimeZone zone, LocalTimeResolution resolution, string what)
    {
        var start = Parse(dto.Start, "start", dto.Path, zone);
        var end = Parse(dto.End, "end", dto.Path, zone);
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (s.Utc.HasValue != e.Utc.HasValue)
        {
            sink.Error(dto.Path, "\"start\" and \"end\" must both be UTC instants (ending in Z) or both wall-clock times (without an offset)");
            return null;
        }

        if (s.Utc is { } from && e.Utc is { } to)
        {
            return to < from ? EndBeforeStart(dto) : new InstantRangeTiming(InstantRange.FromInstants(from, to), zone);
        }

        if (SecondOccurrence(s, zone) || SecondOccurrence(e, zone))
        {
            return KeepInstants(dto, s, e, zone, resolution, what);
        }

        var pinnedNotUnique = (s.Offset is not null && zone.MapLocal(s.Local).Count != 1) || (e.Offset is not null && zone.MapLocal(e.Local).Count != 1);
        var effective = pinnedNotUnique ? LocalTimeResolution.Lenient : resolution;
        if (!Resolvable(s, zone, resolution, dto.Path) | !Resolvable(e, zone, resolution, dto.Path))
        {
            return null;
        }

        var (first, last) = (LocalTimeResolver.ToInstant(s.Local, zone, effective), LocalTimeResolver.ToInstant(e.Local, zone, effective));
        if (last < first)
        {
            return EndBeforeStart(dto);
        }

        var timing = new WallClockTiming(s.Local, e.Local, zone, effective);
        Compare(dto.Path, s, e, timing, what, relaxed: effective != resolution);
        return timing;
    }

    /// <summary>Warns when the file was written with other tz data than the reader uses.</summary>
    internal void CheckVersion(string? written, string path)
    {
        if (written is not null && !string.Equals(written, zones.VersionId, StringComparison.Ordinal))
        {
            sink.Warning(path, string.Format(
                CultureInfo.InvariantCulture,
                "the file was written with the tz data \"{0}\" and is read with \"{1}\": wall-clock times are kept and resolved with \"{1}\", so an item in a zone whose rules changed keeps its local time and may move on the instant line",
                written,
                zones.VersionId));
        }
    }

    private static bool SecondOccurrence(Value value, DateTimeZone zone)
    {
        if (value.Offset is not { } offset)
        {
            return false;
        }

        var mapping = zone.MapLocal(value.Local);
        return mapping.Count == 2 && mapping.Last().Offset == offset;
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Iso(LocalDateTime local) => LocalDateTimePattern.ExtendedIso.Format(local);

    private ItemTiming? EndBeforeStart(TimingDto dto)
    {
        sink.Error(JsonPaths.Property(dto.Path, "end"), string.Format(CultureInfo.InvariantCulture, "the end {0} is before the start {1}", dto.End, dto.Start));
        return null;
    }

    private ItemTiming? KeepInstants(TimingDto dto, Value s, Value e, DateTimeZone zone, LocalTimeResolution resolution, string what)
    {
        if (!Resolvable(s, zone, resolution, dto.Path) | !Resolvable(e, zone, resolution, dto.Path))
        {
            return null;
        }

        var from = s.Written ?? LocalTimeResolver.ToInstant(s.Local, zone, resolution);
        var to = e.Written ?? LocalTimeResolver.ToInstant(e.Local, zone, resolution);
        if (to < from)
        {
            return EndBeforeStart(dto);
        }

        sink.Warning(dto.Path, string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} is the second occurrence of a wall time that {2} repeats, which a wall-clock time cannot name: kept as the exact instants {3}/{4} (written back in UTC)",
            what,
            SecondOccurrence(s, zone) ? s.Text : e.Text,
            zone.Id,
            Iso(from),
            Iso(to)));
        return new InstantRangeTiming(InstantRange.FromInstants(from, to), zone);
    }

    private bool Resolvable(Value value, DateTimeZone zone, LocalTimeResolution resolution, string path)
    {
        if (value.Offset is not null || resolution == LocalTimeResolution.Lenient)
        {
            return true;
        }

        var count = zone.MapLocal(value.Local).Count;
        if (count == 1)
        {
            return true;
        }

        sink.Error(JsonPaths.Property(path, value.Name), string.Format(
            CultureInfo.InvariantCulture,
            count == 0
                ? "the local time {0} does not exist in {1} (skipped by a clock change); give \"resolution\": \"lenient\" or a UTC instant"
                : "the local time {0} occurs twice in {1} (clock change); give \"resolution\": \"lenient\" or a UTC instant",
            value.Text,
            zone.Id));
        return false;
    }

    // One warning per timing whose pinned offsets disagree with the tz data in use: the wall times are kept.
    private void Compare(string path, Value s, Value e, WallClockTiming timing, string what, bool relaxed)
    {
        var zone = timing.Zone;
        var oldStart = s.Written ?? timing.Range.Start;
        var oldEnd = e.Written ?? timing.Range.End;
        if (oldStart != timing.Range.Start || oldEnd != timing.Range.End)
        {
            sink.Warning(path, string.Format(
                CultureInfo.InvariantCulture,
                "{0}: written with the UTC offset {1} for {2}, but the tz data in use ({3}) gives {4} at that wall time: the wall-clock times {5} to {6} are kept, and the item moves from {7}/{8} to {9}/{10}",
                what,
                Offsets(s.Offset, e.Offset),
                zone.Id,
                zones.VersionId,
                Offsets(zone.GetUtcOffset(timing.Range.Start), zone.GetUtcOffset(timing.Range.End)),
                Iso(timing.Start),
                Iso(timing.End),
                Iso(oldStart),
                Iso(oldEnd),
                Iso(timing.Range.Start),
                Iso(timing.Range.End)));
        }
        else if (relaxed && (Repeated(s, zone) || Repeated(e, zone)))
        {
            sink.Warning(path, string.Format(
                CultureInfo.InvariantCulture,
                "{0}: a wall time of {1} to {2} occurs twice in {3}; its offset picks the first occurrence, so the timing is kept with \"resolution\": \"lenient\"",
                what,
                Iso(timing.Start),
                Iso(timing.End),
                zone.Id));
        }
    }

    private static bool Repeated(Value value, DateTimeZone zone) => value.Offset is not null && zone.MapLocal(value.Local).Count == 2;

    private static string Offsets(Offset? start, Offset? end)
    {
        static string F(Offset o) => OffsetPattern.GeneralInvariantWithZ.Format(o);
        return (start, end) switch
        {
            ({ } a, { } b) when a == b => F(a),
            ({ } a, { } b) => F(a) + " (start) and " + F(b) + " (end)",
            ({ } a, null) => F(a) + " (start)",
            (null, { } b) => F(b) + " (end)",
            _ => "-",
        };
    }

    private Value? Parse(string? text, string name, string path, DateTimeZone zone)
    {
        var at = JsonPaths.Property(path, name);
        if (text is null)
        {
            sink.Error(at, string.Format(CultureInfo.InvariantCulture, "missing required property \"{0}\"", name));
            return null;
        }

        if (OffsetDateTimePattern.Rfc3339.Parse(text) is { Success: true } withOffset)
        {
            if (!SupportedYears.Contains(withOffset.Value.Date))
            {
                sink.Error(at, SupportedYears.Outside("date-time", text));
                return null;
            }

            var instant = withOffset.Value.ToInstant();
            var utc = text.EndsWith('Z') || text.EndsWith('z');
            if (utc && (formatVersion >= 2 || zone.GetUtcOffset(instant) != Offset.Zero))
            {
                return new Value(name, path, text, withOffset.Value.LocalDateTime, null, instant);
            }

            return new Value(name, path, text, withOffset.Value.LocalDateTime, withOffset.Value.Offset, null);
        }

        foreach (var pattern in LocalPatterns)
        {
            if (pattern.Parse(text) is { Success: true } local)
            {
                if (!SupportedYears.Contains(local.Value.Date))
                {
                    sink.Error(at, SupportedYears.Outside("date-time", text));
                    return null;
                }

                return new Value(name, path, text, local.Value, null, null);
            }
        }

        sink.Error(at, string.Format(CultureInfo.InvariantCulture, "\"{0}\" is not an ISO 8601 date-time (yyyy-MM-ddTHH:mm[:ss] for a wall-clock time, or with Z for a UTC instant)", text));
        return null;
    }

    /// <summary>One parsed value: a wall-clock time with an optional pinned offset, or a UTC instant.</summary>
    private readonly record struct Value(string Name, string Path, string Text, LocalDateTime Local, Offset? Offset, Instant? Utc)
    {
        /// <summary>Gets the instant the writer meant for a pinned value.</summary>
        public Instant? Written => Offset is { } o ? new OffsetDateTime(Local, o).ToInstant() : null;
    }
}
