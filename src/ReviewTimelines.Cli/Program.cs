using NodaTime;
using ReviewTimelines.Cli;

// The edge of the application: the machine's clock and the tzdb zones are read here only (`--now` overrides the clock).
return ReviewTimelinesCli.Run(args, Console.Out, Console.Error, SystemClock.Instance, DateTimeZoneProviders.Tzdb);
