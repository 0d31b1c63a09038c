using NodaTime;

namespace ReviewTimelines.Cli;

/// <summary>A clock that always reads the run's "now" (the <c>--now</c> value, or the machine's clock read once at start).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
