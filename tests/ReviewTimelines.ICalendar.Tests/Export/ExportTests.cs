using System.Globalization;
using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Export;

/// <summary>Export field cases (BC-06 d, BC-07, BC-13 a, BC-19, BC-20), determinism, golden file and round trip.</summary>
public class ExportTests
{
    private static readonly FakeClock Clock = new(At("2025-05-01T08:00:00Z"));

    private static string ExportFeed(FeedDocument document) => new IcsExporter(Tzdb).Export(document);

    private static string[] Lines(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

    private static string[] Block(string ics, string tzid)
    {
        var lines = Lines(ics);
        var start = Array.IndexOf(lines, "TZID:" + tzid);
        var end = Array.IndexOf(lines, "END:VTIMEZONE", start);
        return lines[start..end];
    }

    internal static FeedDocument SampleFeed() => new()
    {
        Name = "GRECO, WGB; Austria",
        RefreshInterval = Duration.FromHours(12),
        Events =
        [
            new FeedEvent { Uid = "visit-npl-1@reviewtimelines.test", Summary = "Expert visit", Range = Range("2025-06-02T03:15:00Z", "2025-06-02T04:15:00Z"), TimeZoneId = "Asia/Kathmandu", Categories = ["UNCAC IRM", "country visit"], Sequence = 2 },
            new FeedEvent { Uid = "review-aut-1@reviewtimelines.test", Summary = "Review", Range = Range("2025-06-03T12:00:00Z", "2025-06-03T13:00:00Z"), TimeZoneId = "Europe/Vienna", Conflicts = [new FeedConflict("country-visit-overlap/0a1b2c3d4e5f6071", "country-visit-overlap", "hard", "GRECO visit to Austria overlaps")] },
            new FeedEvent { Uid = "closure-aut-1@reviewtimelines.test", Summary = "Office closure", Dates = new DateInterval(Date("2025-12-24"), Date("2025-12-26")) },
            new FeedEvent { Uid = "closure-aut-2@reviewtimelines.test", Summary = "Blackout", Dates = new DateInterval(Date("2025-12-29"), Date("2025-12-29")), AlarmBefore = Duration.FromDays(1) },
            new FeedEvent
            {
                Uid = "bc19@reviewtimelines.test",
                Summary = "Escaping",
                Range = Range("2025-01-14T22:00:00Z", "2025-01-14T23:00:00Z"),
                TimeZoneId = "Australia/Lord_Howe",
                Description = "Review; Vienna, Graz \\ Linz\nPart 2: \"final\"",
                Location = "Orientation\\New wing",
                Categories = ["review", "visit, site"],
            },
        ],
        FreeBusy =
        [
            new FeedFreeBusy("fb-aut@reviewtimelines.test", "Austria", Range("2025-06-01T00:00:00Z", "2025-07-01T00:00:00Z"), InstantRangeSet.FromRanges(Range("2025-06-03T12:00:00Z", "2025-06-03T13:00:00Z"), Range("2025-06-02T12:30:00Z", "2025-06-03T12:30:00Z"))),
        ],
    };

    [Fact]
    public void BC13_AllDayItems_AreDateValuesWithExclusiveEnd()
    {
        var lines = Lines(ExportFeed(SampleFeed()));

        lines.Should().ContainInOrder("DTSTART;VALUE=DATE:20251224", "DTEND;VALUE=DATE:20251227");
        lines.Should().ContainInOrder("DTSTART;VALUE=DATE:20251229", "DTEND;VALUE=DATE:20251230");
        lines.Should().NotContain(l => l.Contains("20251224T", StringComparison.Ordinal) || l.Contains("20251229T", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".", "-", "~")]
    [InlineData("/", ".", "\u2212")]
    public void BC13_Export_IsByteIdenticalUnderAnyCulture(string dateSeparator, string timeSeparator, string negativeSign)
    {
        // The build runs with InvariantGlobalization, so named cultures are unavailable: mutate a clone of the
        // invariant culture instead, which is what a culture-sensitive formatter would pick up.
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.DateSeparator = dateSeparator;
        culture.DateTimeFormat.TimeSeparator = timeSeparator;
        culture.NumberFormat.NegativeSign = negativeSign;
        culture.NumberFormat.PositiveSign = "#";
        var expected = ExportFeed(SampleFeed());
        var stress = ExportFeed(IndependentParserTests.StressFeed());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            ExportFeed(SampleFeed()).Should().Be(expected);
            ExportFeed(IndependentParserTests.StressFeed()).Should().Be(stress, "negative offsets (America/*) and durations must not use the culture's signs");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("Europe/Copenhagen")]
    [InlineData("UTC")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Pacific/Auckland")]
    public void BC13_Export_IsByteIdenticalUnderAnyProcessZone(string processZone)
    {
        var expected = ExportFeed(SampleFeed());
        var saved = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", processZone);
            TimeZoneInfo.ClearCachedData();
            TimeZoneInfo.Local.Id.Should().Be(processZone, "the test must really change the process zone");
            var actual = ExportFeed(SampleFeed());
            actual.Should().Be(expected);
            Lines(actual).Should().ContainInOrder("DTSTART;VALUE=DATE:20251224", "DTEND;VALUE=DATE:20251227");
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", saved);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public void Tzdb_Version_IsPinned()
    {
        // Expected offsets in these tests come from this tzdb release (NodaTime 3.3.7's embedded data).
        NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.TzdbVersion.Should().Be("2026f");
    }

    [Fact]
    public void BC19_TextValues_EscapeBackslashSemicolonCommaNewlineOnly()
    {
        var lines = Lines(ExportFeed(SampleFeed()));

        lines.Should().Contain("DESCRIPTION:Review\\; Vienna\\, Graz \\\\ Linz\\nPart 2: \"final\"");
        lines.Should().Contain("LOCATION:Orientation\\\\New wing");
        lines.Should().Contain("CATEGORIES:review,visit\\, site");
    }

    [Fact]
    public void BC19_ParseOfSerialize_GivesBackTheText()
    {
        var feed = SampleFeed();
        var imported = ImportIcs(ExportFeed(feed), Options("Europe/Vienna")).Events.Single(e => e.Uid == "bc19@reviewtimelines.test");

        imported.Categories.Should().Equal("review", "visit, site");
        imported.Summary.Should().Be("Escaping");
    }

    [Fact]
    public void BC20_OneVTimeZonePerTzidUsed_WithRealObservances()
    {
        var ics = ExportFeed(SampleFeed());
        var lines = Lines(ics);

        lines.Count(l => l == "BEGIN:VTIMEZONE").Should().Be(3);
        lines.Where(l => l.StartsWith("TZID:", StringComparison.Ordinal)).Should().Equal("TZID:Asia/Kathmandu", "TZID:Australia/Lord_Howe", "TZID:Europe/Vienna");
        lines.Should().Contain(["VERSION:2.0", "PRODID:" + IcsExporter.ProductId, "METHOD:PUBLISH"]);
        lines.Count(l => l.StartsWith("UID:", StringComparison.Ordinal)).Should().Be(6);
        lines.Where(l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal)).Should().OnlyContain(l => l == "DTSTAMP:20000101T000000Z", "no event has a last change: the fixed fallback, never the clock");

        // BC-07: Kathmandu +05:45 since 1986-01-01, written +0545.
        Block(ics, "Asia/Kathmandu").Should().ContainInOrder("BEGIN:STANDARD", "DTSTART:19860101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0545");

        // Vienna: STANDARD +0200 -> +0100 on the last Sunday of October 2025, DAYLIGHT +0100 -> +0200 on the last Sunday of March 2025.
        var vienna = Block(ics, "Europe/Vienna");
        vienna.Should().ContainInOrder("BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200");
        vienna.Should().ContainInOrder("BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100");
        // Issue 12 item 10: regular rules in RRULE form (last Sunday of March/October), the run's length as COUNT.
        vienna.Should().ContainInOrder("BEGIN:DAYLIGHT", "DTSTART:20240331T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "RRULE:FREQ=YEARLY;COUNT=3;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT");
        vienna.Should().ContainInOrder("BEGIN:STANDARD", "DTSTART:20241027T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "RRULE:FREQ=YEARLY;COUNT=2;BYDAY=-1SU;BYMONTH=10", "END:STANDARD");
        vienna.Should().NotContain(l => l.StartsWith("RDATE", StringComparison.Ordinal));
    }

    [Fact]
    public void BC06_LordHoweVTimeZone_HasHalfHourShiftAtTwoLocal()
    {
        var block = Block(ExportFeed(SampleFeed()), "Australia/Lord_Howe");

        // STANDARD +1100 -> +1030 on the first Sunday of April (2025-04-06 02:00), DAYLIGHT +1030 -> +1100 on the first Sunday of October (2024-10-06 02:00).
        // The exported range is 2025-01-14, so the block covers 2024-01-14 .. 2026-01-14 from the interval then in force.
        // In RRULE form (first Sunday of October/April, 02:00 local), the run's length as COUNT.
        block.Should().ContainInOrder("BEGIN:DAYLIGHT", "DTSTART:20231001T020000", "TZOFFSETFROM:+1030", "TZOFFSETTO:+1100", "TZNAME:+11", "RRULE:FREQ=YEARLY;COUNT=3;BYDAY=1SU;BYMONTH=10");
        block.Should().ContainInOrder("BEGIN:STANDARD", "DTSTART:20240407T020000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1030", "TZNAME:+1030", "RRULE:FREQ=YEARLY;COUNT=2;BYDAY=1SU;BYMONTH=4");
    }

    [Fact]
    public void BC07_KathmanduVisit_WrittenAtLocalWallTime()
    {
        Lines(ExportFeed(SampleFeed())).Should().ContainInOrder("DTSTART;TZID=Asia/Kathmandu:20250602T090000", "DTEND;TZID=Asia/Kathmandu:20250602T100000");
    }

    [Fact]
    public void Export_InstantInRepeatedFallBackHour_WrittenInUtcAndRoundTrips()
    {
        // Vienna 2025-10-26: 03:00 CEST -> 02:00 CET at 01:00Z, so 02:30 local happens at 00:30Z (CEST) and again at 01:30Z (CET).
        var feed = new FeedDocument
        {
            Name = "Fall back",
            Events =
            [
                new FeedEvent { Uid = "first", Summary = "First 02:30", Range = Range("2025-10-26T00:30:00Z", "2025-10-26T01:30:00Z"), TimeZoneId = "Europe/Vienna" },
                new FeedEvent { Uid = "second", Summary = "Second 02:30", Range = Range("2025-10-26T01:30:00Z", "2025-10-26T02:30:00Z"), TimeZoneId = "Europe/Vienna" },
            ],
        };

        var ics = ExportFeed(feed);
        var lines = Lines(ics);

        lines.Should().ContainInOrder("UID:first", "DTSTART;TZID=Europe/Vienna:20251026T023000", "DTEND:20251026T013000Z");
        lines.Should().ContainInOrder("UID:second", "DTSTART:20251026T013000Z", "DTEND;TZID=Europe/Vienna:20251026T033000");
        ImportIcs(ics, Options("Europe/Vienna")).Events.Select(e => e.Range).Should().Equal(feed.Events.Select(e => e.Range));
    }

    [Fact]
    public void Export_InvalidEvents_ThrowNamingTheUid()
    {
        var both = new FeedEvent { Uid = "both", Summary = "x", Range = Range("2025-01-01T00:00:00Z", "2025-01-01T01:00:00Z"), Dates = new DateInterval(Date("2025-01-01"), Date("2025-01-01")) };
        var zonedDay = new FeedEvent { Uid = "zoned-day", Summary = "x", Dates = new DateInterval(Date("2025-01-01"), Date("2025-01-01")), TimeZoneId = "Europe/Vienna" };
        var unknown = new FeedEvent { Uid = "mars", Summary = "x", Range = Range("2025-01-01T00:00:00Z", "2025-01-01T01:00:00Z"), TimeZoneId = "Mars/Olympus" };

        foreach (var e in new[] { both, zonedDay, unknown })
        {
            var act = () => ExportFeed(new FeedDocument { Name = "x", Events = [e] });
            act.Should().Throw<ArgumentException>().WithMessage("*'" + e.Uid + "'*");
        }

        var duplicate = () => ExportFeed(new FeedDocument { Name = "x", Events = [unknown with { TimeZoneId = null }, unknown with { TimeZoneId = null }] });
        duplicate.Should().Throw<ArgumentException>().WithMessage("*'mars'*");
    }

    [Fact]
    public void Export_Properties_KeepOurOrderNotIcalNetsAlphabeticalSort()
    {
        var lines = Lines(ExportFeed(SampleFeed()));

        lines.Take(9).Should().Equal(
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + IcsExporter.ProductId, "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "NAME:GRECO\\, WGB\\; Austria", "X-WR-CALNAME:GRECO\\, WGB\\; Austria", "REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H");
        lines.Should().ContainInOrder("UID:visit-npl-1@reviewtimelines.test", "DTSTAMP:20000101T000000Z", "SEQUENCE:2", "DTSTART;TZID=Asia/Kathmandu:20250602T090000", "DTEND;TZID=Asia/Kathmandu:20250602T100000", "SUMMARY:Expert visit", "CATEGORIES:UNCAC IRM,country visit", "TRANSP:OPAQUE", "END:VEVENT");
    }

    [Fact]
    public void Export_Conflicts_DescriptionParagraphCategoryAndXProperty()
    {
        var lines = Lines(ExportFeed(SampleFeed()));

        lines.Should().ContainInOrder(
            "UID:review-aut-1@reviewtimelines.test",
            "DESCRIPTION:Conflict (hard): GRECO visit to Austria overlaps",
            "CATEGORIES:CONFLICT",
            IcsExporter.ConflictProperty + ";X-KIND=country-visit-overlap;X-SEVERITY=hard:country-visit-overlap/0a1b2c3d4e5f6071");
        lines.Count(l => l.StartsWith(IcsExporter.ConflictProperty, StringComparison.Ordinal)).Should().Be(1, "only the event with a conflict carries one");
    }

    [Theory]
    [InlineData("kind with space", "hard")]
    [InlineData("kind", "hard;x")]
    [InlineData("kind", "")]
    public void FeedConflict_KindOrSeverityNotASlug_Throws(string kind, string severity)
    {
        var act = () => new FeedConflict("id", kind, severity, "sentence");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Export_FreeBusy_MergedSortedUtcPeriods()
    {
        Lines(ExportFeed(SampleFeed())).Where(l => l.StartsWith("FREEBUSY", StringComparison.Ordinal))
            .Should().Equal("FREEBUSY:20250602T123000Z/20250603T130000Z"); // FBTYPE=BUSY is the default (RFC 5545 §3.2.9)
        ImportIcs(ExportFeed(SampleFeed()), Options("Europe/Vienna")).FreeBusy.Single().Periods.Should().OnlyContain(p => p.Kind == FreeBusyKind.Busy);
    }

    [Fact]
    public void Export_LongLines_FoldAt75OctetsWithCrLf()
    {
        var summary = new string('ä', 100) + string.Concat(Enumerable.Repeat("\U0001F30D", 40));
        var feed = SampleFeed() with { Events = [new FeedEvent { Uid = "long", Summary = summary, Range = Range("2025-01-01T00:00:00Z", "2025-01-01T01:00:00Z") }] };

        var ics = ExportFeed(feed);

        ics.Split("\r\n").Should().OnlyContain(l => System.Text.Encoding.UTF8.GetByteCount(l) <= 75);
        ics.Split("\r\n").Should().NotContain(l => l.Length > 0 && char.IsHighSurrogate(l[l.Length - 1]), "a fold must not split a UTF-16 surrogate pair (a 4-octet UTF-8 sequence)");
        Lines(ics).Should().Contain("SUMMARY:" + summary);
        ics.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n");
    }

    [Fact]
    public void Export_RoundTrip_ImportGivesSameInstantsAndIds()
    {
        var feed = SampleFeed();
        var imported = ImportIcs(ExportFeed(feed), Options("Europe/Vienna"));

        foreach (var e in feed.Events)
        {
            var back = imported.Events.Single(i => i.Uid == e.Uid);
            if (e.Range is { } range)
            {
                back.Range.Should().Be(range);
                back.SourceTimeZoneId.Should().Be(e.TimeZoneId);
            }
            else
            {
                (back.Dates == e.Dates).Should().BeTrue();
            }
        }

        imported.FreeBusy.Single().Busy().Should().Equal(feed.FreeBusy[0].Busy);
        imported.CalendarName.Should().Be("GRECO, WGB; Austria");
    }

    [Fact]
    public void Export_SampleFeed_MatchesGoldenFile()
    {
        // Regenerate with REVIEWTIMELINES_UPDATE_GOLDEN=<path to Data/golden/sample-feed.ics>, then review the diff.
        var actual = ExportFeed(SampleFeed());
        if (Environment.GetEnvironmentVariable("REVIEWTIMELINES_UPDATE_GOLDEN") is { Length: > 0 } target)
        {
            File.WriteAllText(target, actual);
        }

        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "golden", "sample-feed.ics"));

        actual.Should().Be(golden);
    }
}
