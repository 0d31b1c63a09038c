using System.Globalization;
using System.Text.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Internal;

/// <summary>Maps JSON paths of a document to the line and column where their values start.</summary>
/// <remarks>JsonElement carries no position, so the reader keeps its own index. <see cref="Check"/> validates the syntax
/// and the <see cref="TimetableReadLimits"/> in one pass that builds no path; positions are then looked up only for the
/// paths a problem names (the lazy build skips every other subtree),
/// so a file without problems costs no path strings at all.</remarks>
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

    internal static JsonReaderOptions ReaderOptions(int maxDepth) => new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = maxDepth };

    /// <summary>Checks the syntax and the limits in one linear pass, or throws naming the path, line and column of the first syntax error or crossed limit.</summary>
    internal static void Check(ReadOnlySpan<byte> utf8, TimetableReadLimits limits)
    {
        var counts = new List<int>();
        var arrays = new List<bool>();
        var values = 0;
        var reader = new Utf8JsonReader(utf8, ReaderOptions(limits.MaxDepth));
        try
        {
            while (reader.Read())
            {
                var offset = checked((int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (++counts[^1] > limits.MaxPropertiesPerObject)
                        {
                            throw Limit(utf8, offset, limits, string.Format(CultureInfo.InvariantCulture, "the object has more than {0} properties (TimetableReadLimits.MaxPropertiesPerObject)", limits.MaxPropertiesPerObject));
                        }

                        CheckLength(utf8, ref reader, offset, limits, "property name");
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        counts.RemoveAt(counts.Count - 1);
                        arrays.RemoveAt(arrays.Count - 1);
                        continue;
                }

                if (arrays.Count > 0 && arrays[^1] && ++counts[^1] > limits.MaxArrayLength)
                {
                    throw Limit(utf8, offset, limits, string.Format(CultureInfo.InvariantCulture, "the array has more than {0} elements (TimetableReadLimits.MaxArrayLength)", limits.MaxArrayLength));
                }

                if (++values > limits.MaxValues)
                {
                    throw Limit(utf8, offset, limits, string.Format(CultureInfo.InvariantCulture, "the file has more than {0} values (TimetableReadLimits.MaxValues)", limits.MaxValues));
                }

                if (reader.TokenType == JsonTokenType.String)
                {
                    CheckLength(utf8, ref reader, offset, limits, "string");
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    counts.Add(0);
                    arrays.Add(reader.TokenType == JsonTokenType.StartArray);
                }
            }
        }
        catch (JsonException)
        {
            // The path pass meets the same syntax error and words it with its path.
            Build(utf8, null, limits.MaxDepth);
            throw;
        }
    }

    /// <summary>Indexes every path of a document (tests), or throws on malformed JSON naming the path, line and column of the first syntax error.</summary>
    internal static JsonPositionIndex Build(ReadOnlySpan<byte> utf8) => Build(utf8, null, 64);

    /// <summary>Indexes the paths in <paramref name="wanted"/> and their ancestors (every path when null), skipping the other subtrees.</summary>
    internal static JsonPositionIndex Build(ReadOnlySpan<byte> utf8, IReadOnlyCollection<string>? wanted, int maxDepth = 64)
    {
        HashSet<string>? relevant = null;
        if (wanted is not null)
        {
            relevant = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in wanted)
            {
                for (var p = path; p is not null && relevant.Add(p); p = JsonPaths.Parent(p))
                {
                }
            }
        }

        var lineStarts = LineStarts(utf8);
        var cursor = new ColumnCursor();
        var positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(utf8, ReaderOptions(maxDepth));
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = Name(ref reader);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        var path = ValuePath(frames, pendingName);
                        pendingName = null;
                        var container = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                        if (relevant is not null && !relevant.Contains(path))
                        {
                            if (container)
                            {
                                reader.Skip();
                            }

                            break;
                        }

                        positions.TryAdd(path, cursor.Position(utf8, lineStarts, checked((int)reader.TokenStartIndex)));
                        if (container)
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
            var message = reader.CurrentDepth >= maxDepth - 1 && e.Message.Contains("maximum configured depth", StringComparison.Ordinal)
                ? string.Format(CultureInfo.InvariantCulture, "refused: objects and arrays are nested deeper than {0} (TimetableReadLimits.MaxDepth)", maxDepth)
                : "malformed JSON: " + TrimParserMessage(e.Message);
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

    private static void CheckLength(ReadOnlySpan<byte> utf8, ref Utf8JsonReader reader, int offset, TimetableReadLimits limits, string what)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > limits.MaxStringBytes)
        {
            throw Limit(utf8, offset, limits, string.Format(CultureInfo.InvariantCulture, "the {0} is {1} bytes long, more than {2} (TimetableReadLimits.MaxStringBytes)", what, length, limits.MaxStringBytes));
        }
    }

    // A crossed limit: find the path of the token at the offset (a second pass, paid only on failure) and place the problem there.
    private static TimetableFormatException Limit(ReadOnlySpan<byte> utf8, int offset, TimetableReadLimits limits, string message)
    {
        var (path, line, column) = PathAt(utf8, offset, limits.MaxDepth);
        return new TimetableFormatException([new TimetableFormatProblem(ProblemSeverity.Error, path, line, column, "refused: " + message)]);
    }

    private static (string Path, int Line, int Column) PathAt(ReadOnlySpan<byte> utf8, int offset, int maxDepth)
    {
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(utf8, ReaderOptions(maxDepth));
        string? pendingName = null;
        var path = "$";
        while (reader.Read() && reader.TokenStartIndex <= offset)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = Name(ref reader);
                    path = frames.Count == 0 ? "$" : JsonPaths.Property(frames.Peek().Path, pendingName);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    path = ValuePath(frames, pendingName);
                    pendingName = null;
                    if (reader.TokenStartIndex < offset && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    }

                    break;
            }
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (path, line, Column(utf8, lineStart, Math.Min(offset, utf8.Length)));
    }

    // A property name that is not valid UTF-16 once unescaped (a lone surrogate) is kept as written; the reader reports it.
    private static string Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
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
        IsPlain(name) ? parent + "." + name : parent + "['" + Echo.Value(name).Replace("'", "\\'", StringComparison.Ordinal) + "']";

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
