using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.ICalendar.Internal.Parsing;

/// <summary>Parses property values (RFC 5545 §3.3) with NodaTime patterns and Ical.Net's DURATION parser; every failure is a sentence, never an exception.</summary>
internal static class IcsValueParser
{
    /// <summary>The first year a date value may have (Ical.Net's and .NET's <see cref="System.DateTime"/> range; computations near the ends are guarded where they happen).</summary>
    internal const int MinYear = 1;

    /// <summary>The last year a date value may have.</summary>
    internal const int MaxYear = 9999;

    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <summary>Parses a DATE or DATE-TIME value; <paramref name="tzid"/> applies to a DATE-TIME without <c>Z</c>.</summary>
    internal static IcsDateTime? DateTime(string text, string? tzid, out string? error)
    {
        text = text.Trim();
        var utc = text.EndsWith('Z') || text.EndsWith('z');
        var core = utc ? text[..^1] : text;
        if (core.Length == 15 && DateTimePattern.Parse(core) is { Success: true } dt)
        {
            error = CheckYear(dt.Value.Year, text);
            return error is null ? new IcsDateTime(dt.Value, true, utc, utc ? null : tzid) : null;
        }

        if (!utc && core.Length == 8 && DatePattern.Parse(core) is { Success: true } d)
        {
            error = CheckYear(d.Value.Year, text);
            return error is null ? new IcsDateTime(d.Value.AtMidnight(), false, false, null) : null;
        }

        error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS, optionally ending in Z) value (RFC 5545 §3.3.4, §3.3.5)", Shorten(text));
        return null;
    }

    /// <summary>Parses a DURATION value into nominal days and an exact part (RFC 5545 §3.3.6).</summary>
    internal static (int Sign, int Days, Duration Exact)? Duration(string text, out string? error)
    {
        Ical.Net.DataTypes.Duration? parsed;
        try
        {
            parsed = Ical.Net.DataTypes.Duration.Parse(text.Trim());
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            parsed = null;
        }

        if (parsed is not { } d)
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a DURATION value such as PT1H30M or P2D (RFC 5545 §3.3.6)", Shorten(text));
            return null;
        }

        var days = (long)(d.Weeks ?? 0) * 7 + (d.Days ?? 0);
        var seconds = ((long)(d.Hours ?? 0) * 3600) + ((long)(d.Minutes ?? 0) * 60) + (d.Seconds ?? 0);
        const long MaxDays = 3_660_000;
        if (days > MaxDays || seconds / 86400 > MaxDays)
        {
            error = string.Format(CultureInfo.InvariantCulture, "the duration '{0}' is longer than the years the importer computes with ({1}–{2})", Shorten(text), MinYear, MaxYear);
            return null;
        }

        error = null;
        return (d.Sign < 0 ? -1 : 1, (int)days, NodaTime.Duration.FromSeconds(seconds));
    }

    /// <summary>Parses a UTC-OFFSET value (RFC 5545 §3.3.14): <c>+HHMM</c> or <c>+HHMMSS</c>.</summary>
    internal static Offset? UtcOffset(string text, out string? error)
    {
        text = text.Trim();
        var pattern = text.Length == 7 ? OffsetPattern.CreateWithInvariantCulture("+HHmmss") : OffsetPattern.CreateWithInvariantCulture("+HHmm");
        if (text.Length is 5 or 7 && pattern.Parse(text) is { Success: true } offset)
        {
            error = null;
            return offset.Value;
        }

        error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a UTC offset such as +0100 (RFC 5545 §3.3.14)", Shorten(text));
        return null;
    }

    /// <summary>Splits a list value at commas (values that cannot contain commas: dates, periods).</summary>
    internal static string[] List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Splits a TEXT list at unescaped commas and unescapes each value (RFC 5545 §3.3.11).</summary>
    internal static List<string> TextList(string value)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                current.Append(value[++i] switch { 'n' or 'N' => '\n', var c => c });
            }
            else if (value[i] == ',')
            {
                result.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(value[i]);
            }
        }

        result.Add(current.ToString());
        return result.Where(s => s.Length > 0).ToList();
    }

    /// <summary>Unescapes a TEXT value (RFC 5545 §3.3.11).</summary>
    internal static string Text(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                result.Append(value[++i] switch { 'n' or 'N' => '\n', var c => c });
            }
            else
            {
                result.Append(value[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>Shortens a value for a message: the first 80 characters and the length.</summary>
    internal static string Shorten(string text) =>
        text.Length <= 80 ? text : string.Format(CultureInfo.InvariantCulture, "{0}... ({1} characters)", text[..80], text.Length);

    private static string? CheckYear(int year, string text) =>
        year is >= MinYear and <= MaxYear
            ? null
            : string.Format(CultureInfo.InvariantCulture, "'{0}' is outside the years the importer computes with ({1}–{2})", text, MinYear, MaxYear);
}
