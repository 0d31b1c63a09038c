using System.Text;

namespace ReviewTimelines.Cli.Output;

/// <summary>A write-only stream that decodes UTF-8 bytes onto a <see cref="TextWriter"/>, so JSON from a <see cref="System.Text.Json.Utf8JsonWriter"/> reaches the output as it is written, never as one string.</summary>
/// <remarks>A character split across two writes is kept by the decoder until its last byte arrives. Text goes to the
/// writer as is (<see cref="SafeTextWriter.WriteRaw"/>): JSON is already escaped.</remarks>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false, true).GetDecoder();
    private char[] chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = decoder.GetCharCount(buffer, flush: false);
        if (needed > chars.Length)
        {
            chars = new char[Math.Max(needed, chars.Length * 2)];
        }

        var n = decoder.GetChars(buffer, chars, flush: false);
        SafeTextWriter.WriteRaw(writer, new string(chars, 0, n));
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
