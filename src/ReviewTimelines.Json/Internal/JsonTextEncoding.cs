using System.Globalization;
using System.Text;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Internal;

/// <summary>Turns the bytes of a timetable file into UTF-8 without a byte order mark, or refuses them (RFC 8259 §8.1).</summary>
/// <remarks>
/// UTF-8 (with or without a BOM) is read as it is; UTF-16 and UTF-32 are decoded only when a BOM says so; any other
/// bytes that are not valid UTF-8 (a Latin-1 or Windows-1252 file) are an error naming the first bad line, never
/// silently replaced by U+FFFD.
/// </remarks>
internal static class JsonTextEncoding
{
    /// <summary>Returns UTF-8 bytes without a BOM.</summary>
    /// <exception cref="TimetableFormatException">The bytes are neither UTF-8 nor UTF-16/32 with a BOM, or the BOM's encoding is broken.</exception>
    internal static ReadOnlySpan<byte> ToUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (BomEncoding(bytes) is { } bom)
        {
            try
            {
                return Encoding.UTF8.GetBytes(bom.Encoding.GetString(bytes[bom.BomLength..]));
            }
            catch (DecoderFallbackException e)
            {
                throw Refuse(1, string.Format(CultureInfo.InvariantCulture, "the file starts with a {0} byte order mark but is not valid {0}", bom.Encoding.WebName), e);
            }
        }

        var index = FirstInvalidUtf8(bytes);
        if (index >= 0)
        {
            var line = 1 + bytes[..index].Count((byte)'\n');
            throw Refuse(line, string.Format(CultureInfo.InvariantCulture, "the file is not UTF-8: line {0} has the byte 0x{1:X2}, which is not valid UTF-8 (a Latin-1 or Windows-1252 file?); save the file as UTF-8", line, bytes[index]), null);
        }

        return bytes;
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

            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    private static (Encoding Encoding, int BomLength)? BomEncoding(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4)
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) ? (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4)
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2)
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2)
        : null;

    private static TimetableFormatException Refuse(int line, string message, Exception? inner) =>
        new([new TimetableFormatProblem(ProblemSeverity.Error, "$", line, 1, message)], inner);
}
