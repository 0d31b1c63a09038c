using System.Text.Json;

namespace ReviewTimelines.Json.Internal;

/// <summary>A JSON value of a file as written: its kind and its byte span in the file's UTF-8 text, with the members of an object and the items of an array.</summary>
/// <remarks>Spans are half-open <c>[Start, End)</c> byte offsets; comments and whitespace between values are not part of any value.</remarks>
internal sealed class SourceNode
{
    public SourceNode(JsonTokenType kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonTokenType Kind { get; }

    public int Start { get; }

    public int End { get; set; }

    /// <summary>Gets the members of an object, in file order (empty for other kinds).</summary>
    public List<SourceMember> Members { get; } = [];

    /// <summary>Gets the items of an array, in file order (empty for other kinds).</summary>
    public List<SourceNode> Items { get; } = [];

    /// <summary>Gets the decoded value of a string.</summary>
    public string? Text { get; init; }

    public SourceMember? Member(string name)
    {
        // The last of duplicate names wins, as the reader's object model does.
        for (var i = Members.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Members[i].Name, name, StringComparison.Ordinal))
            {
                return Members[i];
            }
        }

        return null;
    }
}

/// <summary>A member of an object as written: its name, where the name starts, and its value.</summary>
internal sealed record SourceMember(string Name, int NameStart, SourceNode Value);

/// <summary>Parses UTF-8 JSON text (comments and trailing commas allowed, as the reader allows them) into <see cref="SourceNode"/>s with their spans.</summary>
internal static class SourceTree
{
    public static SourceNode Parse(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = maxDepth });
        if (!reader.Read())
        {
            throw new JsonException("The file holds no JSON value.");
        }

        return ReadValue(ref reader);
    }

    private static SourceNode ReadValue(ref Utf8JsonReader reader)
    {
        var start = checked((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new SourceNode(JsonTokenType.StartObject, start);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString() ?? string.Empty;
                    var nameStart = checked((int)reader.TokenStartIndex);
                    reader.Read();
                    node.Members.Add(new SourceMember(name, nameStart, ReadValue(ref reader)));
                }

                node.End = checked((int)reader.TokenStartIndex + 1);
                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new SourceNode(JsonTokenType.StartArray, start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader));
                }

                node.End = checked((int)reader.TokenStartIndex + 1);
                return node;
            }

            case JsonTokenType.String:
                return new SourceNode(JsonTokenType.String, start) { Text = reader.GetString(), End = checked((int)reader.BytesConsumed) };
            default:
                return new SourceNode(reader.TokenType, start) { End = checked((int)reader.BytesConsumed) };
        }
    }
}
