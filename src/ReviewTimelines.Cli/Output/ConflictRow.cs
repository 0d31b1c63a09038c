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
internal sealed record ConflictRow(string Id, string Kind, string Severity, IReadOnlyList<string> Items, string Resource, InstantRange Overlap, DateTimeZone Zone, string Sentence)
{
    public string LocalDates => Text.LocalDates(Overlap, Zone);
}
