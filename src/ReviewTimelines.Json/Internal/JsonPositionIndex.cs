using System.Globalization;
using System.Text.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Internal;

/// <summary>Maps every JSON path of a document to the line and column where its value starts, built in one reader pass.</summary>
/// <remarks>JsonElement carries no position, so the reader keeps its own index; a syntax error becomes a <see cref="TimetableFormatException"/>.</remarks>
internal sealed class JsonPositionIndex
{
    private readonly Dictionary<string, (int Line, int Column)> positions;

    private JsonPositionIndex(Dictionary<string, (int Line, int Column)> positions, long bytesScanned)
    {
        this.positions = positions;
        BytesScanned = bytesScanned;
    }

    /// <summary>Gets how many bytes the column computation examined while building; at most the document length, so building stays linear even when the whole document is one line.</summary>
    internal long BytesScanned { get; }

    internal static JsonReaderOptions ReaderOptions => new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>Builds the index, or throws on malformed JSON naming the path, line and column of the first syntax error.</summary>
    internal static JsonPositionIndex Build(ReadOnlySpan<byte> utf8)
    {
        var lineStarts = LineStarts(utf8);
        var cursor = new ColumnCursor();
        var positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        var path = ValuePath(frames, pendingName);
                        pendingName = null;
                        positions.TryAdd(path, cursor.Position(utf8, lineStarts, checked((int)reader.TokenStartIndex)));
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var path = frames.Count == 0 ? "$" : pendingName is null ? frames.Peek().Path : JsonPaths.Property(frames.Peek().Path, pendingName);
            var line = checked((int)(e.LineNumber ?? 0));
            var bytes = checked((int)(e.BytePositionInLine ?? 0));
            var column = line < lineStarts.Count ? Column(utf8, lineStarts[line], Math.Min(lineStarts[line] + bytes, utf8.Length)) : 1;
            var message = "malformed JSON: " + TrimParserMessage(e.Message);
            throw new TimetableFormatException([new TimetableFormatProblem(ProblemSeverity.Error, path, line + 1, column, message)], e);
        }

        return new JsonPositionIndex(positions, cursor.BytesScanned);
    }

    /// <summary>Gets the position of <paramref name="path"/>, or of its nearest ancestor present in the document.</summary>
    internal (int Line, int Column) Find(string path)
    {
        var current = path;
        while (true)
        {
            if (positions.TryGetValue(current, out var position))
            {
                return position;
            }

            var parent = JsonPaths.Parent(current);
            if (parent is null)
            {
                return (0, 0);
            }

            current = parent;
        }
    }

    private static string ValuePath(Stack<Frame> frames, string? pendingName)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var top = frames.Peek();
        if (top.IsArray)
        {
            top.Index++;
            return JsonPaths.Index(top.Path, top.Index);
        }

        return JsonPaths.Property(top.Path, pendingName ?? string.Empty);
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    // Counts Unicode scalar values (UTF-8 lead bytes) between the line start and the offset.
    private static int Column(ReadOnlySpan<byte> utf8, int lineStart, int offset)
    {
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }

    private static string TrimParserMessage(string message)
    {
        // System.Text.Json appends " LineNumber: n | BytePositionInLine: m." which the problem states better.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        return text.TrimEnd('.', ' ');
    }

    // Token offsets only grow, so the column of each token is counted on from the previous token's
    // column instead of from the line start: rescanning a long line (a one-line document) per token was quadratic.
    private sealed class ColumnCursor
    {
        private int line = -1;
        private int offset;
        private int column;

        public long BytesScanned { get; private set; }

        public (int Line, int Column) Position(ReadOnlySpan<byte> utf8, List<int> lineStarts, int target)
        {
            var targetLine = lineStarts.BinarySearch(target);
            targetLine = targetLine >= 0 ? targetLine : ~targetLine - 1;
            if (targetLine != line || target < offset)
            {
                line = targetLine;
                offset = lineStarts[targetLine];
                column = 1;
            }

            column += Column(utf8, offset, target) - 1;
            BytesScanned += target - offset;
            offset = target;
            return (line + 1, column);
        }
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;
    }
}

/// <summary>Builds and splits the JSON paths used in problems (<c>$.a.b[2]</c>, <c>$['odd name']</c>).</summary>
internal static class JsonPaths
{
    internal static string Property(string parent, string name) =>
        IsPlain(name) ? parent + "." + name : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    internal static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    internal static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        if (path.EndsWith(']'))
        {
            var open = path.EndsWith("']", StringComparison.Ordinal) ? path.LastIndexOf("['", StringComparison.Ordinal) : path.LastIndexOf('[');
            return open > 0 ? path[..open] : null;
        }

        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : null;
    }

    internal static bool IsAtOrBelow(string path, string ancestor) =>
        path.Length == ancestor.Length
            ? string.Equals(path, ancestor, StringComparison.Ordinal)
            : path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[';

    private static bool IsPlain(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
