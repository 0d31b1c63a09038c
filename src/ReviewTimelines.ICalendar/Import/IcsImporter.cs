using NodaTime;
using ReviewTimelines.ICalendar.Internal.Parsing;
using ReviewTimelines.ICalendar.Internal.Reading;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>Imports iCalendar (RFC 5545) text into immutable events, all-day items and free/busy periods: bounded and validating.</summary>
/// <remarks>
/// <para>The import runs in one pass over the input: content lines are unfolded (on octets for bytes) and split
/// into name, parameters and value per RFC 5545 §3.1, with their line numbers; a component tree is built against
/// <see cref="IcsImportLimits"/> (size, line length, component count, nesting, properties per component,
/// BEGIN/END balance, content outside VCALENDAR); then every VEVENT, VFREEBUSY and VTIMEZONE is read with our own
/// policies, using Ical.Net's RECUR parser and rule evaluator and its DURATION parser, because Ical.Net resolves
/// neither custom VTIMEZONEs (BC-09) nor DATE values in the owner's zone (BC-02, BC-13) and does not give line
/// numbers.</para>
/// <para>Policies (docs/icalendar.md): DATE values are local days of <see cref="IcsImportOptions.OwnerZone"/>;
/// floating times are read in the declared zone; a TZID resolves by IANA id, then the calendar's VTIMEZONE, then
/// the CLDR Windows mapping, else it is an error naming the TZID; local times resolve leniently (a skipped time
/// moves forward by the gap, an ambiguous time takes the earlier offset); RRULE, RDATE and EXDATE are expanded in
/// local time up to the end of the window; a date-only EXDATE removes the instance on that local date; an override
/// (RECURRENCE-ID) replaces the instance it names; DTEND equal to a date-time DTSTART gives a zero-length item.</para>
/// <para>Validation collects every problem, each with its line. In strict mode (the default) any error throws one
/// <see cref="IcsImportException"/> listing all problems; in lenient mode a component that cannot be placed is
/// skipped and listed as an error in <see cref="IcsImportResult.Problems"/>, and a line that cannot be read and does not
/// place the event (SUMMARY, CATEGORIES, an X- property, ...) is skipped with a warning. Stream-level problems
/// (limits, structure, encoding) always throw. Components that are not imported (VTODO, VJOURNAL, VAVAILABILITY,
/// X- components, components nested in a VEVENT) get a warning naming them and their line.</para>
/// </remarks>
/// <threadsafety>Immutable and stateless between calls; safe to use from several threads.</threadsafety>
public sealed class IcsImporter
{
    private readonly IDateTimeZoneProvider zoneProvider;

    /// <summary>Initializes a new instance of the <see cref="IcsImporter"/> class.</summary>
    /// <param name="zoneProvider">The provider that resolves IANA zone ids (the application passes <c>DateTimeZoneProviders.Tzdb</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="zoneProvider"/> is null.</exception>
    public IcsImporter(IDateTimeZoneProvider zoneProvider)
    {
        ArgumentNullException.ThrowIfNull(zoneProvider);
        this.zoneProvider = zoneProvider;
    }

    /// <summary>Imports iCalendar text.</summary>
    /// <param name="text">The .ics content (one or more concatenated VCALENDAR objects).</param>
    /// <param name="options">The owner's zone, window, mode and limits.</param>
    /// <returns>The imported events, free/busy periods and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IcsImportException">A limit is exceeded, the structure is invalid, or (strict mode) any component or line is invalid; lists every problem with its line.</exception>
    public IcsImportResult Import(string text, IcsImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        return Guarded(() => IcsLines.FromText(text, options.Limits), options);
    }

    /// <summary>Imports iCalendar bytes from a stream, reading at most <see cref="IcsImportLimits.MaxInputLength"/> bytes.</summary>
    /// <remarks>Folded lines are unfolded on octets before decoding (RFC 5545 §3.1). The bytes must be UTF-8 (a byte order
    /// mark is skipped), or UTF-16/UTF-32 with a byte order mark; anything else is an error naming the first line that is
    /// not UTF-8, never U+FFFD.</remarks>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="options">The owner's zone, window, mode and limits.</param>
    /// <returns>The imported events, free/busy periods and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IcsImportException">The stream is longer than the limit, is not UTF-8, or see <see cref="Import(string, IcsImportOptions)"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public IcsImportResult Import(Stream stream, IcsImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var max = options.Limits.MaxInputLength;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new IcsImportException(
                    [new IcsProblem(IcsProblemSeverity.Error, null, "(stream)", string.Format(System.Globalization.CultureInfo.InvariantCulture, "The input is longer than the limit of {0} bytes (IcsImportLimits.MaxInputLength).", max))]);
            }

            buffer.Write(chunk, 0, read);
        }

        return Guarded(() => IcsLines.FromBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options.Limits), options);
    }

    private IcsImportResult Guarded(Func<List<LogicalLine>> lines, IcsImportOptions options)
    {
        try
        {
            var calendars = ComponentTree.Build(lines(), options.Limits);
            return new CalendarReader(zoneProvider, options).Read(calendars);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or (FormatException and not IcsImportException) or KeyNotFoundException)
        {
            // Every computation is guarded where it happens; this keeps the documented contract if one is missed.
            throw new IcsImportException(
                [new IcsProblem(IcsProblemSeverity.Error, null, "(stream)", "The input could not be imported: " + ProblemLog.Clean(ex.Message) + ".")],
                ex);
        }
    }
}
