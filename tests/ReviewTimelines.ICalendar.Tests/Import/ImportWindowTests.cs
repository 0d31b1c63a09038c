using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Tests.Import;

/// <summary>The import window must keep the importer's local-date arithmetic representable (newcomer finding: Instant.MinValue..MaxValue crashed inside Import).</summary>
public class ImportWindowTests
{
    private const string Feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a@test\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250602\r\nDTEND;VALUE=DATE:20250603\r\nSUMMARY:Holiday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];

    [Fact]
    public void Constructor_WholeInstantRange_ThrowsNamingTheWindow()
    {
        var act = () => new IcsImportOptions(Vienna, InstantRange.FromInstants(Instant.MinValue, Instant.MaxValue));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("window").WithMessage("The import window *");
    }

    [Fact]
    public void WithWindow_BeyondTheBounds_Throws()
    {
        var options = new IcsImportOptions(Vienna, InstantRange.StartingAt(Instant.FromUtc(2025, 1, 1, 0, 0), Duration.FromDays(365)));

        var act = () => options with { Window = InstantRange.FromInstants(Instant.FromUtc(2025, 1, 1, 0, 0), IcsImportOptions.MaxWindowEnd + Duration.Epsilon) };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The import window *");
    }

    [Fact]
    public void Import_WidestAllowedWindow_ReadsTheEvent()
    {
        var options = new IcsImportOptions(Vienna, InstantRange.FromInstants(IcsImportOptions.MinWindowStart, IcsImportOptions.MaxWindowEnd));

        var result = new IcsImporter(DateTimeZoneProviders.Tzdb).Import(Feed, options);

        result.Events.Should().ContainSingle();
    }

    [Fact]
    public void Import_WidestWindowAndEndlessYearlySeries_EndsWithinTheLimits()
    {
        var feed = Feed.Replace("SUMMARY:Holiday", "RRULE:FREQ=YEARLY\r\nSUMMARY:Holiday", StringComparison.Ordinal);
        var options = new IcsImportOptions(Vienna, InstantRange.FromInstants(IcsImportOptions.MinWindowStart, IcsImportOptions.MaxWindowEnd)) { Lenient = true };

        var result = new IcsImporter(DateTimeZoneProviders.Tzdb).Import(feed, options);

        result.Events.Should().NotBeEmpty();
        result.Events[0].Dates!.Start.Should().Be(new LocalDate(2025, 6, 2));
    }
}
