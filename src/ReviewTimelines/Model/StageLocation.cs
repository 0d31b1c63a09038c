namespace ReviewTimelines.Model;

/// <summary>Where a stage takes place.</summary>
public enum StageLocationKind
{
    /// <summary>In the State under review (an on-site country visit).</summary>
    InCountryUnderReview = 0,

    /// <summary>At the seat of a mechanism (e.g. an UNCAC joint meeting in Vienna).</summary>
    AtSeat = 1,

    /// <summary>Online (a virtual visit or videoconference).</summary>
    Virtual = 2,
}

/// <summary>Where a stage takes place: in the State under review, at a mechanism's seat, or online.</summary>
/// <remarks>
/// <see cref="Seat"/> is set exactly when <see cref="Kind"/> is <see cref="StageLocationKind.AtSeat"/>. Equality is by
/// kind and seat. <c>default</c> is <see cref="InCountryUnderReview"/>. A stage with no place at all (paperwork such
/// as a checklist or a draft report) has no location (<see cref="Stage.Location"/> is null).
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct StageLocation
{
    private StageLocation(StageLocationKind kind, MechanismId? seat)
    {
        Kind = kind;
        Seat = seat;
    }

    /// <summary>Gets the location in the State under review.</summary>
    public static StageLocation InCountryUnderReview => new(StageLocationKind.InCountryUnderReview, null);

    /// <summary>Gets the online location.</summary>
    public static StageLocation Virtual => new(StageLocationKind.Virtual, null);

    /// <summary>Gets the kind of location.</summary>
    public StageLocationKind Kind { get; }

    /// <summary>Gets the mechanism whose seat hosts the stage, for <see cref="StageLocationKind.AtSeat"/>; otherwise null.</summary>
    public MechanismId? Seat { get; }

    /// <summary>Creates the location at the seat of <paramref name="mechanism"/>.</summary>
    /// <param name="mechanism">The mechanism whose seat hosts the stage.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentException"><paramref name="mechanism"/> is the default (invalid) id.</exception>
    public static StageLocation AtSeat(MechanismId mechanism) =>
        new(StageLocationKind.AtSeat, ModelChecks.Id(mechanism, nameof(StageLocation), nameof(mechanism)));

    /// <summary>Formats as <c>in-country</c>, <c>virtual</c> or <c>seat:GRECO</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Kind switch
    {
        StageLocationKind.InCountryUnderReview => "in-country",
        StageLocationKind.Virtual => "virtual",
        _ => "seat:" + Seat,
    };
}
