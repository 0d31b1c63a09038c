using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts;

/// <summary>One conflict in a timetable: its kind, severity, the items involved, the shared resource, the interval concerned and a plain sentence.</summary>
/// <remarks>
/// <para>
/// <see cref="Interval"/> is a half-open instant range: the overlap of the items for overlaps and blackouts; for a
/// separation shortfall (visits closer than the minimum separation, plenaries in the same week, joint-visit
/// opportunities) the gap between the two items (zero-length when they touch); for a late stage the part after the
/// deadline; for a stage that starts before its predecessor ends, from the stage's start to the predecessor's end; for a
/// deadline, the non-working local day (or the zero-length instant of a deadline marker).
/// </para>
/// <para>
/// <see cref="Items"/> lists the timetable items first in the order the rule documents (for pairs: the earlier one,
/// then the later one), then calendar entries or outside busy intervals. <see cref="Description"/> is one invariant
/// English sentence with dates local to <see cref="Resource"/>. Equality compares every property, items element by element.
/// Conflicts found by the detector build their sentence and id on first access, from immutable inputs, so the values
/// never change and concurrent readers see equal values.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class Conflict : IEquatable<Conflict>
{
    /// <summary>Initializes a new instance of the <see cref="Conflict"/> class; the id is derived with <see cref="ConflictId.Derive"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="items">The items involved; at least one, none default.</param>
    /// <param name="resource">The shared resource.</param>
    /// <param name="interval">The interval concerned.</param>
    /// <param name="description">The sentence; not blank.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="severity"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> is empty or holds a default reference, <paramref name="resource"/> is default, or <paramref name="description"/> is blank.</exception>
    public Conflict(ConflictKind kind, ConflictSeverity severity, ImmutableArray<ConflictItemRef> items, TimetableResource resource, InstantRange interval, string description)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown conflict kind.");
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown conflict severity.");
        }

        if (items.IsDefaultOrEmpty || items.Any(i => i.Id is null))
        {
            throw new ArgumentException("A conflict names at least one item and no default item reference.", nameof(items));
        }

        if (resource.Value is null)
        {
            throw new ArgumentException("A conflict needs a resource; the default resource key is not one.", nameof(resource));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Kind = kind;
        Severity = severity;
        Items = items;
        Resource = resource;
        Interval = interval;
        this.description = description;
        describe = () => description;
    }

    /// <summary>Initializes a conflict whose sentence and id are built on first access (rules know their arguments are valid).</summary>
    internal Conflict(ConflictKind kind, ConflictSeverity severity, ImmutableArray<ConflictItemRef> items, TimetableResource resource, InstantRange interval, Func<string> describe, bool isGroup = false)
    {
        IsGroup = isGroup;
        Kind = kind;
        Severity = severity;
        Items = items;
        Resource = resource;
        Interval = interval;
        this.describe = describe;
    }

    private readonly Func<string> describe;
    private string? description;
    private ConflictId id;

    /// <summary>Gets the stable id (kind, resource and items), derived on first access.</summary>
    public ConflictId Id
    {
        get
        {
            // Benign race: every thread derives the same value; a struct holding one reference is written atomically.
            if (id.Value is null)
            {
                id = ConflictId.Derive(Kind, Resource, Items);
            }

            return id;
        }
    }

    /// <summary>Gets the kind.</summary>
    public ConflictKind Kind { get; }

    /// <summary>Gets a value indicating whether this conflict stands for a group instead of one pair: a crowd of more than <see cref="ConflictDetectorOptions.CrowdThreshold"/> items holding <see cref="Resource"/> at one time, or a stage with more than that many violated predecessors.</summary>
    /// <remarks>A group names every item it covers in <see cref="Items"/> (their count is <c>Items.Length</c>); its sentence names the first K and counts the rest. See docs/conflicts.md, "Crowds".</remarks>
    public bool IsGroup { get; }

    /// <summary>Gets the severity.</summary>
    public ConflictSeverity Severity { get; }

    /// <summary>Gets the items involved (see the class remarks for their order).</summary>
    public ImmutableArray<ConflictItemRef> Items { get; }

    /// <summary>Gets the shared resource (for deadlines the responsible party, for sequence violations the State under review).</summary>
    public TimetableResource Resource { get; }

    /// <summary>Gets the half-open interval concerned (see the class remarks).</summary>
    public InstantRange Interval { get; }

    /// <summary>Gets the plain sentence, with dates local to <see cref="Resource"/>; built on first access (the detector defers the formatting cost to the conflicts that are read).</summary>
    public string Description => description ??= describe();

    /// <inheritdoc />
    public bool Equals(Conflict? other) =>
        other is not null
        && Id == other.Id
        && Kind == other.Kind
        && Severity == other.Severity
        && Items.SequenceEqual(other.Items)
        && Resource == other.Resource
        && Interval == other.Interval
        && IsGroup == other.IsGroup
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Conflict);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Severity, Interval, Description);

    /// <summary>Formats as <c>Severity kind resource interval: sentence</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} {3}: {4}", Severity, ConflictId.KindSlug(Kind), Resource, Interval, Description);
}
