namespace ReviewTimelines.Intervals;

/// <summary>Operations on <see cref="AllenRelation"/> values.</summary>
/// <threadsafety>Stateless; safe to call from any thread.</threadsafety>
public static class AllenRelationExtensions
{
    /// <summary>Gets the converse relation: if <c>a.Relate(b) == r</c> then <c>b.Relate(a) == r.Converse()</c>.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The converse (<see cref="AllenRelation.Equal"/> is its own converse).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined member.</exception>
    public static AllenRelation Converse(this AllenRelation relation)
    {
        if (relation < AllenRelation.Before || relation > AllenRelation.After)
        {
            throw new ArgumentOutOfRangeException(nameof(relation), relation, "Not one of the 13 Allen relations.");
        }

        // The members are numbered so that the converse mirrors around Equal (6).
        return (AllenRelation)(12 - (int)relation);
    }

    /// <summary>Tells whether the relation means the two ranges share at least one instant.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>
    /// <see langword="true"/> for every relation except <see cref="AllenRelation.Before"/>, <see cref="AllenRelation.Meets"/>,
    /// <see cref="AllenRelation.MetBy"/> and <see cref="AllenRelation.After"/>. For any <c>a</c>, <c>b</c> this equals
    /// <c>a.Overlaps(b)</c>, except for two zero-length markers at the same instant (<see cref="AllenRelation.Equal"/>,
    /// but no shared instant under RFC 4791 §9.9).
    /// </returns>
    public static bool SharesInstants(this AllenRelation relation) =>
        relation is not (AllenRelation.Before or AllenRelation.Meets or AllenRelation.MetBy or AllenRelation.After);
}
