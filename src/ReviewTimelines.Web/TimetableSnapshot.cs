using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;

namespace ReviewTimelines.Web;

/// <summary>One version of the timetable the endpoints serve: the timetable, the outside busy times to check it against,
/// when it last changed, and notices for its readers.</summary>
/// <remarks>
/// <para><see cref="LastChanged"/> is the instant the content last changed (for a file: when it was written), never the
/// time of a request: the feeds' <c>DTSTAMP</c> falls back to it where the timetable carries no change time of its own,
/// and the JSON and page responses give it as <c>Last-Modified</c>. An unchanged snapshot therefore gives byte-identical
/// responses on any day.</para>
/// <para><see cref="Notices"/> are sentences shown at the top of the timeline page and in the JSON responses, for
/// example that an outside feed could not be fetched and its last good copy is in use.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class TimetableSnapshot
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="timetable">The validated timetable.</param>
    /// <param name="lastChanged">When the content last changed.</param>
    /// <param name="outsideBusy">Busy times from outside feeds, each holding a resource of the timetable; null for none.</param>
    /// <param name="notices">Sentences for the readers (warnings about the data); null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null, or a list holds null.</exception>
    /// <exception cref="ArgumentException">A notice is blank.</exception>
    public TimetableSnapshot(Timetable timetable, Instant lastChanged, IEnumerable<ExternalBusy>? outsideBusy = null, IEnumerable<string>? notices = null)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        Timetable = timetable;
        LastChanged = lastChanged;
        OutsideBusy = [.. outsideBusy ?? []];
        Notices = [.. notices ?? []];
        if (OutsideBusy.Any(b => b is null))
        {
            throw new ArgumentNullException(nameof(outsideBusy), "The outside busy list must not contain null.");
        }

        if (Notices.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A notice must not be null or blank.", nameof(notices));
        }
    }

    /// <summary>Gets the timetable.</summary>
    public Timetable Timetable { get; }

    /// <summary>Gets when the content last changed (UTC instant).</summary>
    public Instant LastChanged { get; }

    /// <summary>Gets the busy times from outside feeds that the conflict check includes.</summary>
    public ImmutableArray<ExternalBusy> OutsideBusy { get; }

    /// <summary>Gets the notices for readers, in the order given.</summary>
    public ImmutableArray<string> Notices { get; }

    /// <summary>Gets a sentence saying where the timetable comes from (shown under the page title), or null.</summary>
    public string? Description { get; init; }
}
