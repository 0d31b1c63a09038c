using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>The allowed windows of movable visits: explicit per stage, else the current dates widened by a slack.</summary>
/// <remarks>Windows are local dates of the host country, end inclusive. A visit must lie wholly inside its window.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MoveWindows
{
    private readonly ImmutableDictionary<StageId, DateInterval> explicitWindows;

    private MoveWindows(int slackDays, ImmutableDictionary<StageId, DateInterval> explicitWindows)
    {
        SlackDays = slackDays;
        this.explicitWindows = explicitWindows;
    }

    /// <summary>Gets the calendar days a visit without an explicit window may move earlier or later.</summary>
    public int SlackDays { get; }

    /// <summary>Creates windows of the current dates widened by <paramref name="slackDays"/> calendar days on each side.</summary>
    /// <param name="slackDays">The slack, 0 to 366.</param>
    /// <returns>The windows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slackDays"/> is not in [0, 366].</exception>
    public static MoveWindows Around(int slackDays)
    {
        if (slackDays is < 0 or > 366)
        {
            throw new ArgumentOutOfRangeException(nameof(slackDays), slackDays, "The slack must be between 0 and 366 days.");
        }

        return new MoveWindows(slackDays, ImmutableDictionary<StageId, DateInterval>.Empty);
    }

    /// <summary>Returns windows with an explicit window for one visit (replacing an earlier one for it).</summary>
    /// <param name="visit">The visit stage.</param>
    /// <param name="window">Its allowed dates, end inclusive, at most 3660 days.</param>
    /// <returns>The new windows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is longer than 3660 days.</exception>
    public MoveWindows With(StageId visit, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.Length > 3660)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window.Length, ProposalText.Format("The window of {0} must not exceed 3660 days.", visit));
        }

        return new MoveWindows(SlackDays, explicitWindows.SetItem(visit, window));
    }

    /// <summary>Gets the window of a visit.</summary>
    /// <param name="visit">The visit stage.</param>
    /// <returns>Its explicit window, else its current local dates widened by <see cref="SlackDays"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is null.</exception>
    public DateInterval WindowOf(Stage visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (explicitWindows.TryGetValue(visit.Id, out var w))
        {
            return w;
        }

        var dates = visit.Timing.LocalDates;
        return new DateInterval(dates.Start.PlusDays(-SlackDays), dates.End.PlusDays(SlackDays));
    }
}
