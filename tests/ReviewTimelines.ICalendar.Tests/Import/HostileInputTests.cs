using System.Globalization;
using System.Text;
using ReviewTimelines.ICalendar.Import;
using Xunit.Abstractions;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Import;

/// <summary>Issue 21: each hostile example gets its clear answer with bounded allocation (bytes allocated by the importing thread, not time).</summary>
public class HostileInputTests(ITestOutputHelper output)
{
    private const long MiB = 1024 * 1024;

    private static readonly IcsImportOptions Everything =
        new(Zone("UTC"), ReviewTimelines.Intervals.InstantRange.FromInstants(IcsImportOptions.MinWindowStart, IcsImportOptions.MaxWindowEnd));

    private static string Header => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n";

    private (IcsImportResult? Result, IcsImportException? Error, long Allocated) Measure(string text, IcsImportOptions options)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        IcsImportResult? result = null;
        IcsImportException? error = null;
        try
        {
            result = new IcsImporter(Tzdb).Import(text, options);
        }
        catch (IcsImportException e)
        {
            error = e;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine("allocated {0:N0} bytes for {1:N0} characters of input", allocated, text.Length);
        return (result, error, allocated);
    }

    [Fact]
    public void YearlyBySetPosOverAllDays_WidestWindow_IsRefusedByTheWorkBudgetNamingTheRule()
    {
        var text = Header + "BEGIN:VEVENT\r\nUID:setpos\r\nDTSTART:00020101T000000Z\r\nRRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY="
            + string.Join(",", Enumerable.Range(1, 31)) + ";BYSETPOS=" + string.Join(",", Enumerable.Range(1, 366)) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var (_, error, allocated) = Measure(text, Everything);

        error!.Problems.Should().ContainSingle().Which.Should().Match<IcsProblem>(p => p.Uid == "setpos" && p.Property == "RRULE" && p.Line == 7 && p.Message.Contains("MaxRecurrenceWork", StringComparison.Ordinal));
        allocated.Should().BeLessThan(16 * MiB);
    }

    [Fact]
    public void YearlyRuleOverEveryMinute_IsRefusedByTheWorkBudgetBeforeEvaluating()
    {
        var text = Header + "BEGIN:VEVENT\r\nUID:minutes\r\nDTSTART:20250101T000000Z\r\nRRULE:FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR="
            + string.Join(",", Enumerable.Range(0, 24)) + ";BYMINUTE=" + string.Join(",", Enumerable.Range(0, 60)) + ";BYSETPOS=-1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var (_, error, allocated) = Measure(text, Options("UTC"));

        error!.Problems.Should().ContainSingle().Which.Message.Should().Contain("MaxRecurrenceWork");
        allocated.Should().BeLessThan(16 * MiB);
    }

    [Fact]
    public void VTimeZoneWith2000Observances_AndADailySeries_IsRefusedNamingTheZone()
    {
        var zone = new StringBuilder("BEGIN:VTIMEZONE\r\nTZID:Many\r\n");
        for (var i = 0; i < 2000; i++)
        {
            zone.Append(CultureInfo.InvariantCulture, $"BEGIN:STANDARD\r\nDTSTART:{1000 + i:D4}0101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY\r\nEND:STANDARD\r\n");
        }

        var text = Header + zone + "END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:daily\r\nDTSTART;TZID=Many:20250101T090000\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var (_, error, allocated) = Measure(text, Options("UTC"));

        error!.Problems.Should().ContainSingle().Which.Should().Match<IcsProblem>(p => p.Uid == "daily" && p.Property == "DTSTART" && p.Message.Contains("2000 observances, more than the limit of 1000 (IcsImportLimits.MaxObservancesPerTimeZone)", StringComparison.Ordinal));
        allocated.Should().BeLessThan(128 * MiB);
    }

    [Theory]
    [InlineData("RDATE", 1_000_000)]
    [InlineData("EXDATE", 500_000)]
    public void MillionsOfDateValues_AreRefusedAtTheValueLimit(string property, int count)
    {
        var text = new StringBuilder(Header + "BEGIN:VEVENT\r\nUID:many\r\nDTSTART;VALUE=DATE:20250101\r\n");
        for (var line = 0; line < count / 1000; line++)
        {
            text.Append(property).Append(";VALUE=DATE:").AppendJoin(',', Enumerable.Repeat("20250102", 1000)).Append("\r\n");
        }

        var (_, error, allocated) = Measure(text.Append("END:VEVENT\r\nEND:VCALENDAR\r\n").ToString(), Options("UTC"));

        error!.Problems.Should().ContainSingle().Which.Should().Match<IcsProblem>(p => p.Uid == "many" && p.Property == property && p.Line == 27 && p.Message.Contains("MaxRecurrenceDateValues", StringComparison.Ordinal));
        allocated.Should().BeLessThan(512 * MiB);
    }

    [Fact]
    public void YearlyBySetPosOverAllDays_FortyYearWindow_IsExpanded()
    {
        var text = Header + "BEGIN:VEVENT\r\nUID:setpos\r\nDTSTART:19900101T000000Z\r\nRRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY="
            + string.Join(",", Enumerable.Range(1, 31)) + ";BYSETPOS=1,-1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var (result, _, allocated) = Measure(text, Options("UTC"));

        result!.Events.Should().HaveCount(82);
        result.Events[^1].Range!.Value.Start.Should().Be(At("2030-12-31T00:00:00Z"));
        allocated.Should().BeLessThan(256 * MiB);
    }

    [Fact]
    public void ManyRulesEachUnderTheirBudget_AreRefusedAtTheTotalWorkBudget()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 100; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:m{i}\r\nDTSTART:19900101T000000Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=20;BYHOUR=9;COUNT=3\r\nEND:VEVENT\r\n");
        }

        var (_, error, allocated) = Measure(text.Append("END:VCALENDAR\r\n").ToString(), Options("UTC") with { Limits = new IcsImportLimits { MaxTotalRecurrenceWork = 10_000_000 } });

        error!.Problems.Should().Contain(p => p.Message.Contains("MaxTotalRecurrenceWork", StringComparison.Ordinal));
        allocated.Should().BeLessThan(64 * MiB);
    }

    [Fact]
    public void TwentyThousandRdatesAndExdates_AreMatchedByHashing()
    {
        var days = Enumerable.Range(0, 10_000).Select(i => new NodaTime.LocalDate(2000, 1, 1).PlusDays(i).ToString("uuuuMMdd", CultureInfo.InvariantCulture)).ToList();
        var text = new StringBuilder(Header + "BEGIN:VEVENT\r\nUID:linear\r\nDTSTART;VALUE=DATE:19991231\r\n");
        foreach (var chunk in days.Chunk(1000))
        {
            text.Append("RDATE;VALUE=DATE:").AppendJoin(',', chunk).Append("\r\n");
        }

        foreach (var chunk in days.Where((_, i) => i % 2 == 0).Chunk(1000))
        {
            text.Append("EXDATE;VALUE=DATE:").AppendJoin(',', chunk).Append("\r\n");
        }

        var (result, _, allocated) = Measure(text.Append("END:VEVENT\r\nEND:VCALENDAR\r\n").ToString(), Options("UTC"));

        result!.Events.Should().HaveCount(5_001);
        allocated.Should().BeLessThan(64 * MiB);
    }

    [Fact]
    public void TenThousandCalendarsWithOneCustomZone_BuildTheZoneOnce()
    {
        const string Calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VTIMEZONE\r\nTZID:Custom\r\n"
            + "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
            + "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
            + "END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:e{0}\r\nDTSTART;TZID=Custom:20250704T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i => Calendar.Replace("{0}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));

        var (result, _, allocated) = Measure(text, Options("UTC"));

        result!.Events.Should().HaveCount(10_000).And.OnlyContain(e => e.Range!.Value.Start == At("2025-07-04T08:00:00Z"));
        allocated.Should().BeLessThan(1024 * MiB);
    }

    [Fact]
    public void FortyNineThousandEventsSharingOneUid_AreEachImportedWithOneWarning()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 49_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:same\r\nDTSTART:2025{1 + (i % 12):D2}{1 + (i % 28):D2}T100000Z\r\nEND:VEVENT\r\n");
        }

        var (result, _, allocated) = Measure(text.Append("END:VCALENDAR\r\n").ToString(), Options("UTC"));

        result!.Events.Should().HaveCount(49_000);
        result.Problems.Should().ContainSingle().Which.Message.Should().StartWith("49000 VEVENTs share this UID");
        allocated.Should().BeLessThan(1024 * MiB);
    }

    [Fact]
    public void TwoHourlySeriesOf19999InstancesLasting800Days_ImportEveryInstanceOnce()
    {
        var text = Header
            + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20250101T000000Z\r\nDURATION:P800D\r\nRRULE:FREQ=HOURLY;COUNT=19999\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20250101T003000Z\r\nDURATION:P800D\r\nRRULE:FREQ=HOURLY;COUNT=19999\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var (result, _, allocated) = Measure(text, Options("UTC"));

        result!.Events.Should().HaveCount(39_998);
        allocated.Should().BeLessThan(1024 * MiB);
    }

    [Fact]
    public void ThousandHourlySeriesUnderTheTotalCap_AreImported()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 1000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:s{i}\r\nDTSTART:20250101T{i % 24:D2}{i % 60:D2}00Z\r\nRRULE:FREQ=HOURLY;COUNT=199\r\nEND:VEVENT\r\n");
        }

        var (result, _, allocated) = Measure(text.Append("END:VCALENDAR\r\n").ToString(), Options("UTC"));

        result!.Events.Should().HaveCount(199_000);
        allocated.Should().BeLessThan(2048 * MiB);
    }

    [Fact]
    public void ThousandHourlySeriesOverTheTotalCap_AreRefusedAtTheCap()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 1000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:s{i}\r\nDTSTART:20250101T000000Z\r\nRRULE:FREQ=HOURLY;COUNT=500\r\nEND:VEVENT\r\n");
        }

        var (_, error, _) = Measure(text.Append("END:VCALENDAR\r\n").ToString(), Options("UTC"));

        error!.Problems.Should().ContainSingle().Which.Message.Should().Contain("MaxTotalOccurrences");
    }
}
