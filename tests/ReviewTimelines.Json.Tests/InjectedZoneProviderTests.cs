using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;

namespace ReviewTimelines.Json.Tests;

/// <summary>Zones come from the injected provider only, never from a built-in default.</summary>
public class InjectedZoneProviderTests
{
    private static TimetableJson FormatWithSyntheticZone()
    {
        // One zone, "Test/Shift", at +01 until 2021-03-28T01:00Z and +02 after: a single spring-forward transition.
        var zone = new SingleTransitionDateTimeZone(Instant.FromUtc(2021, 3, 28, 1, 0), Offset.FromHours(1), Offset.FromHours(2), "Test/Shift");
        var source = new FakeDateTimeZoneSource.Builder { zone }.Build();
        var provider = new DateTimeZoneCache(source);
        return new TimetableJson(provider, ReferenceData.ReferenceCatalog.Create(NodaTime.DateTimeZoneProviders.Tzdb));
    }

    [Fact]
    public void Read_SyntheticZone_ResolvesThroughTheInjectedProvider()
    {
        var json = """
            { "people": [ { "id": "p", "name": "P", "role": "other", "homeZone": "Test/Shift",
              "unavailability": [ { "start": "2021-03-28T01:30", "end": "2021-03-28T03:30", "zone": "Test/Shift" } ] } ] }
            """;

        var range = FormatWithSyntheticZone().Read(json).Timetable.Persons.Single().Unavailability.Single().ToInstantRange();

        // 01:30 at +01 is 00:30Z; 03:30 at +02 is 01:30Z (the wall clock jumps 02:00 -> 03:00 at 01:00Z).
        range.Start.Should().Be(Instant.FromUtc(2021, 3, 28, 0, 30));
        range.End.Should().Be(Instant.FromUtc(2021, 3, 28, 1, 30));
    }

    [Fact]
    public void Read_ZoneMissingFromTheInjectedProvider_IsUnknown()
    {
        var act = () => FormatWithSyntheticZone().Read("""{ "countries": [ { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna" } ] }""");

        act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "unknown zone \"Europe/Vienna\" at $.countries[0].zone, line 1, column 62");
    }
}
