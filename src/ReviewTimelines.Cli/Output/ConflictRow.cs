using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Cli.Output;

/// <summary>One conflict as the tool prints it, whatever produced it.</summary>
/// <param name="Id">The stable conflict id (kind slug and a hash of kind, resource and items).</param>
/// <param name="Kind">The kind, kebab-case (e.g. <c>country-visit-overlap</c>).</param>
/// <param name="Severity">hard, soft or opportunity.</param>
/// <param name="Items">The items involved as <c>kind:id</c>, ordinal order.</param>
/// <param name="Resource">The shared resource as <c>kind:value</c>, or empty.</param>
/// <param name="Overlap">The overlap (or gap) interval, half-open.</param>
/// <param name="Zone">The zone of the resource, in which <see cref="LocalDates"/> and the sentence's dates are given.</param>
/// <param name="Sentence">The plain sentence.</param>
/// <param name="IsGroup">Whether the conflict groups a crowd (more than K items at once, or a stage's violated predecessors) instead of one pair.</param>
internal sealed record ConflictRow(string Id, string Kind, string Severity, IReadOnlyList<string> Items, string Resource, InstantRange Overlap, DateTimeZone Zone, string Sentence, bool IsGroup = false)
{
    /// <summary>How many items a group shows in the text table (its JSON lists them all).</summary>
    public const int ItemsShown = 8;

    public string LocalDates => Text.LocalDates(Overlap, Zone);

    /// <summary>Gets the items for the text and markdown tables: all of a pair's; a group's first <see cref="ItemsShown"/> and a count of the rest.</summary>
    public string ItemsText => !IsGroup || Items.Count <= ItemsShown
        ? string.Join(", ", Items)
        : string.Join(", ", Items.Take(ItemsShown)) + string.Format(System.Globalization.CultureInfo.InvariantCulture, " (and {0} more; {1} in all)", Items.Count - ItemsShown, Items.Count);
}
