using NodaTime;

namespace ReviewTimelines.Cli;

/// <summary>What a run of the tool talks to: the output and error writers, the clock and the zone provider.</summary>
/// <remarks>Program.cs passes the console, <see cref="SystemClock"/> and tzdb; tests pass writers they read back,
/// a fake clock and the same tzdb. <c>--now</c> overrides <see cref="Clock"/> for one run.</remarks>
/// <param name="Out">Where results go (stdout).</param>
/// <param name="Error">Where errors go (stderr).</param>
/// <param name="Clock">The clock for "now" when no <c>--now</c> is given.</param>
/// <param name="Zones">The IANA zone provider.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, IClock Clock, IDateTimeZoneProvider Zones);
