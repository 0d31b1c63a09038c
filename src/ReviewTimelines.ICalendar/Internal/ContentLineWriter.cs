using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Writes RFC 5545 content lines: CRLF endings, folding at 75 octets without splitting UTF-8 sequences (§3.1), TEXT escaping (§3.3.11).</summary>
internal sealed class ContentLineWriter
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private readonly StringBuilder output = new();

    internal static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    internal static string Utc(Instant instant) => LocalPattern.Format(instant.InUtc().LocalDateTime) + "Z";

    internal static string Local(LocalDateTime local) => LocalPattern.Format(local);

    internal static string Date(LocalDate date) => DatePattern.Format(date);

    /// <summary>Formats a UTC offset as <c>+HHMM</c> or <c>+HHMMSS</c> (RFC 5545 §3.3.14), e.g. <c>+0545</c>.</summary>
    internal static string UtcOffset(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? "-" : "+";
        seconds = Math.Abs(seconds);
        var text = string.Format(CultureInfo.InvariantCulture, "{0}{1:00}{2:00}", sign, seconds / 3600, seconds / 60 % 60);
        return seconds % 60 == 0 ? text : text + (seconds % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a non-negative exact duration as RFC 5545 §3.3.6 DUR-VALUE (<c>P1D</c>, <c>PT1H30M</c>).</summary>
    internal static string DurationValue(Duration duration)
    {
        var sign = duration < Duration.Zero ? "-" : string.Empty;
        var total = (long)Math.Abs(duration.TotalSeconds);
        if (total % 86400 == 0 && total > 0)
        {
            return string.Format(CultureInfo.InvariantCulture, "{0}P{1}D", sign, total / 86400);
        }

        var builder = new StringBuilder(sign + "PT");
        if (total / 3600 > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{total / 3600}H");
        }

        if (total / 60 % 60 > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{total / 60 % 60}M");
        }

        if (total % 60 > 0 || total == 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{total % 60}S");
        }

        return builder.ToString();
    }

    internal void Line(string nameAndParameters, string value)
    {
        var line = nameAndParameters + ":" + value;
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
                limit = 75;
            }

            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        output.Append("\r\n");
    }

    public override string ToString() => output.ToString();
}
