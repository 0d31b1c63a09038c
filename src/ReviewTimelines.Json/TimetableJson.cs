using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ReviewTimelines.Json.Internal;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Json;

/// <summary>Reads and writes the JSON timetable format (docs/timetable-format.md, schema docs/timetable.schema.json).</summary>
/// <remarks>
/// <para>
/// Reading checks the whole file and reports every problem at once in a <see cref="TimetableFormatException"/>, each
/// with its JSON path, line and column: malformed JSON (the first syntax error), wrong types, missing and unknown
/// properties, unknown zones and enum values, dates and date-times outside the supported years
/// <see cref="MinSupportedYear"/>–<see cref="MaxSupportedYear"/>, ends before starts, and the model's validation problems
/// (<see cref="TimetableBuilder.Validate"/>) mapped back to the item and property of the file. Comments and trailing
/// commas are accepted. A problem that only follows from an error already reported is left out: the model's checks
/// are reported for a file with format errors only when they are errors about an item that has no format error
/// (its warnings appear once the file reads), so no placeholder used for an unreadable value reaches a message. Zone ids are resolved through the injected <see cref="IDateTimeZoneProvider"/>; a mechanism may
/// be given as a reference to the embedded <see cref="ReferenceCatalog"/>.
/// </para>
/// <para>
/// Writing is deterministic: fixed property order, the model's order for every collection, invariant formats
/// (ISO 8601 dates; wall-clock times as local date-times without an offset and the tz data version they were resolved
/// with; exact instants in UTC with Z), two-space indentation, LF newlines, a final
/// newline, and optional values left out when they hold their default. Reading what was written gives an equal
/// timetable, and writing it again gives the same text.
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; <see cref="Read(string)"/> and <see cref="Write(TimetableDocument)"/> may be called from several threads.</threadsafety>
public sealed class TimetableJson
{
    private readonly IDateTimeZoneProvider zones;
    private readonly Lazy<ReferenceCatalog> catalog;
    private readonly JsonSerializerOptions options;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="zones">The zone provider that resolves IANA zone ids (for example <c>DateTimeZoneProviders.Tzdb</c> at the application edge).</param>
    /// <param name="catalog">The reference catalog for mechanism references; null builds <see cref="ReferenceCatalog.Create"/> from <paramref name="zones"/> when first needed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is null.</exception>
    public TimetableJson(IDateTimeZoneProvider zones, ReferenceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(zones);
        this.zones = zones;
        this.catalog = catalog is null
            ? new Lazy<ReferenceCatalog>(() => ReferenceCatalog.Create(zones), LazyThreadSafetyMode.ExecutionAndPublication)
            : new Lazy<ReferenceCatalog>(catalog);
        options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        }.ConfigureForNodaTime(zones);
        options.MakeReadOnly();
    }

    /// <summary>The first calendar year (ISO) a date, date-time or instant of a timetable file may fall in: 1900.</summary>
    /// <remarks>Dates and date-times are checked in their own local calendar (the written offset or zone), inclusive.</remarks>
    public const int MinSupportedYear = 1900;

    /// <summary>The last calendar year (ISO) a date, date-time or instant of a timetable file may fall in: 2200, inclusive.</summary>
    /// <remarks>The range keeps every computation on the dates (working days, zone conversion, week arithmetic) far from NodaTime's limits.</remarks>
    public const int MaxSupportedYear = 2200;

    /// <summary>Gets the value the writer puts in the <c>$schema</c> property (a URL or relative path of timetable.schema.json, for editors), or null (the default) to leave it out.</summary>
    /// <remarks>The reader accepts any <c>$schema</c> string and ignores it.</remarks>
    public string? SchemaReference { get; init; }

    /// <summary>Reads a timetable file from text.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The timetable, its outside feeds, and the validation warnings with their place in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="TimetableFormatException">The file is malformed or has any error; <see cref="TimetableFormatException.Problems"/> lists them all.</exception>
    public TimetableDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a timetable file from a stream of UTF-8 text (a byte order mark is skipped; UTF-16 and UTF-32 are decoded when a byte order mark names them).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The timetable, its outside feeds, and the validation warnings with their place in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="TimetableFormatException">The file is malformed or has any error; <see cref="TimetableFormatException.Problems"/> lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public TimetableDocument Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.ToArray());
    }

    /// <summary>Reads a timetable file from UTF-8 bytes (a byte order mark is skipped; UTF-16 and UTF-32 are decoded when a byte order mark names them).</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <returns>The timetable, its outside feeds, and the validation warnings with their place in the file.</returns>
    /// <exception cref="TimetableFormatException">The file is malformed or has any error (<see cref="TimetableFormatException.Problems"/> lists them all), or its bytes are not UTF-8 and carry no UTF-16/32 byte order mark (the problem names the first bad line).</exception>
    public TimetableDocument Read(ReadOnlySpan<byte> utf8Json)
    {
        var bytes = JsonTextEncoding.ToUtf8(utf8Json);
        var index = JsonPositionIndex.Build(bytes);
        using var document = JsonDocument.Parse(
            bytes.ToArray(),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        var sink = new ProblemSink(index);
        var dto = DtoReader.Read(document.RootElement, sink, options);
        if (dto is null)
        {
            throw new TimetableFormatException(sink.All);
        }

        var reader = new ModelReader(zones, () => catalog.Value, sink);
        var (builder, feeds) = reader.Read(dto);
        Timetable? timetable = null;
        if (sink.HasErrors)
        {
            AddModelProblemsAfterFormatErrors(builder.Validate(), reader, sink);
        }
        else
        {
            try
            {
                timetable = builder.Build();
                AddModelProblems(timetable.Warnings, reader, sink);
            }
            catch (TimetableValidationException e)
            {
                AddModelProblems(e.Problems, reader, sink);
            }
        }

        if (sink.HasErrors || timetable is null)
        {
            throw new TimetableFormatException(sink.All);
        }

        return new TimetableDocument(timetable, feeds) { Warnings = sink.Warnings };
    }

    /// <summary>Writes a timetable (with no outside feeds) in the canonical form.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null.</exception>
    public string Write(Timetable timetable)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        return Write(new TimetableDocument(timetable));
    }

    /// <summary>Writes a timetable and its outside feeds in the canonical form.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public string Write(TimetableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dto = ModelWriter.Write(document, catalog.Value, SchemaReference, zones.VersionId);
        return JsonSerializer.Serialize(dto, options) + "\n";
    }

    /// <summary>Writes a timetable and its outside feeds to a stream as UTF-8 without a byte order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public void WriteTo(TimetableDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bytes = Encoding.UTF8.GetBytes(Write(document));
        utf8Json.Write(bytes);
    }

    // With format errors, placeholders stand in for the unreadable values, so warnings and problems about an item that
    // already has an error would only repeat it (or quote the placeholder): keep the errors about untouched items.
    private static void AddModelProblemsAfterFormatErrors(IEnumerable<TimetableProblem> problems, ModelReader reader, ProblemSink sink)
    {
        var errors = problems
            .Where(p => p.Severity == ProblemSeverity.Error)
            .Where(p => !reader.ItemPaths.TryGetValue(p.Item, out var itemPath) || !sink.HasErrorAtOrBelow(itemPath));
        AddModelProblems(errors, reader, sink);
    }

    // Model problems about a property that already has a format error are left out: they only repeat it.
    private static void AddModelProblems(IEnumerable<TimetableProblem> problems, ModelReader reader, ProblemSink sink)
    {
        foreach (var problem in problems)
        {
            var path = ModelProblemPaths.PathOf(problem, reader.ItemPaths, reader.DuplicatePaths);
            if (!sink.HasErrorAtOrBelow(path))
            {
                sink.Add(problem.Severity, path, ModelProblemPaths.Sentence(problem.Message));
            }
        }
    }
}
