using System.Runtime.Serialization;
using System.Text;
using Ical.Net;
using NodaTime;
using ReviewTimelines.ICalendar.Internal;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>Imports iCalendar (RFC 5545) text into immutable events, all-day items and free/busy periods: bounded and validating.</summary>
/// <remarks>
/// <para>The import runs in three steps: a linear structural check against <see cref="IcsImportLimits"/>
/// (size, line length, component count, nesting, BEGIN/END balance, content outside VCALENDAR); parsing with
/// Ical.Net; then our own reading of every VEVENT and VFREEBUSY, because Ical.Net resolves neither custom
/// VTIMEZONEs (BC-09) nor DATE values in the owner's zone (BC-02, BC-13).</para>
/// <para>Policies (docs/icalendar.md): DATE values are local days of <see cref="IcsImportOptions.OwnerZone"/>;
/// floating times are read in the declared zone; a TZID resolves by IANA id, then the calendar's VTIMEZONE, then
/// the CLDR Windows mapping, else it is an error naming the TZID; local times resolve leniently (a skipped time
/// moves forward by the gap, an ambiguous time takes the earlier offset); RRULE, RDATE and EXDATE are expanded in
/// local time up to the end of the window; a date-only EXDATE removes the instance on that local date; an override
/// (RECURRENCE-ID) replaces the instance it names; DTEND equal to a date-time DTSTART gives a zero-length item.</para>
/// <para>Validation collects every problem. In strict mode (the default) any error throws one
/// <see cref="IcsImportException"/> listing all problems; in lenient mode invalid components are skipped and listed
/// in <see cref="IcsImportResult.Problems"/>. Stream-level problems (limits, structure, unparseable text) always throw.
/// VTODO and VJOURNAL components are not imported; a warning counts them.</para>
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
    /// <exception cref="IcsImportException">A limit is exceeded, the structure or syntax is invalid, or (strict mode) any component is invalid; lists every problem.</exception>
    public IcsImportResult Import(string text, IcsImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var raw = IcsStructureScanner.Check(text, options.Limits);
        CalendarCollection calendars;
        try
        {
            calendars = CalendarCollection.Load(text);
        }
        catch (Exception ex) when (ex is SerializationException or ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new IcsImportException(
                [new IcsProblem(IcsProblemSeverity.Error, null, "(syntax)", "The text is not valid iCalendar: " + ex.Message)],
                ex);
        }

        return new CalendarReader(zoneProvider, options).Read(calendars, raw);
    }

    /// <summary>Imports iCalendar text from a UTF-8 stream, reading at most <see cref="IcsImportLimits.MaxInputLength"/> bytes.</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="options">The owner's zone, window, mode and limits.</param>
    /// <returns>The imported events, free/busy periods and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IcsImportException">The stream is longer than the limit, or see <see cref="Import(string, IcsImportOptions)"/>.</exception>
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
                    [new IcsProblem(IcsProblemSeverity.Error, null, "(stream)", string.Format(System.Globalization.CultureInfo.InvariantCulture, "The input is longer than the limit of {0} bytes.", max))]);
            }

            buffer.Write(chunk, 0, read);
        }

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false)
            .GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        return Import(text, options);
    }
}
