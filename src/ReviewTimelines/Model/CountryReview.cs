using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ReviewTimelines.Model;

/// <summary>The review of one State under review in one cycle of one mechanism, with its team and its stages.</summary>
/// <remarks>
/// <para>
/// Construct with an object initializer; <see cref="Id"/>, <see cref="Mechanism"/>, <see cref="Cycle"/> and
/// <see cref="StateUnderReview"/> are required. Id lists are kept in ordinal order and <see cref="Stages"/> in ordinal
/// stage-id order; duplicates are kept and reported by <see cref="TimetableBuilder.Validate"/>, which also checks every
/// reference (mechanism, cycle, countries, persons, stage predecessors) and the role rules (a reviewing State is not
/// the State under review; the focal point is not also an expert).
/// </para>
/// <para>Equality is structural over every property, stages included.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CountryReview
{
    /// <summary>Gets the review id.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required ReviewId Id { get; init => field = ModelChecks.Id(value, nameof(CountryReview), nameof(Id)); }

    /// <summary>Gets the mechanism conducting the review.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required MechanismId Mechanism { get; init => field = ModelChecks.Id(value, nameof(CountryReview), nameof(Mechanism)); }

    /// <summary>Gets the cycle or round the review belongs to (a cycle of <see cref="Mechanism"/>).</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required CycleId Cycle { get; init => field = ModelChecks.Id(value, nameof(CountryReview), nameof(Cycle)); }

    /// <summary>Gets the State under review.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) code.</exception>
    public required CountryCode StateUnderReview { get; init => field = ModelChecks.Id(value, nameof(CountryReview), nameof(StateUnderReview)); }

    /// <summary>Gets the reviewing States (UNCAC: two, one from the same regional group), in ordinal order.</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) code.</exception>
    public ImmutableArray<CountryCode> ReviewingStates { get; init => field = ModelChecks.SortedIds(value, nameof(CountryReview), nameof(ReviewingStates)); } = [];

    /// <summary>Gets the governmental experts of the reviewing States (or examiners), in ordinal order.</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) id.</exception>
    public ImmutableArray<PersonId> GovernmentalExperts { get; init => field = ModelChecks.SortedIds(value, nameof(CountryReview), nameof(GovernmentalExperts)); } = [];

    /// <summary>Gets the focal point of the State under review, or null when not yet appointed.</summary>
    public PersonId? FocalPoint
    {
        get;
        init => field = value is { } id ? ModelChecks.Id(id, nameof(CountryReview), nameof(FocalPoint)) : null;
    }

    /// <summary>Gets the secretariat team of the review, in ordinal order.</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) id.</exception>
    public ImmutableArray<PersonId> SecretariatTeam { get; init => field = ModelChecks.SortedIds(value, nameof(CountryReview), nameof(SecretariatTeam)); } = [];

    /// <summary>Gets an optional free-text note about the review (e.g. "Illustrative sample review, not a real schedule"), or null.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space (use null for no note).</exception>
    public string? Note { get; init => field = ModelChecks.OptionalText(value, nameof(CountryReview), nameof(Note)); }

    /// <summary>Gets the stages, in ordinal stage-id order (stable: stages with equal ids keep their given order).</summary>
    /// <exception cref="ArgumentException">Set to a list containing null.</exception>
    public ImmutableArray<Stage> Stages
    {
        get;
        init => field = [.. ModelChecks.Items(value, nameof(CountryReview), nameof(Stages)).OrderBy(static s => s.Id)];
    } = [];

    /// <summary>Gets everyone on the review (experts, focal point, secretariat team) once each, in ordinal order.</summary>
    public ImmutableArray<PersonId> Team =>
        [.. GovernmentalExperts.Concat(SecretariatTeam).Concat(FocalPoint is { } f ? [f] : []).Distinct().Order()];

    /// <summary>Finds a stage of this review by id.</summary>
    /// <param name="id">The stage id.</param>
    /// <param name="stage">The first stage with that id, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetStage(StageId id, [NotNullWhen(true)] out Stage? stage)
    {
        foreach (var candidate in Stages)
        {
            if (candidate.Id == id)
            {
                stage = candidate;
                return true;
            }
        }

        stage = null;
        return false;
    }

    /// <summary>Returns a copy in which <paramref name="stage"/> replaces every stage with its id, or is added when there is none.</summary>
    /// <param name="stage">The new or changed stage.</param>
    /// <returns>The changed review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public CountryReview WithStage(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return this with { Stages = [.. Stages.Where(s => s.Id != stage.Id), stage] };
    }

    /// <inheritdoc />
    public bool Equals(CountryReview? other) =>
        other is not null
        && Id == other.Id
        && Mechanism == other.Mechanism
        && Cycle == other.Cycle
        && StateUnderReview == other.StateUnderReview
        && ModelChecks.SameItems(ReviewingStates, other.ReviewingStates)
        && ModelChecks.SameItems(GovernmentalExperts, other.GovernmentalExperts)
        && FocalPoint == other.FocalPoint
        && ModelChecks.SameItems(SecretariatTeam, other.SecretariatTeam)
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && ModelChecks.SameItems(Stages, other.Stages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Mechanism, Cycle, StateUnderReview, ModelChecks.ItemsHash(Stages));

    /// <summary>Formats as <c>GRECO5-AUT (GRECO GRECO-5: AUT)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1} {2}: {3})", Id, Mechanism, Cycle, StateUnderReview);
}
