using System.Text;

namespace ReviewTimelines.Cli.Output;

/// <summary>A text writer for the tool's text and markdown output and its messages: every line is written through <see cref="SafeText.Escape(string?)"/>.</summary>
/// <remarks>Only <c>WriteLine</c> ends a line, so no text written (a name with a newline, an ESC sequence) can start a line
/// the tool did not write. JSON output, which System.Text.Json already escapes, goes through <see cref="WriteRaw"/>.</remarks>
internal sealed class SafeTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private TextWriter Inner => inner;

    public override Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>Writes text that is already safe (JSON from <see cref="System.Text.Json.Utf8JsonWriter"/>), as is.</summary>
    public static void WriteRaw(TextWriter writer, string text)
    {
        if (writer is SafeTextWriter safe)
        {
            safe.Inner.Write(text);
        }
        else
        {
            writer.Write(text);
        }
    }

    public override void Write(char value) => inner.Write(SafeText.IsUnsafe(value) ? SafeText.Escape(value.ToString()) : value.ToString());

    public override void Write(string? value) => inner.Write(SafeText.Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(SafeText.Escape(value));

    public override void Flush() => inner.Flush();
}
