using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Model;

/// <summary>A review cycle, evaluation round or phase of a mechanism, e.g. "Second cycle", "Fifth evaluation round", "Phase 4".</summary>
/// <remarks>
/// <para>
/// <see cref="Dates"/>, when given, are local dates (end inclusive) that bound the stages of the cycle's reviews: the
/// validator reports a stage whose <see cref="ItemTiming.LocalDates"/> fall outside them. Dates are compared as
/// local dates, each stage in its own zone, so no zone is needed here.
/// </para>
/// <para>Equality is structural.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReviewCycle
{
    /// <summary>Gets the cycle id.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required CycleId Id { get; init => field = ModelChecks.Id(value, nameof(ReviewCycle), nameof(Id)); }

    /// <summary>Gets the mechanism that runs the cycle.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required MechanismId Mechanism { get; init => field = ModelChecks.Id(value, nameof(ReviewCycle), nameof(Mechanism)); }

    /// <summary>Gets the name, e.g. "Fifth evaluation round".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string Name { get; init => field = ModelChecks.Text(value, nameof(ReviewCycle), nameof(Name)); }

    /// <summary>Gets the local dates of the cycle (end inclusive), or null when open.</summary>
    public DateInterval? Dates { get; init; }

    /// <summary>Formats as <c>GRECO-5 (GRECO) 2017-01-01/2025-12-31</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1}){2}", Id, Mechanism, Dates is null ? string.Empty : " " + ModelChecks.Format(Dates));
}
