using System.Globalization;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts;

/// <summary>A busy interval of a country, person or seat taken from an outside calendar (another secretariat's .ics feed), checked like any timetable item.</summary>
/// <remarks>
/// <para>
/// The iCalendar import turns feeds into half-open instant ranges per resource; each becomes one
/// <see cref="ExternalBusy"/>. A busy interval on a person can double-book that person; one on a country counts as a
/// visit to that country (<see cref="ConflictKind.CountryVisitOverlap"/>, <see cref="ConflictKind.JointVisitOpportunity"/>).
/// One on a seat is accepted, but no rule checks seats against outside calendars yet. Zero-length ranges occupy nothing
/// and never conflict.
/// </para>
/// <para>Equality is by value on every property.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ExternalBusy
{
    /// <summary>Initializes a new instance of the <see cref="ExternalBusy"/> class.</summary>
    /// <param name="id">A stable id, e.g. the feed name and the event UID (<c>wgb.ics#uid-42</c>); not blank.</param>
    /// <param name="resource">The country, person or seat that is busy.</param>
    /// <param name="range">The half-open busy range.</param>
    /// <param name="label">What the officer reads in a sentence, e.g. <c>the OECD WGB Phase 4 visit to Austria</c>; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="label"/> is null, empty or white space, or <paramref name="resource"/> is <c>default</c>.</exception>
    public ExternalBusy(string id, TimetableResource resource, InstantRange range, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (resource.Value is null)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The outside busy interval '{0}' has a default resource.", id), nameof(resource));
        }

        Id = id;
        Resource = resource;
        Range = range;
        Label = label;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the busy resource.</summary>
    public TimetableResource Resource { get; }

    /// <summary>Gets the half-open busy range.</summary>
    public InstantRange Range { get; }

    /// <summary>Gets the label used in sentences.</summary>
    public string Label { get; }

    /// <summary>Formats as <c>busy:id resource range</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "busy:{0} {1} {2}", Id, Resource, Range);
}
