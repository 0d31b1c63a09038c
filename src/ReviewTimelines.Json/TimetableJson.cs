using System.Collections.Immutable;
using System.Globalization;
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
/// (its warnings appear once the file reads), so no placeholder used for an unreadable value reaches a message. The file is
/// read within <see cref="Limits"/> (size, depth, string and array lengths, properties per object, values), so a read's
/// time and memory are bounded by the file; values quoted in messages have control characters escaped and are cut at 80 characters. Zone ids are resolved through the injected <see cref="IDateTimeZoneProvider"/>; a mechanism may
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

    /// <summary>Gets the half-open instant range every item of a timetable read from a file lies in: from 1900-01-01T00:00 at the largest offset (+18:00) to 2201-01-01T00:00 at the smallest (−18:00).</summary>
    /// <remarks>The reader checks the supported years <see cref="MinSupportedYear"/>–<see cref="MaxSupportedYear"/> on
    /// every date and date-time as written, in its own offset or zone; no offset is larger than 18 hours
    /// (<see cref="Offset.MaxValue"/>), so every instant of a file that reads lies in this range, and code that works on a
    /// read timetable (the CLI's import window, its clamping of outside feeds) uses this range and never refuses an item the reader accepted.</remarks>
    public static Intervals.InstantRange SupportedRange { get; } = Intervals.InstantRange.FromInstants(
        Instant.FromUtc(MinSupportedYear, 1, 1, 0, 0) - Duration.FromSeconds(Offset.MaxValue.Seconds),
        Instant.FromUtc(MaxSupportedYear + 1, 1, 1, 0, 0) + Duration.FromSeconds(Offset.MaxValue.Seconds));

    /// <summary>Gets the value the writer puts in the <c>$schema</c> property (a URL or relative path of timetable.schema.json, for editors), or null (the default) to leave it out.</summary>
    /// <remarks>The reader accepts any <c>$schema</c> string and ignores it.</remarks>
    public string? SchemaReference { get; init; }

    /// <summary>Gets the bounds the reader works within (input size, depth, string and array lengths, properties per object, values, problems listed); <see cref="TimetableReadLimits.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public TimetableReadLimits Limits { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = TimetableReadLimits.Default;

    /// <summary>Gets a value indicating whether the file may name outside .ics feeds by local path (<c>feeds</c>); true by default.</summary>
    /// <remarks>A server that reads timetables sent by others sets it to false: then any <c>feeds</c> entry is an error at
    /// its <c>path</c>, so no path from a posted file reaches the file system. The reader itself never opens a feed.</remarks>
    public bool AllowFileFeeds { get; init; } = true;

    /// <summary>Reads a timetable file from text.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The timetable, its outside feeds, and the validation warnings with their place in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="TimetableFormatException">The file is malformed, crosses one of the <see cref="Limits"/>, or has any error; <see cref="TimetableFormatException.Problems"/> lists them.</exception>
    public TimetableDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > Limits.MaxInputBytes)
        {
            throw TooLarge(json.Length, "characters");
        }

        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a timetable file from a stream of UTF-8 text (a byte order mark is skipped; UTF-16 and UTF-32 are decoded when a byte order mark names them), reading at most <see cref="TimetableReadLimits.MaxInputBytes"/> bytes and one more.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <returns>The timetable, its outside feeds, and the validation warnings with their place in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="TimetableFormatException">The stream is longer than <see cref="TimetableReadLimits.MaxInputBytes"/>, or see <see cref="Read(ReadOnlySpan{byte})"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public TimetableDocument Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var max = Limits.MaxInputBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, (int)Math.Min(chunk.Length, max + 1L - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                throw TooLarge(buffer.Length, "bytes or more");
            }
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a timetable file from UTF-8 bytes (a byte order mark is skipped; UTF-16 and UTF-32 are decoded when a byte order mark names them).</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <returns>The timetable, its outside feeds, and the validation warnings with their place in the file.</returns>
    /// <exception cref="TimetableFormatException">The file is malformed, crosses one of the <see cref="Limits"/>, or has any error (<see cref="TimetableFormatException.Problems"/> lists them), or its bytes are not UTF-8 and carry no UTF-16/32 byte order mark (the problem names the first bad line).</exception>
    public TimetableDocument Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > Limits.MaxInputBytes)
        {
            throw TooLarge(utf8Json.Length, "bytes");
        }

        var bytes = JsonTextEncoding.ToUtf8(utf8Json);
        JsonPositionIndex.Check(bytes, Limits);
        var memory = bytes.ToArray();
        var sink = new ProblemSink(memory, Limits.MaxProblems);
        try
        {
            return ReadChecked(memory, sink);
        }
        catch (Exception e) when (e is not (TimetableFormatException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            // A library exception on a value the checks let through: still the documented exception, after the problems found so far.
            sink.Error("$", "the file could not be read: " + Echo.Value(e.Message) + " (" + e.GetType().Name + ")");
            throw new TimetableFormatException(sink.All, e);
        }
    }

    private TimetableDocument ReadChecked(byte[] bytes, ProblemSink sink)
    {
        using var document = JsonDocument.Parse(
            bytes,
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = Limits.MaxDepth });
        var dto = DtoReader.Read(document.RootElement, sink, options);
        if (dto is null)
        {
            throw new TimetableFormatException(sink.All);
        }

        var reader = new ModelReader(zones, () => catalog.Value, sink) { AllowFileFeeds = AllowFileFeeds };
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

    private TimetableFormatException TooLarge(long size, string unit) =>
        new([new TimetableFormatProblem(
            ProblemSeverity.Error,
            "$",
            1,
            1,
            string.Format(CultureInfo.InvariantCulture, "refused: the input is {0} {1} long, more than {2} bytes (TimetableReadLimits.MaxInputBytes)", size, unit, Limits.MaxInputBytes))]);

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

    /// <summary>Writes a changed timetable as an edit of the file it was read from: the file's layout, comments, property and item order, and every value the change does not touch stay as they were.</summary>
    /// <param name="file">The file's bytes as read (UTF-8, or UTF-16/32 with a byte order mark, as <see cref="Read(ReadOnlySpan{byte})"/> accepts).</param>
    /// <param name="document">The changed document, usually built from what <see cref="Read(ReadOnlySpan{byte})"/> returned for <paramref name="file"/>.</param>
    /// <returns>The new file's bytes: <paramref name="file"/> unchanged, byte for byte, when <paramref name="document"/> writes the same canonical text as
    /// the file's own content; otherwise UTF-8 (with the file's UTF-8 byte order mark, if it had one) in which only the changed values, and the added
    /// or removed items and properties, differ from the file.</returns>
    /// <remarks>
    /// <para>
    /// The change is found by comparing the canonical text (<see cref="Write(TimetableDocument)"/>) of the file's content with that of
    /// <paramref name="document"/>. Objects are matched by property name and arrays of items by their <c>id</c> (<c>code</c>
    /// for countries, <c>reference</c> for catalogue mechanisms), wherever the file put them. A changed value is written in the canonical
    /// form, with the file's indentation unit and newlines (LF or CRLF); an added item or property goes after the last one of its array or
    /// object; a removed one is cut with its separator and any comment inside it. Where the file spells a value differently from the
    /// canonical form (a mechanism written out instead of referenced), the nearest enclosing value that differs is replaced whole.
    /// </para>
    /// <para>The result is read back and checked: it must write the same canonical text as <paramref name="document"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="TimetableFormatException"><paramref name="file"/> does not read (see <see cref="Read(ReadOnlySpan{byte})"/>).</exception>
    /// <exception cref="InvalidOperationException">The edited file does not read back as <paramref name="document"/> (the file's spelling could not be
    /// edited in place, or <paramref name="document"/> does not validate); write it with <see cref="Write(TimetableDocument)"/> instead.</exception>
    public byte[] Update(ReadOnlySpan<byte> file, TimetableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var before = Write(Read(file));
        var after = Write(document);
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return file.ToArray();
        }

        var utf8 = JsonTextEncoding.ToUtf8(file).ToArray();
        var root = SourceTree.Parse(utf8, Limits.MaxDepth);
        var spliced = JsonSplicer.Splice(utf8, root, System.Text.Json.Nodes.JsonNode.Parse(before)!, System.Text.Json.Nodes.JsonNode.Parse(after)!);
        string check;
        try
        {
            check = Write(Read(spliced));
        }
        catch (TimetableFormatException e)
        {
            throw new InvalidOperationException("The edited file does not read: " + e.Message, e);
        }

        if (!string.Equals(check, after, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The edited file does not read back as the changed timetable; write it in the canonical form instead.");
        }

        return file.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF, .. spliced] : spliced;
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
                sink.Add(problem.Severity, path, Echo.Message(ModelProblemPaths.Sentence(problem.Message)));
            }
        }
    }
}
