using System.Diagnostics;
using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>An item for the <see cref="OverlapSweep"/>: an id, the half-open range it occupies, the resources it holds, and the reach it needs kept clear.</summary>
/// <typeparam name="TId">The caller's id type; carried through to the clashes, never compared or hashed by the engine.</typeparam>
/// <remarks>
/// <para>
/// The <see cref="Reach"/> is a range that contains <see cref="Range"/>: the item needs <c>[Reach.Start, Range.Start)</c>
/// and <c>[Range.End, Reach.End)</c> kept free of <em>other items' ranges</em> on every resource it holds (a padding;
/// paddings may overlap each other). By default it equals <see cref="Range"/>. A higher layer sets it with
/// <see cref="WithPadding"/> (exact durations) or <see cref="WithReach"/> (an end it computed itself, e.g. "10 working
/// days after the visit ends" in the country's calendar).
/// </para>
/// <para>Resources are de-duplicated and kept in ordinal order. Items have reference identity, not value equality.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SweepItem<TId>
    where TId : notnull
{
    private readonly ResourceKey[] resources;

    /// <summary>Initializes a new instance of the <see cref="SweepItem{TId}"/> class with no padding.</summary>
    /// <param name="id">The caller's id.</param>
    /// <param name="range">The half-open range the item occupies; zero-length for a marker (RFC 4791 §9.9).</param>
    /// <param name="resources">The resources held; at least one, none <c>default</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="resources"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="resources"/> is empty or holds a <c>default</c> key.</exception>
    public SweepItem(TId id, InstantRange range, IEnumerable<ResourceKey> resources)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(resources);
        var keys = SortedDistinct(resources);
        if (keys.Length == 0)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Item {0} holds no resource; give at least one.", id), nameof(resources));
        }

        if (Array.Exists(keys, k => k.IsDefault))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Item {0} holds a default (empty) resource key.", id), nameof(resources));
        }

        Id = id;
        Range = range;
        Reach = range;
        this.resources = keys;
        Nanos = SweepNanos.Of(range, range);
    }

    /// <summary>Creates an item from keys the caller has already sorted (ordinal), de-duplicated and checked (at least one, none default); the array is kept, not copied.</summary>
    /// <remarks>For hot paths that build many items from prepared keys (the conflict detector): skips the copy, sort and de-duplication of the public constructor.</remarks>
    /// <param name="id">The caller's id.</param>
    /// <param name="range">The half-open range.</param>
    /// <param name="sortedDistinctResources">The keys, sorted and distinct; the caller must not change the array afterwards.</param>
    /// <returns>The item, with no padding.</returns>
    internal static SweepItem<TId> FromSortedDistinct(TId id, InstantRange range, ResourceKey[] sortedDistinctResources)
    {
        AssertSortedDistinct(sortedDistinctResources);
        return new(id, range, range, sortedDistinctResources);
    }

    /// <summary>Creates an item with a reach from keys the caller has already sorted, de-duplicated and checked; one object instead of an item and its <see cref="WithReach"/> copy.</summary>
    /// <param name="id">The caller's id.</param>
    /// <param name="range">The half-open range.</param>
    /// <param name="reach">The reach; must contain <paramref name="range"/>.</param>
    /// <param name="sortedDistinctResources">The keys, sorted and distinct; the caller must not change the array afterwards.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reach"/> does not contain <paramref name="range"/>.</exception>
    internal static SweepItem<TId> FromSortedDistinct(TId id, InstantRange range, InstantRange reach, ResourceKey[] sortedDistinctResources)
    {
        CheckReach(id, range, reach);
        AssertSortedDistinct(sortedDistinctResources);
        return new(id, range, reach, sortedDistinctResources);
    }

    private SweepItem(TId id, InstantRange range, InstantRange reach, ResourceKey[] resources)
    {
        Id = id;
        Range = range;
        Reach = reach;
        this.resources = resources;
        Nanos = SweepNanos.Of(range, reach);
    }

    /// <summary>Gets the caller's id.</summary>
    public TId Id { get; }

    /// <summary>Gets the half-open range the item occupies.</summary>
    public InstantRange Range { get; }

    /// <summary>Gets the range the item needs clear of other items' ranges; contains <see cref="Range"/>.</summary>
    public InstantRange Reach { get; }

    /// <summary>Gets the distinct resources held, in ordinal order.</summary>
    public IReadOnlyList<ResourceKey> Resources => resources;

    internal ResourceKey[] ResourceArray => resources;

    /// <summary>Gets the end points as 64-bit nanoseconds since the Unix epoch, computed once so repeated sweeps skip the conversion.</summary>
    internal SweepNanos Nanos { get; }

    /// <summary>Returns a copy whose reach is the range widened by <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <param name="before">Exact time before the start that must stay clear; not negative.</param>
    /// <param name="after">Exact time after the end that must stay clear; not negative.</param>
    /// <returns>The padded item: <c>Reach = [Start - before, End + after)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A padding is negative.</exception>
    public SweepItem<TId> WithPadding(Duration before, Duration after) =>
        new(Id, Range, Range.Widen(before, after), resources);

    /// <summary>Returns a copy with an explicitly computed reach (e.g. working days in a country's calendar).</summary>
    /// <param name="reach">The range to keep clear; must contain <see cref="Range"/> (<c>reach.Start &lt;= Start</c>, <c>End &lt;= reach.End</c>).</param>
    /// <returns>The item with the given reach.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reach"/> does not contain <see cref="Range"/>.</exception>
    public SweepItem<TId> WithReach(InstantRange reach)
    {
        CheckReach(Id, Range, reach);
        return new(Id, Range, reach, resources);
    }

    [Conditional("DEBUG")]
    private static void AssertSortedDistinct(ResourceKey[] keys)
    {
        Debug.Assert(keys.Length > 0 && !keys[0].IsDefault, "At least one key, none default.");
        for (var i = 1; i < keys.Length; i++)
        {
            Debug.Assert(keys[i - 1].CompareTo(keys[i]) < 0, "Keys sorted and distinct.");
        }
    }

    private static void CheckReach(TId id, InstantRange range, InstantRange reach)
    {
        if (reach.Start > range.Start || reach.End < range.End)
        {
            throw new ArgumentOutOfRangeException(
                nameof(reach),
                reach,
                string.Format(CultureInfo.InvariantCulture, "The reach {0} of item {1} does not contain its range {2}.", reach, id, range));
        }
    }

    /// <summary>Copies, sorts (ordinal) and de-duplicates keys: a sort of a small array then one pass over neighbours (equal keys compare equal, so they end up adjacent), cheaper than a hash set for the few keys an item holds.</summary>
    private static ResourceKey[] SortedDistinct(IEnumerable<ResourceKey> resources)
    {
        var keys = resources.ToArray();
        if (keys.Length < 2)
        {
            return keys;
        }

        if (Array.Exists(keys, k => k.IsDefault))
        {
            return keys; // rejected by the caller with its own message
        }

        Array.Sort(keys);
        var n = 1;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] != keys[n - 1])
            {
                keys[n++] = keys[i];
            }
        }

        if (n < keys.Length)
        {
            Array.Resize(ref keys, n);
        }

        return keys;
    }

    /// <summary>Formats as <c>id range [resources]</c> for diagnostics.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} [{2}]", Id, Range, string.Join(", ", resources));
}
