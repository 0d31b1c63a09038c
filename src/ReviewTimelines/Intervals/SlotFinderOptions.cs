using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>Settings for a <see cref="SlotFinder"/>: the slot's length, its own buffers and the grid of allowed starts.</summary>
/// <remarks>Fill it, then pass it to <see cref="SlotFinder(SlotFinderOptions)"/>, which validates and copies it once.</remarks>
/// <threadsafety>Not thread-safe while being filled; the engine built from it is.</threadsafety>
public sealed class SlotFinderOptions
{
    /// <summary>Gets or sets the exact length of the slot; must be positive. Defaults to one hour.</summary>
    public Duration Duration { get; set; } = Duration.FromHours(1);

    /// <summary>Gets or sets the new item's own before-buffer (preparation time): it must lie in availability and not overlap blocked time. Defaults to zero.</summary>
    public Duration Before { get; set; } = Duration.Zero;

    /// <summary>Gets or sets the new item's own after-buffer. Defaults to zero.</summary>
    public Duration After { get; set; } = Duration.Zero;

    /// <summary>Gets or sets the grid of allowed starts; defaults to every minute in UTC.</summary>
    public SlotGrid Grid { get; set; } = SlotGrid.Every(Duration.FromMinutes(1));
}
