using System.Globalization;
using CsCheck;
using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.Intervals;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Export;

/// <summary>Property tests: export then import is the identity on instants, dates and UIDs, also when the TZID is not an IANA name.</summary>
public class RoundTripPropertyTests
{
    private static readonly string[] Zones =
    [
        "Europe/Vienna", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham",
        "America/St_Johns", "America/Santiago", "Africa/Casablanca", "Europe/Dublin", "Asia/Tehran", "UTC",
    ];

    private static readonly Gen<FeedEvent> GenTimed =
        Gen.Select(Gen.Int[0, Zones.Length - 1], Gen.Int[0, 3 * 366], Gen.Int[0, (24 * 4) - 1], Gen.Int[0, 3 * 24 * 4])
            .Select((zone, day, quarter, length) =>
            {
                var tz = Tzdb[Zones[zone]];
                var start = new LocalDate(2024, 1, 1).PlusDays(day).At(LocalTime.Midnight.PlusMinutes(quarter * 15)).InZoneLeniently(tz).ToInstant();
                return new FeedEvent
                {
                    Uid = "t",
                    Summary = "Timed",
                    Range = InstantRange.FromInstants(start, start + Duration.FromMinutes(length * 15)),
                    TimeZoneId = tz.Id,
                };
            });

    private static readonly Gen<FeedEvent> GenAllDay =
        Gen.Select(Gen.Int[0, 3 * 366], Gen.Int[0, 6]).Select((day, extra) =>
        {
            var first = new LocalDate(2024, 1, 1).PlusDays(day);
            return new FeedEvent { Uid = "d", Summary = "All day", Dates = new DateInterval(first, first.PlusDays(extra)) };
        });

    private static readonly Gen<FeedDocument> GenFeed =
        Gen.Frequency((3, GenTimed), (1, GenAllDay)).List[1, 6].Select(events => new FeedDocument
        {
            Name = "Random",
            Events = events.Select((e, i) => e with { Uid = string.Format(CultureInfo.InvariantCulture, "{0}-{1}@reviewtimelines.test", e.Uid, i) }).ToList(),
        });

    private static string Export(FeedDocument feed) => new IcsExporter(Tzdb).Export(feed);

    private static void AssertSameItems(FeedDocument feed, string ics)
    {
        var imported = ImportIcs(ics, Options("Europe/Vienna", "2020-01-01T00:00:00Z", "2030-01-01T00:00:00Z")).Events;
        imported.Should().HaveCount(feed.Events.Count);
        foreach (var e in feed.Events)
        {
            var back = imported.Single(i => i.Uid == e.Uid);
            if (e.Range is { } range)
            {
                back.Range.Should().Be(range, "{0} in {1}", e.Uid, e.TimeZoneId);
            }
            else
            {
                (back.Dates == e.Dates).Should().BeTrue("{0} keeps its local dates", e.Uid);
            }
        }
    }

    [Fact]
    public void ExportThenImport_RandomFeeds_SameInstantsDatesAndUids()
    {
        GenFeed.Sample(feed => AssertSameItems(feed, Export(feed)), iter: 1000);
    }

    [Fact]
    public void BC09_ExportedVTimeZoneUnderNonIanaTzid_ResolvesLikeTzdb()
    {
        // Renaming every TZID to a name no provider knows forces the import through our own VTIMEZONE observances
        // (the "Customized Time Zone" path); the instants must still equal tzdb's.
        GenFeed.Sample(
            feed =>
            {
                var ics = Export(feed);
                foreach (var zone in Zones)
                {
                    ics = ics.Replace("TZID:" + zone + "\r\n", "TZID:Customized " + zone.Replace('/', ' ') + "\r\n", StringComparison.Ordinal)
                        .Replace("TZID=" + zone + ":", "TZID=Customized " + zone.Replace('/', ' ') + ":", StringComparison.Ordinal);
                }

                ics.Should().NotContainAny(Zones.Where(z => z != "UTC").Select(z => "TZID=" + z + ":"));
                AssertSameItems(feed, ics);
            },
            iter: 1000);
    }

    private static readonly string[] Scripts =
    [
        "Bogotá", "Österreich", "Ελλάδα", "Россия", "Україна", "الإمارات العربية المتحدة", "ישראל", "भारत", "ประเทศไทย",
        "日本国", "대한민국", "中华人民共和国", "Việt Nam", "ქართული", "Հայաստան", "🇦🇹 visit 🗓️", "a,b;c\\d", "line\nbreak",
    ];

    private static readonly Gen<string> GenText =
        Gen.Int[0, Scripts.Length - 1].Array[1, 12].Select(parts => string.Join(" ", parts.Select(p => Scripts[p])));

    [Fact]
    public void ExportThenImportBytes_NonLatinTextAcrossFolds_KeepsSummaryAndCategories()
    {
        Gen.Select(GenText, GenText.Array[0, 3], GenAllDay).Sample(
            (summary, categories, e) =>
            {
                var feed = new FeedDocument { Name = summary, Events = [e with { Uid = "text@reviewtimelines.test", Summary = summary, Categories = categories }] };
                var bytes = System.Text.Encoding.UTF8.GetBytes(Export(feed));

                var imported = new ReviewTimelines.ICalendar.Import.IcsImporter(Tzdb).Import(new MemoryStream(bytes), Options("Europe/Vienna", "2020-01-01T00:00:00Z", "2030-01-01T00:00:00Z"));

                imported.Events.Single().Summary.Should().Be(summary);
                imported.Events.Single().Categories.Should().Equal(categories.Where(c => c.Length > 0));
                imported.CalendarName.Should().Be(summary);
            },
            iter: 500);
    }

    [Fact]
    public void ExportedLines_AreFoldedAtMost75Octets_EvenThroughMultiByteText()
    {
        var feed = new FeedDocument { Name = "n", Events = [new FeedEvent { Uid = "u", Summary = string.Concat(Enumerable.Repeat("日本国🇦🇹", 40)), Dates = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 1)) }] };

        var lines = Export(feed).Split("\r\n");

        lines.Should().OnlyContain(l => System.Text.Encoding.UTF8.GetByteCount(l) <= 75);
        lines.Count(l => l.StartsWith(' ')).Should().BeGreaterThan(5);
    }
}
