using System.Text;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Folds serialized content lines at 75 octets (RFC 5545 §3.1) on whole characters, never inside a UTF-8 sequence or a UTF-16 surrogate pair.</summary>
/// <remarks>Ical.Net 5.2.4 folds on UTF-16 units and can put the fold between the two halves of a surrogate pair (an
/// emoji or flag in a SUMMARY), which no encoder can write as UTF-8; the exporter unfolds its output and folds it again here.</remarks>
internal static class ContentLineFolder
{
    private const int MaxOctets = 75;

    /// <summary>Unfolds <paramref name="text"/> (CRLF lines) and folds every content line again on whole characters.</summary>
    internal static string Refold(string text)
    {
        var result = new StringBuilder(text.Length + (text.Length / 60));
        foreach (var line in Unfold(text))
        {
            Fold(line, result);
        }

        return result.ToString();
    }

    private static List<string> Unfold(string text)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var physical in text.Split("\r\n"))
        {
            if (physical.Length > 0 && physical[0] == ' ' && lines.Count + current.Length > 0)
            {
                current.Append(physical, 1, physical.Length - 1);
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
            }

            current.Clear().Append(physical);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    private static void Fold(string line, StringBuilder result)
    {
        var octets = 0;
        var i = 0;
        while (i < line.Length)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
            var bytes = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + bytes > MaxOctets)
            {
                result.Append("\r\n ");
                octets = 1;
            }

            result.Append(line, i, length);
            octets += bytes;
            i += length;
        }

        result.Append("\r\n");
    }
}
