using Ical.Net.DataTypes;
using NodaTime;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Converts NodaTime values to Ical.Net values (the serializer formats them).</summary>
internal static class IcalValues
{
    internal const string UtcId = "UTC";

    internal static CalDateTime Utc(Instant instant) => Zoned(instant.InUtc().LocalDateTime, UtcId);

    internal static CalDateTime Floating(LocalDateTime local) => Zoned(local, null);

    internal static CalDateTime Zoned(LocalDateTime local, string? zoneId) =>
        new(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zoneId);

    internal static CalDateTime Date(LocalDate date) => new(date.Year, date.Month, date.Day);

    internal static UtcOffset UtcOffset(Offset offset) => new(offset.ToTimeSpan());

    /// <summary>An exact duration as RFC 5545 §3.3.6 DUR-VALUE: whole days as <c>P1D</c>, otherwise hours, minutes and seconds (<c>PT36H</c>).</summary>
    internal static Ical.Net.DataTypes.Duration Duration(NodaTime.Duration duration)
    {
        if (duration < NodaTime.Duration.Zero)
        {
            return -Duration(-duration);
        }

        var total = checked((long)duration.TotalSeconds);
        if (total > 0 && total % 86400 == 0)
        {
            return Ical.Net.DataTypes.Duration.FromDays(checked((int)(total / 86400)));
        }

        var hours = checked((int)(total / 3600));
        var minutes = (int)(total / 60 % 60);
        var seconds = (int)(total % 60);
        return new Ical.Net.DataTypes.Duration(null, null, hours == 0 ? null : hours, minutes == 0 ? null : minutes, seconds == 0 && total != 0 ? null : seconds);
    }
}
