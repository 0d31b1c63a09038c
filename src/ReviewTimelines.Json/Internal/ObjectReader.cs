using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Json.Internal;

/// <summary>Reads the properties of one JSON object into DTO fields, reporting wrong types, missing and unknown properties to the sink.</summary>
/// <remarks>Every read marks the property as known; <see cref="Finish"/> reports the others. Reading never throws on bad input.</remarks>
internal sealed class ObjectReader
{
    private readonly Dictionary<string, JsonElement> properties = new(StringComparer.Ordinal);
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly ProblemSink sink;
    private readonly JsonSerializerOptions options;

    private ObjectReader(JsonElement element, string path, ProblemSink sink, JsonSerializerOptions options)
    {
        Path = path;
        this.sink = sink;
        this.options = options;
        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                sink.Error(path, "a property name is not valid Unicode text (it holds a lone surrogate such as \\ud800)");
                continue;
            }

            if (!properties.TryAdd(name, property.Value))
            {
                sink.Error(JsonPaths.Property(path, name), string.Format(CultureInfo.InvariantCulture, "property \"{0}\" appears more than once", Echo.Value(name)));
            }
        }
    }

    internal string Path { get; }

    /// <summary>Opens an object, or reports that the value is not one and returns null.</summary>
    internal static ObjectReader? Open(JsonElement element, string path, ProblemSink sink, JsonSerializerOptions options)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            sink.Error(path, "expected an object but found " + Describe(element.ValueKind));
            return null;
        }

        return new ObjectReader(element, path, sink, options);
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    internal string PathOf(string name) => JsonPaths.Property(Path, name);

    internal bool Has(string name) => properties.ContainsKey(name);

    internal string? String(string name, bool required = false, bool allowEmpty = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, "a string", value);
            return null;
        }

        if (Text(value, PathOf(name)) is not { } text)
        {
            return null;
        }

        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            sink.Error(PathOf(name), "must not be empty");
            return null;
        }

        return text;
    }

    internal bool? Bool(string name)
    {
        if (!TryGet(name, false, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            WrongType(name, "a boolean", value);
            return null;
        }

        return value.GetBoolean();
    }

    internal int? Int(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            WrongType(name, "a whole number", value);
            return null;
        }

        return number;
    }

    internal LocalDate? Date(string name, bool required = false)
    {
        var date = NodaValue<LocalDate>(name, required, "an ISO 8601 date (yyyy-MM-dd)");
        if (date is { } d && !SupportedYears.Contains(d))
        {
            sink.Error(PathOf(name), SupportedYears.Outside("date", LocalDatePattern.Iso.Format(d)));
            return null;
        }

        return date;
    }

    internal LocalTime? Time(string name, bool required = false) => NodaValue<LocalTime>(name, required, "an ISO 8601 time (HH:mm or HH:mm:ss)");

    internal List<string>? Strings(string name, bool required = false) =>
        Array(name, required, (element, path) =>
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                sink.Error(path, "expected a non-empty string but found " + Describe(element.ValueKind));
                return null;
            }

            var text = Text(element, path);
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                sink.Error(path, "expected a non-empty string but found an empty string");
                return null;
            }

            return text;
        });

    internal List<T>? Objects<T>(string name, Func<ObjectReader, T?> read, bool required = false)
        where T : class =>
        Array(name, required, (element, path) => Open(element, path, sink, options) is { } reader ? Finish(reader, read) : null);

    internal T? Object<T>(string name, Func<ObjectReader, T?> read, bool required = false)
        where T : class =>
        TryGet(name, required, out var value) && Open(value, PathOf(name), sink, options) is { } reader ? Finish(reader, read) : null;

    /// <summary>Reports every property that no read asked for.</summary>
    internal void Finish()
    {
        foreach (var name in properties.Keys.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
        {
            sink.Error(PathOf(name), string.Format(CultureInfo.InvariantCulture, "unknown property \"{0}\"", Echo.Value(name)));
        }
    }

    private static T? Finish<T>(ObjectReader reader, Func<ObjectReader, T?> read)
        where T : class
    {
        var result = read(reader);
        reader.Finish();
        return result;
    }

    private List<T>? Array<T>(string name, bool required, Func<JsonElement, string, T?> read)
        where T : class
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(name, "an array", value);
            return null;
        }

        var list = new List<T>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (read(item, JsonPaths.Index(PathOf(name), i)) is { } result)
            {
                list.Add(result);
            }

            i++;
        }

        return list;
    }

    private T? NodaValue<T>(string name, bool required, string expected)
        where T : struct
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, expected, value);
            return null;
        }

        if (Text(value, PathOf(name)) is not { } text)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            sink.Error(PathOf(name), string.Format(CultureInfo.InvariantCulture, "\"{0}\" is not {1}", Echo.Value(text), expected));
            return null;
        }
    }

    // A string whose escapes decode to invalid UTF-16 (a lone surrogate such as \ud800) makes GetString throw: an error at its place instead.
    private string? Text(JsonElement value, string path)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            sink.Error(path, "the string is not valid Unicode text (it holds a lone surrogate such as \\ud800)");
            return null;
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        known.Add(name);
        if (properties.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            sink.Error(PathOf(name), string.Format(CultureInfo.InvariantCulture, "missing required property \"{0}\"", name));
        }

        return false;
    }

    private void WrongType(string name, string expected, JsonElement value) =>
        sink.Error(PathOf(name), string.Format(CultureInfo.InvariantCulture, "expected {0} but found {1}", expected, Describe(value.ValueKind)));
}
