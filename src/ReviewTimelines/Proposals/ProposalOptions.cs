namespace ReviewTimelines.Proposals;

/// <summary>Settings shared by the slot proposer, the resolver and the joint-visit advisor: the separation rule and the scoring weights.</summary>
/// <remarks>
/// Scores are integer points, lower is better. Each engine validates and copies these settings once, when it is
/// constructed; later changes to this object do not affect an engine already built.
/// </remarks>
/// <threadsafety>Mutable settings object; do not share while changing it.</threadsafety>
public sealed class ProposalOptions
{
    /// <summary>Gets or sets the minimum number of working days of the host country strictly between two visits of different mechanisms to that country; default 10.</summary>
    public int SeparationWorkingDays { get; set; } = 10;

    /// <summary>Gets or sets a value indicating whether the separation also applies between two visits of the same mechanism to one country; default true, as the conflict detector's country-visit rule checks every pair of visits to a State.</summary>
    public bool SeparateSameMechanism { get; set; } = true;

    /// <summary>Gets or sets the points per calendar day between a candidate's start and the preferred start; default 1.</summary>
    public int PointsPerDayDisplaced { get; set; } = 1;

    /// <summary>Gets or sets the points for each warning-level soft period of the host country (Ramadan, an election) a candidate touches, uncertainty margin included; default 10.</summary>
    public int SoftPeriodPoints { get; set; } = 10;

    /// <summary>Gets or sets the points for each soft blackout on the country or a participant a candidate overlaps; default 10.</summary>
    public int SoftBlackoutPoints { get; set; } = 10;

    /// <summary>Gets or sets the minimum number of free calendar days a participant should have between this visit and their other items; default 2.</summary>
    public int MinimumRestDays { get; set; } = 2;

    /// <summary>Gets or sets the points for each participant left with fewer than <see cref="MinimumRestDays"/> free days (fairness to busy experts); default 3.</summary>
    public int RestPoints { get; set; } = 3;

    internal ProposalOptions Validated()
    {
        NonNegative(SeparationWorkingDays, "options.SeparationWorkingDays");
        NonNegative(PointsPerDayDisplaced, "options.PointsPerDayDisplaced");
        NonNegative(SoftPeriodPoints, "options.SoftPeriodPoints");
        NonNegative(SoftBlackoutPoints, "options.SoftBlackoutPoints");
        NonNegative(MinimumRestDays, "options.MinimumRestDays");
        NonNegative(RestPoints, "options.RestPoints");
        if (SeparationWorkingDays > 366)
        {
            throw new ArgumentOutOfRangeException("options.SeparationWorkingDays", SeparationWorkingDays, "Separations above 366 working days are not supported.");
        }

        if (MinimumRestDays > 366)
        {
            throw new ArgumentOutOfRangeException("options.MinimumRestDays", MinimumRestDays, "Rest periods above 366 days are not supported.");
        }

        return (ProposalOptions)MemberwiseClone();
    }

    private static void NonNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must not be negative.");
        }
    }
}
