using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Cli.Output;

/// <summary>Invariant text for dates and instants.</summary>
internal static partial class Text
{
    /// <summary>Points citations of the design-time notes (<c>REVIEW-MECHANISMS.md §x</c>, not shipped in the repository) at
    /// <c>docs/reference-data.md</c>, the repository's own table of every figure and its source.</summary>
    public static string Citation(string text) => ReviewMechanismsCitation().Replace(text, "docs/reference-data.md");

    /// <summary>Rewrites ISO 8601 durations in a library message (<c>PT1H</c>, <c>P0D</c>, <c>PT1H30M</c>) as <c>1 h</c>, <c>0 min</c>, <c>1 h 30 min</c>.</summary>
    public static string Durations(string text) => IsoDuration().Replace(text, m =>
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(m.Value);
        if (!parsed.Success)
        {
            return m.Value;
        }

        var p = parsed.Value;
        var parts = new List<string>();
        if (p.Days != 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, "{0} day{1}", p.Days, p.Days == 1 ? string.Empty : "s"));
        }

        if (p.Hours != 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, "{0} h", p.Hours));
        }

        if (p.Minutes != 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, "{0} min", p.Minutes));
        }

        if (p.Seconds != 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, "{0} s", p.Seconds));
        }

        return parts.Count == 0 ? "0 min" : string.Join(" ", parts);
    });

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

    [GeneratedRegex(@"REVIEW-MECHANISMS\.md(?: §[0-9][0-9.]*[0-9]| §[0-9])?", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewMechanismsCitation();

    [GeneratedRegex(@"\bP(?=\d|T\d)(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDuration();
}
