using System.Globalization;
using System.Text;

namespace ReviewTimelines.Cli.Output;

/// <summary>Makes text from files safe to show in a terminal, a text table or markdown: control characters escaped, long echoed values cut.</summary>
/// <remarks>Names, notes, ids and summaries come from other people's files. A newline or carriage return in one would
/// forge a row of the table output, an escape sequence (ESC) would recolour or rewrite the terminal, a bidirectional
/// override would reorder what the reader sees. Every C0 and C1 control, DEL, U+2028/U+2029, the bidi controls
/// (U+061C, U+200E/F, U+202A–E, U+2066–9) and lone surrogates become <c>\uXXXX</c>; nothing else changes.</remarks>
internal static class SafeText
{
    /// <summary>The most characters of an echoed value shown in a message.</summary>
    public const int MaxEchoed = 80;

    /// <summary>Escapes every unsafe character of <paramref name="text"/>.</summary>
    public static string Escape(string? text) => text is null ? string.Empty : Escape(text, int.MaxValue);

    /// <summary>Escapes <paramref name="value"/> and cuts it to its first <see cref="MaxEchoed"/> characters followed by <c>… (N characters)</c> when longer.</summary>
    public static string Echo(string value) => Escape(value, MaxEchoed);

    /// <summary>Tells whether <paramref name="c"/> may not appear as is in a line of output (a surrogate counts; <see cref="Escape(string?)"/> keeps valid pairs).</summary>
    public static bool IsUnsafe(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || char.IsSurrogate(c);

    private static string Escape(string value, int max)
    {
        var cut = value.Length > max;
        var shown = cut ? value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)] : value;
        if (!cut && !shown.Any(IsUnsafe))
        {
            return value;
        }

        var builder = new StringBuilder(shown.Length + 16);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                builder.Append(c).Append(shown[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        if (cut)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\u2026 ({value.Length} characters)");
        }

        return builder.ToString();
    }
}
