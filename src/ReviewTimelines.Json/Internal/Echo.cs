using System.Globalization;
using System.Text;

namespace ReviewTimelines.Json.Internal;

/// <summary>Words a value from the file for a message: control characters escaped, long values cut.</summary>
/// <remarks>A message must never carry a line break, a terminal escape sequence or a bidirectional override from the
/// file (they would forge lines or recolour a terminal), nor a value of megabytes: C0 and C1 controls, DEL, U+2028/9
/// and the bidi controls become <c>\uXXXX</c>, and a value longer than <see cref="MaxShown"/> characters shows its
/// first <see cref="MaxShown"/> followed by <c>… (N characters)</c>.</remarks>
internal static class Echo
{
    /// <summary>The most characters of a value a message shows.</summary>
    internal const int MaxShown = 80;

    /// <summary>Escapes and cuts <paramref name="value"/> for a message.</summary>
    internal static string Value(string value) => Escape(value, MaxShown);

    /// <summary>Escapes the unsafe characters of a whole message (values inside it are already bounded by the limits).</summary>
    internal static string Message(string message) => Escape(message, int.MaxValue);

    private static string Escape(string value, int max)
    {
        var cut = value.Length > max;
        var shown = cut ? value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)] : value;
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

    /// <summary>Tells whether a character may not appear as is in a line of output: C0/C1 controls, DEL, line and paragraph separators, bidi controls, and surrogates (a caller keeps valid pairs).</summary>
    internal static bool IsUnsafe(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || char.IsSurrogate(c);
}
