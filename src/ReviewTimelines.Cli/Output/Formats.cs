using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Cli.Output;

/// <summary>Invariant text for dates and instants.</summary>
internal static class Text
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string Local(Instant instant, DateTimeZone zone) => LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(instant.InZone(zone).LocalDateTime);

    /// <summary>The local dates a half-open range touches in <paramref name="zone"/>, as <c>first to last</c> (end-exclusive at midnight).</summary>
    public static string LocalDates(InstantRange range, DateTimeZone zone)
    {
        var first = range.Start.InZone(zone).Date;
        var endLocal = range.End.InZone(zone);
        var last = range.IsEmpty ? first : (endLocal.TimeOfDay == LocalTime.Midnight ? endLocal.Date.PlusDays(-1) : endLocal.Date);
        return first == last ? Date(first) : Date(first) + " to " + Date(last);
    }
}
