using System.Globalization;
using NodaTime;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Feeds;

/// <summary>Settings of <see cref="TimetableFeeds"/>: the UID domain, refresh interval, deadline alarm and free/busy window.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TimetableFeedOptions
{
    /// <summary>Initializes a new instance of the <see cref="TimetableFeedOptions"/> class.</summary>
    /// <param name="domain">The publisher's domain, the right-hand side of every UID (RFC 5545 §3.8.4.7 recommends <c>id@domain</c>), e.g. <c>greco.example.org</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="domain"/> is null, blank, or contains white space, <c>@</c> or a control character.</exception>
    public TimetableFeedOptions(string domain)
    {
        Domain = domain;
        Organizer = new FeedOrganizer("Review timetable publisher", "mailto:calendar@" + domain);
    }

    /// <summary>Gets the publisher's domain used in every UID (<c>stage-&lt;id&gt;@&lt;domain&gt;</c>).</summary>
    /// <exception cref="ArgumentException">On init: the value is null, blank, or contains white space, <c>@</c> or a control character.</exception>
    public string Domain
    {
        get;
        init
        {
            if (string.IsNullOrWhiteSpace(value) || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '@'))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The UID domain '{0}' must be non-empty without white space, control characters or '@'.", value), nameof(Domain));
            }

            field = value;
        }
    }

    /// <summary>Gets the suggested refresh interval (RFC 7986 REFRESH-INTERVAL, X-PUBLISHED-TTL); default one day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not positive or not a whole number of seconds.</exception>
    public Duration RefreshInterval
    {
        get;
        init => field = value > Duration.Zero && value.SubsecondNanoseconds == 0 ? value : throw new ArgumentOutOfRangeException(nameof(RefreshInterval), value, "The refresh interval must be a positive whole number of seconds.");
    } = Duration.FromDays(1);

    /// <summary>Gets how long before a deadline's day starts a DISPLAY alarm fires, or <see langword="null"/> (default) for no alarm.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative or not a whole number of seconds.</exception>
    public Duration? DeadlineAlarm
    {
        get;
        init => field = value is not { } d || (d >= Duration.Zero && d.SubsecondNanoseconds == 0) ? value : throw new ArgumentOutOfRangeException(nameof(DeadlineAlarm), value, "The alarm lead time must be a non-negative whole number of seconds.");
    }

    /// <summary>Gets the range a VFREEBUSY covers, or <see langword="null"/> (default) for the span of the subject's busy time.</summary>
    public InstantRange? FreeBusyWindow { get; init; }

    /// <summary>Gets the publisher written as ORGANIZER on every event (RFC 5546 §3.2.1 asks for it in METHOD:PUBLISH feeds), or null to write none.</summary>
    /// <remarks>Default: <c>CN="Review timetable publisher":mailto:calendar@&lt;Domain&gt;</c> with the domain given to the constructor; set the secretariat's own name and address.</remarks>
    public FeedOrganizer? Organizer { get; init; }

    /// <summary>Gets the feed name of the whole-timetable feed; default <c>Review timetable</c>.</summary>
    /// <exception cref="ArgumentException">On init: the value is null or blank.</exception>
    public string TimetableName
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The timetable name must not be blank.", nameof(TimetableName)) : value;
    } = "Review timetable";
}
