using System.Globalization;
using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>What to place: one country visit, its allowed window and preferred start.</summary>
/// <threadsafety>Immutable once built; safe to share between threads.</threadsafety>
public sealed record VisitSlotRequest
{
    /// <summary>Gets the visit stage (a <see cref="StageKind.CountryVisit"/> with all-day timing).</summary>
    public required StageId Visit { get; init; }

    /// <summary>Gets the allowed window: local dates of the host country, end inclusive; the whole visit must lie inside it.</summary>
    public required DateInterval Window { get; init; }

    /// <summary>Gets the preferred start date; null means the visit's current start.</summary>
    public LocalDate? PreferredStart { get; init; }

    /// <summary>Gets the number of working days the visit needs; null means the working days of its current dates in the host calendar.</summary>
    public int? WorkingDays { get; init; }

    /// <summary>Gets the most candidates to return; default 5.</summary>
    public int MaxCandidates { get; init; } = 5;

    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} in {1}", Visit, ProposalText.Iso(Window));
}
