using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewTimelines.Json.Internal;

/// <summary>Edits a JSON file's text so that it says what a new canonical text says, touching only what differs between the old and the new canonical text.</summary>
/// <remarks>
/// <para>
/// Three texts meet: the file as written (<c>source</c>, any layout, comments, order), the canonical text of what was
/// read from it (<c>before</c>) and the canonical text of the changed timetable (<c>after</c>). Where <c>before</c> and
/// <c>after</c> agree nothing is touched. Where they differ, the walk goes down objects by property name and down
/// arrays of objects by their key (<c>id</c>, <c>code</c> or <c>reference</c>), so an item is found wherever the file
/// put it; a changed leaf, or a place where the file's shape does not match, is replaced whole by the new canonical
/// value, indented like the line it sits on. Members and items that are new are appended after the last one of their
/// object or array; removed ones are cut with their separator.
/// </para>
/// <para>The caller checks the result by reading it again: the splice is a text edit, not a proof.</para>
/// </remarks>
internal sealed class JsonSplicer
{
    private static readonly string[] KeyNames = ["id", "code", "reference"];

    private readonly byte[] source;
    private readonly List<(int Start, int End, string Text)> edits = [];
    private readonly string newLine;
    private readonly char indentCharacter;
    private readonly int indentSize;

    private JsonSplicer(byte[] source)
    {
        this.source = source;
        newLine = source.AsSpan().IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n";
        (indentCharacter, indentSize) = DetectIndent(source);
    }

    /// <summary>Returns <paramref name="source"/> (UTF-8 without a BOM) edited from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static byte[] Splice(byte[] source, SourceNode root, JsonNode before, JsonNode after)
    {
        var splicer = new JsonSplicer(source);
        splicer.Diff(before, after, root);
        return splicer.Apply();
    }

    private void Diff(JsonNode? before, JsonNode? after, SourceNode node)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }

        if (before is JsonObject a && after is JsonObject b && node.Kind == JsonTokenType.StartObject && node.Members.Count > 0)
        {
            DiffObject(a, b, node);
        }
        else if (before is JsonArray aa && after is JsonArray ba && node.Kind == JsonTokenType.StartArray && KeyOf(aa, ba, node) is { } key)
        {
            DiffArray(aa, ba, node, key);
        }
        else
        {
            Replace(node, after);
        }
    }

    private void DiffObject(JsonObject before, JsonObject after, SourceNode node)
    {
        var removed = new HashSet<int>();
        var added = new List<(string Name, JsonNode? Value)>();
        foreach (var (name, value) in before)
        {
            if (!after.ContainsKey(name) && node.Member(name) is { } member)
            {
                removed.Add(node.Members.IndexOf(member));
            }
        }

        foreach (var (name, value) in after)
        {
            var member = node.Member(name);
            if (member is null)
            {
                // A value the file leaves out and the canonical text spells (a default, a derived value) is only written when it changed.
                if (!before.TryGetPropertyValue(name, out var old) || !JsonNode.DeepEquals(old, value))
                {
                    added.Add((name, value));
                }
            }
            else if (!before.TryGetPropertyValue(name, out var old))
            {
                Replace(member.Value, value);
            }
            else
            {
                Diff(old, value, member.Value);
            }
        }

        if (removed.Count == node.Members.Count)
        {
            Replace(node, after);
            return;
        }

        Remove(node.Members.Select(m => (m.NameStart, m.Value.End)).ToList(), removed);
        if (added.Count > 0)
        {
            var last = node.Members[^1];
            Append(last.NameStart, last.Value.End, added.Select(m => JsonSerializer.Serialize(m.Name, Options(false)) + ": " + Text(m.Value, IndentAt(last.NameStart))));
        }
    }

    private void DiffArray(JsonArray before, JsonArray after, SourceNode node, string key)
    {
        var items = node.Items.ToDictionary(i => i.Member(key)!.Value.Text!, StringComparer.Ordinal);
        var beforeKeys = before.ToDictionary(i => (string)i![key]!, StringComparer.Ordinal);
        var afterKeys = after.Select(i => (string)i![key]!).ToHashSet(StringComparer.Ordinal);
        var removed = new HashSet<int>();
        foreach (var (id, _) in beforeKeys)
        {
            if (!afterKeys.Contains(id))
            {
                removed.Add(node.Items.IndexOf(items[id]));
            }
        }

        var added = new List<JsonNode?>();
        foreach (var item in after)
        {
            var id = (string)item![key]!;
            if (beforeKeys.TryGetValue(id, out var old))
            {
                Diff(old, item, items[id]);
            }
            else
            {
                added.Add(item);
            }
        }

        if (removed.Count == node.Items.Count)
        {
            Replace(node, after);
            return;
        }

        Remove(node.Items.Select(i => (i.Start, i.End)).ToList(), removed);
        if (added.Count > 0)
        {
            var last = node.Items[^1];
            Append(last.Start, last.End, added.Select(i => Text(i, IndentAt(last.Start))));
        }
    }

    // The key that names every item: each item of before, after and the file is an object with that string property,
    // and the keys are unique in each and the file holds every key of before.
    private static string? KeyOf(JsonArray before, JsonArray after, SourceNode node)
    {
        if (node.Items.Count == 0)
        {
            return null;
        }

        foreach (var key in KeyNames)
        {
            static bool Named(JsonNode? n, string key) => n is JsonObject o && o.TryGetPropertyValue(key, out var v) && v is JsonValue value && value.GetValueKind() == JsonValueKind.String;
            if (!before.All(i => Named(i, key)) || !after.All(i => Named(i, key)) || !node.Items.All(i => i.Member(key)?.Value.Text is not null))
            {
                continue;
            }

            var fileKeys = node.Items.Select(i => i.Member(key)!.Value.Text!).ToList();
            var beforeKeys = before.Select(i => (string)i![key]!).ToList();
            var afterKeys = after.Select(i => (string)i![key]!).ToList();
            if (Unique(fileKeys) && Unique(beforeKeys) && Unique(afterKeys) && beforeKeys.All(fileKeys.Contains) && fileKeys.Count == beforeKeys.Count)
            {
                return key;
            }
        }

        return null;
    }

    private static bool Unique(List<string> keys) => keys.Distinct(StringComparer.Ordinal).Count() == keys.Count;

    // Cuts the removed entries (member or item spans, in file order) with one separator each: an entry after a kept one
    // goes from the end of the entry before it; one before the first kept entry goes up to the start of the next.
    private void Remove(List<(int Start, int End)> entries, HashSet<int> removed)
    {
        var firstKept = Enumerable.Range(0, entries.Count).First(i => !removed.Contains(i));
        foreach (var i in removed)
        {
            edits.Add(i < firstKept ? (entries[i].Start, entries[i + 1].Start, string.Empty) : (entries[i - 1].End, entries[i].End, string.Empty));
        }
    }

    // New entries go after the last one, on lines of their own when the last one is on a line of its own.
    private void Append(int lastStart, int lastEnd, IEnumerable<string> entries)
    {
        var indent = IndentAt(lastStart);
        var builder = new StringBuilder();
        foreach (var entry in entries)
        {
            builder.Append(',').Append(indent is null ? " " : newLine + indent).Append(entry);
        }

        edits.Add((lastEnd, lastEnd, builder.ToString()));
    }

    private void Replace(SourceNode node, JsonNode? value) => edits.Add((node.Start, node.End, Text(value, LineIndent(node.Start))));

    // The value's canonical text with the file's indentation unit and newlines; lines after the first are indented by
    // the indentation of the line the value starts on; null indentation (an entry that shares its line) keeps it on one line.
    private string Text(JsonNode? value, string? indent)
    {
        var text = value is null ? "null" : value.ToJsonString(Options(indent is not null));
        return indent is null ? text : text.Replace("\n", newLine + indent, StringComparison.Ordinal);
    }

    private JsonSerializerOptions Options(bool indented) => new()
    {
        WriteIndented = indented,
        IndentCharacter = indentCharacter,
        IndentSize = indentSize,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // The whitespace before position on its line, or null when something else precedes it there.
    private string? IndentAt(int position)
    {
        var lineStart = position;
        while (lineStart > 0 && source[lineStart - 1] != (byte)'\n')
        {
            lineStart--;
        }

        for (var i = lineStart; i < position; i++)
        {
            if (source[i] is not ((byte)' ' or (byte)'\t'))
            {
                return null;
            }
        }

        return Encoding.UTF8.GetString(source, lineStart, position - lineStart);
    }

    // The leading whitespace of the line position is on.
    private string LineIndent(int position)
    {
        var lineStart = position;
        while (lineStart > 0 && source[lineStart - 1] != (byte)'\n')
        {
            lineStart--;
        }

        var end = lineStart;
        while (end < position && source[end] is (byte)' ' or (byte)'\t')
        {
            end++;
        }

        return Encoding.UTF8.GetString(source, lineStart, end - lineStart);
    }

    private byte[] Apply()
    {
        var output = new List<byte>(source.Length + 256);
        var at = 0;
        foreach (var (start, end, text) in edits.OrderBy(e => e.Start).ThenBy(e => e.End))
        {
            if (start < at)
            {
                throw new InvalidOperationException("Two edits of the file overlap.");
            }

            output.AddRange(source.AsSpan(at, start - at));
            output.AddRange(Encoding.UTF8.GetBytes(text));
            at = end;
        }

        output.AddRange(source.AsSpan(at));
        return [.. output];
    }

    // The unit of the first indented line: a tab, or the number of spaces (2 when nothing is indented).
    private static (char Character, int Size) DetectIndent(byte[] source)
    {
        var text = source.AsSpan();
        var newLineAt = text.IndexOf((byte)'\n');
        while (newLineAt >= 0 && newLineAt + 1 < text.Length)
        {
            var rest = text[(newLineAt + 1)..];
            if (rest[0] == (byte)'\t')
            {
                return ('\t', 1);
            }

            var spaces = rest.IndexOfAnyExcept((byte)' ');
            if (spaces > 0 && rest[spaces] is not ((byte)'\r' or (byte)'\n'))
            {
                return (' ', Math.Min(spaces, 127));
            }

            text = rest;
            newLineAt = text.IndexOf((byte)'\n');
        }

        return (' ', 2);
    }
}
