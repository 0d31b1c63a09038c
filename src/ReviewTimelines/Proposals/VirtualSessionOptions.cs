using NodaTime;

namespace ReviewTimelines.Proposals;

/// <summary>Settings of the <see cref="VirtualSessionPlanner"/>: session lengths, breaks, grid and the acceptable extension of working hours.</summary>
/// <remarks>
/// All lengths are elapsed time on the instant line. The planner validates the settings once, when it is constructed;
/// later changes to this object do not affect a planner already built.
/// </remarks>
/// <threadsafety>Mutable settings object; do not share while changing it.</threadsafety>
public sealed class VirtualSessionOptions
{
    /// <summary>Gets or sets the zone whose local dates name the session days (usually the organizing secretariat's zone).</summary>
    public DateTimeZone? HostZone { get; set; }

    /// <summary>Gets or sets the longest session, breaks included (H); default 3 hours.</summary>
    public Duration MaxLength { get; set; } = Duration.FromHours(3);

    /// <summary>Gets or sets the shortest useful session; default 1 hour.</summary>
    public Duration MinLength { get; set; } = Duration.FromHours(1);

    /// <summary>Gets or sets the longest sitting without a break; default 90 minutes.</summary>
    public Duration SittingLength { get; set; } = Duration.FromMinutes(90);

    /// <summary>Gets or sets the length of each break between sittings; default 15 minutes.</summary>
    public Duration BreakLength { get; set; } = Duration.FromMinutes(15);

    /// <summary>Gets or sets the grid step: session starts lie on multiples of it in <see cref="HostZone"/> local time, and lengths are tried in steps of it; default 15 minutes.</summary>
    public Duration Step { get; set; } = Duration.FromMinutes(15);

    /// <summary>Gets or sets the session's own buffer before its start that must be free of the participants' bookings (not of out-of-hours time); default zero.</summary>
    public Duration BufferBefore { get; set; } = Duration.Zero;

    /// <summary>Gets or sets the session's own buffer after its end that must be free of the participants' bookings; default zero.</summary>
    public Duration BufferAfter { get; set; } = Duration.Zero;

    /// <summary>Gets or sets how far before the start and after the end of each working-hours span a session may reach, with a penalty; default zero (no extension).</summary>
    public Duration MaxExtension { get; set; } = Duration.Zero;
}
