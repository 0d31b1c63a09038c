using NodaTime;

namespace ReviewTimelines.Web.Internal;

/// <summary>A clock that always reads one instant (a snapshot's <see cref="TimetableSnapshot.LastChanged"/>).</summary>
internal sealed class FixedClock(Instant instant) : IClock
{
    public Instant GetCurrentInstant() => instant;
}
