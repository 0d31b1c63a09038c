using System.Buffers;
using System.Globalization;
using System.Text;
using ReviewTimelines.ICalendar.Import;

namespace ReviewTimelines.ICalendar.Internal.Parsing;

/// <summary>Splits iCalendar input into unfolded content lines, checking the size limits; bytes are unfolded on octets, then decoded.</summary>
/// <remarks>
/// RFC 5545 §3.1: a long line may be split "at any octet", even inside a UTF-8 sequence, so unfolding comes first
/// and decoding second (icalendar/icalendar #238). iCalendar is UTF-8 (§3.1.4); bytes that are not UTF-8 are an error
/// naming the first bad line, never U+FFFD. UTF-16 and UTF-32 are decoded when a byte order mark names them.
/// </remarks>
internal static class IcsLines
{
    /// <summary>Unfolds and decodes bytes.</summary>
    /// <exception cref="IcsImportException">A size limit is exceeded, or the bytes are not UTF-8 (nor UTF-16/32 with a BOM).</exception>
    internal static List<LogicalLine> FromBytes(ReadOnlySpan<byte> bytes, IcsImportLimits limits)
    {
        if (bytes.Length > limits.MaxInputLength)
        {
            throw Stream("The input has {0} bytes, more than the limit of {1} (IcsImportLimits.MaxInputLength).", bytes.Length, limits.MaxInputLength);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (ByteOrderMark(bytes) is { } bom)
        {
            string text;
            try
            {
                text = bom.Encoding.GetString(bytes[bom.Length..]);
            }
            catch (DecoderFallbackException e)
            {
                throw new IcsImportException([Problem(1, string.Format(CultureInfo.InvariantCulture, "The input starts with a {0} byte order mark but is not valid {0}.", bom.Encoding.WebName))], e);
            }

            return FromText(text, limits);
        }

        var lines = new List<LogicalLine>();
        var logical = new ArrayBufferWriter<byte>();
        var starts = new List<(int Offset, int Line)>();
        var number = 0;
        foreach (var (start, length) in PhysicalLines(bytes))
        {
            number++;
            var line = bytes.Slice(start, length);
            CheckLength(line.Length, number, limits);
            if (line.Length > 0 && (line[0] == (byte)' ' || line[0] == (byte)'\t') && starts.Count > 0)
            {
                if (logical.WrittenCount + line.Length - 1 > limits.MaxUnfoldedLineLength)
                {
                    throw Stream("The content line starting at line {0} is longer than the limit of {1} after unfolding (IcsImportLimits.MaxUnfoldedLineLength).", starts[0].Line, limits.MaxUnfoldedLineLength);
                }

                starts.Add((logical.WrittenCount, number));
                logical.Write(line[1..]);
                continue;
            }

            Flush(lines, logical, starts);
            if (line.Length > 0)
            {
                starts.Add((0, number));
                logical.Write(line);
            }
        }

        Flush(lines, logical, starts);
        return lines;
    }

    /// <summary>Unfolds text that is already decoded.</summary>
    /// <exception cref="IcsImportException">A size limit is exceeded.</exception>
    internal static List<LogicalLine> FromText(string text, IcsImportLimits limits)
    {
        if (text.Length > limits.MaxInputLength)
        {
            throw Stream("The input has {0} characters, more than the limit of {1} (IcsImportLimits.MaxInputLength).", text.Length, limits.MaxInputLength);
        }

        var span = text.AsSpan();
        if (span.Length > 0 && span[0] == '\uFEFF')
        {
            span = span[1..];
        }

        var lines = new List<LogicalLine>();
        var logical = new StringBuilder();
        var logicalStart = 0;
        var number = 0;
        foreach (var (start, length) in PhysicalLines(span))
        {
            number++;
            var line = span.Slice(start, length);
            CheckLength(line.Length, number, limits);
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && logical.Length > 0)
            {
                if (logical.Length + line.Length - 1 > limits.MaxUnfoldedLineLength)
                {
                    throw Stream("The content line starting at line {0} is longer than the limit of {1} after unfolding (IcsImportLimits.MaxUnfoldedLineLength).", logicalStart, limits.MaxUnfoldedLineLength);
                }

                logical.Append(line[1..]);
                continue;
            }

            if (logical.Length > 0)
            {
                lines.Add(new LogicalLine(logical.ToString(), logicalStart));
                logical.Clear();
            }

            logical.Append(line);
            logicalStart = number;
        }

        if (logical.Length > 0)
        {
            lines.Add(new LogicalLine(logical.ToString(), logicalStart));
        }

        return lines;
    }

    private static void Flush(List<LogicalLine> lines, ArrayBufferWriter<byte> logical, List<(int Offset, int Line)> starts)
    {
        if (starts.Count == 0)
        {
            return;
        }

        var bytes = logical.WrittenSpan;
        var bad = FirstInvalidUtf8(bytes);
        if (bad >= 0)
        {
            var line = starts.Last(s => s.Offset <= bad).Line;
            throw new IcsImportException([Problem(line, string.Format(
                CultureInfo.InvariantCulture,
                "Line {0} is not UTF-8: the byte 0x{1:X2} cannot start or continue a UTF-8 character. iCalendar text is UTF-8 (RFC 5545 §3.1.4); this looks like a Latin-1 or Windows-1252 file: save it as UTF-8.",
                line,
                bytes[bad]))]);
        }

        lines.Add(new LogicalLine(Encoding.UTF8.GetString(bytes), starts[0].Line));
        logical.ResetWrittenCount();
        starts.Clear();
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    private static void CheckLength(int length, int number, IcsImportLimits limits)
    {
        if (length > limits.MaxLineLength)
        {
            throw Stream("Line {0} has {1} characters, more than the limit of {2} (IcsImportLimits.MaxLineLength).", number, length, limits.MaxLineLength);
        }
    }

    private static List<(int Start, int Length)> PhysicalLines<T>(ReadOnlySpan<T> text)
        where T : IEquatable<T>, IConvertible
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i].ToInt32(CultureInfo.InvariantCulture);
            if (c == '\r' || c == '\n')
            {
                result.Add((start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1].ToInt32(CultureInfo.InvariantCulture) == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            result.Add((start, text.Length - start));
        }

        return result;
    }

    private static (Encoding Encoding, int Length)? ByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4)
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) ? (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4)
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2)
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2)
        : null;

    private static IcsProblem Problem(int line, string message) =>
        new(IcsProblemSeverity.Error, null, "(stream)", message) { Line = line };

    private static IcsImportException Stream(string format, params object[] args) =>
        new([new IcsProblem(IcsProblemSeverity.Error, null, "(stream)", string.Format(CultureInfo.InvariantCulture, format, args))]);
}
