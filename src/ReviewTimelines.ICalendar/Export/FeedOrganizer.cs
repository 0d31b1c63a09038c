using System.Globalization;

namespace ReviewTimelines.ICalendar.Export;

/// <summary>The publisher written as ORGANIZER on every event of a <c>METHOD:PUBLISH</c> feed (RFC 5546 §3.2.1 requires it), e.g. the secretariat.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FeedOrganizer
{
    /// <summary>Initializes a new instance of the <see cref="FeedOrganizer"/> class.</summary>
    /// <param name="name">The display name, written as the CN parameter.</param>
    /// <param name="address">The CAL-ADDRESS, a URI such as <c>mailto:secretariat@example.org</c> (RFC 5545 §3.3.3).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or has a control character or '"', or <paramref name="address"/> is not a URI with a scheme and no white space.</exception>
    public FeedOrganizer(string name, string address)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(c => char.IsControl(c) || c == '"'))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The organizer name '{0}' must be non-blank, without control characters or '\"' (it is a quoted CN parameter).", name), nameof(name));
        }

        if (string.IsNullOrWhiteSpace(address) || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || address.IndexOf(':', StringComparison.Ordinal) < 1)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The organizer address '{0}' must be a URI such as mailto:secretariat@example.org.", address), nameof(address));
        }

        Name = name;
        Address = address;
    }

    /// <summary>Gets the display name (CN).</summary>
    public string Name { get; }

    /// <summary>Gets the CAL-ADDRESS URI.</summary>
    public string Address { get; }
}
