using System.Collections.Immutable;

namespace ReviewTimelines.Web.Timeline;

/// <summary>How the page groups items into lanes.</summary>
internal enum LaneMode
{
    Country = 0,
    Mechanism = 1,
    Person = 2,
}

/// <summary>One bar of the timeline: a stage, meeting, deadline or outside busy time, placed on the day axis.</summary>
/// <param name="Key">The item key, <c>stage:ID</c>, <c>meeting:ID</c>, <c>deadline:ID</c> (a stage's deadline) or <c>busy:ID</c>.</param>
/// <param name="Kind">The bar kind: visit, meeting, work, step, deadline or busy.</param>
/// <param name="Title">The full title (tooltip and details).</param>
/// <param name="Dates">The local dates or times, with the zone.</param>
/// <param name="Where">Where it happens, or empty.</param>
/// <param name="Mechanism">The mechanism id, or empty.</param>
/// <param name="MechanismName">The mechanism's short name, or empty.</param>
/// <param name="Country">The country under review (stages) or empty.</param>
/// <param name="Countries">Every country it concerns (filter values).</param>
/// <param name="Persons">Every person it concerns (filter values).</param>
/// <param name="PersonNames">The names of those persons, for the details.</param>
/// <param name="Start">Start, in days from the axis origin (local time of the item's zone).</param>
/// <param name="End">End (exclusive), in days from the axis origin.</param>
internal sealed record TimelineItem(
    string Key,
    string Kind,
    string Title,
    string Dates,
    string Where,
    string Mechanism,
    string MechanismName,
    string Country,
    ImmutableArray<string> Countries,
    ImmutableArray<string> Persons,
    ImmutableArray<string> PersonNames,
    double Start,
    double End)
{
    /// <summary>Gets or sets the conflicts (indexes into the page's list) this item is part of.</summary>
    public List<int> Conflicts { get; } = [];

    /// <summary>Gets the worst severity of <see cref="Conflicts"/>: hard, soft, opportunity, or empty.</summary>
    public string Severity { get; set; } = string.Empty;
}

/// <summary>One conflict as the page shows it.</summary>
/// <param name="Index">Its position in the page's list (detector order).</param>
/// <param name="Id">The stable conflict id.</param>
/// <param name="Severity">hard, soft or opportunity.</param>
/// <param name="Kind">The kind slug.</param>
/// <param name="KindText">The kind in words.</param>
/// <param name="Resource">The shared resource key (<c>country:AUT</c>).</param>
/// <param name="ResourceText">The shared resource in words.</param>
/// <param name="Dates">The local dates in the resource's zone.</param>
/// <param name="Sentence">The library's sentence.</param>
/// <param name="Items">The item keys involved (as the page names them).</param>
/// <param name="Start">Start, in days from the axis origin (resource's zone).</param>
/// <param name="End">End, in days from the axis origin.</param>
internal sealed record TimelineConflict(
    int Index,
    string Id,
    string Severity,
    string Kind,
    string KindText,
    string Resource,
    string ResourceText,
    string Dates,
    string Sentence,
    ImmutableArray<string> Items,
    double Start,
    double End);

/// <summary>A bar placed in a lane: the item and its row within the lane.</summary>
internal sealed record PlacedBar(TimelineItem Item, int Row, string Label);

/// <summary>One lane: a label and its bars, stacked in rows so that bars in one row never overlap.</summary>
internal sealed record TimelineLane(string Key, string Label, string Detail, ImmutableArray<PlacedBar> Bars, int Rows, ImmutableArray<TimelineConflict> Marks);

/// <summary>Everything the page draws.</summary>
internal sealed record TimelineModel(
    NodaTime.LocalDate Origin,
    NodaTime.LocalDate Last,
    int DefaultYear,
    ImmutableArray<TimelineItem> Items,
    ImmutableArray<TimelineConflict> Conflicts,
    ImmutableDictionary<LaneMode, ImmutableArray<TimelineLane>> Lanes,
    ImmutableArray<(string Id, string Name)> Mechanisms,
    ImmutableArray<(string Id, string Name)> Countries,
    ImmutableArray<(string Id, string Name)> Persons);
