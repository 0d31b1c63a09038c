using System.Text;

namespace ReviewTimelines.Cli.Output;

/// <summary>A plain, aligned text table (columns padded with spaces, a dashed rule under the header).</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public int Count => rows.Count;

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException("A row needs one cell per column.", nameof(cells));
        }

        rows.Add(cells);
        return this;
    }

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Line(headers, widths));
        writer.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    public void WriteMarkdown(TextWriter writer)
    {
        writer.WriteLine("| " + string.Join(" | ", headers.Select(Escape)) + " |");
        writer.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
        }
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Line(string[] cells, int[] widths)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                builder.Append("  ");
            }

            builder.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }

        return builder.ToString().TrimEnd();
    }
}
