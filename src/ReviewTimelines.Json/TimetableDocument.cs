using System.Collections.Immutable;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json;

/// <summary>What a timetable file holds: the validated timetable, the outside .ics feeds it names, and the warnings found while reading it.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TimetableDocument
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <param name="feeds">The outside feeds, in file order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null, or <paramref name="feeds"/> holds null.</exception>
    public TimetableDocument(Timetable timetable, IEnumerable<IcsFeedReference>? feeds = null)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        Timetable = timetable;
        Feeds = [.. feeds ?? []];
        if (Feeds.Any(f => f is null))
        {
            throw new ArgumentNullException(nameof(feeds), "The feed list must not contain null.");
        }
    }

    /// <summary>Gets the validated timetable.</summary>
    public Timetable Timetable { get; }

    /// <summary>Gets the outside .ics feeds, in the order of the file. The reader does not open them.</summary>
    public ImmutableArray<IcsFeedReference> Feeds { get; }

    /// <summary>Gets the warnings found while reading (the model's validation warnings, with their place in the file); empty for a document built in code.</summary>
    public ImmutableArray<TimetableFormatProblem> Warnings { get; init; } = [];

    /// <summary>Compares the timetables' notes and items and the feeds; warnings are not compared.</summary>
    /// <param name="other">The other document.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TimetableDocument? other) =>
        other is not null
        && string.Equals(Timetable.Note, other.Timetable.Note, StringComparison.Ordinal)
        && Timetable.Mechanisms.SequenceEqual(other.Timetable.Mechanisms)
        && Timetable.Cycles.SequenceEqual(other.Timetable.Cycles)
        && Timetable.Countries.SequenceEqual(other.Timetable.Countries)
        && Timetable.Persons.SequenceEqual(other.Timetable.Persons)
        && Timetable.Reviews.SequenceEqual(other.Timetable.Reviews)
        && Timetable.Meetings.SequenceEqual(other.Timetable.Meetings)
        && Timetable.Blackouts.SequenceEqual(other.Timetable.Blackouts)
        && Feeds.SequenceEqual(other.Feeds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Timetable.Reviews.Length, Timetable.Meetings.Length, Feeds.Length);
}
