using ReviewTimelines.ICalendar.Import;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Import;

/// <summary>The real files added for issue 12 (SOURCES.md, python-icalendar fixtures): RDATE lists, THISANDFUTURE, non-UTF-8 bytes.</summary>
public class RdateCorpusTests
{
    private static IcsImportResult Import(string file, bool lenient = false) =>
        new IcsImporter(Tzdb).Import(File.OpenRead(CorpusPath(file)), Options("UTC", "2015-01-01T00:00:00Z", "2025-01-01T00:00:00Z") with { Lenient = lenient });

    [Fact]
    public void LotusNotesThisAndFutureOverrideWithRdatePeriods_ImportsItsFourMonthlyInstances()
    {
        var result = Import("lotus-notes-thisandfuture-rdate-period-01.ics");

        result.Problems.Should().BeEmpty();
        result.Events.Select(e => e.Range!.Value.ToString()).Should().Equal(
            "2021-11-01T15:00:00Z/2021-11-01T15:30:00Z",
            "2021-12-06T15:00:00Z/2021-12-06T15:30:00Z",
            "2022-01-03T15:00:00Z/2022-01-03T15:30:00Z",
            "2022-02-07T15:00:00Z/2022-02-07T15:30:00Z");
    }

    [Fact]
    public void KhalRdatePeriodListWithWindowsTzid_ImportsNineteenTuesdaysInChicago()
    {
        var result = Import("khal-thisandfuture-rdate-period-windows-tzid-01.ics");

        result.Problems.Should().ContainSingle().Which.Property.Should().Be("UID", "the VEVENT has no UID");
        result.Events.Should().HaveCount(19).And.OnlyContain(e => e.Range!.Value.Duration == NodaTime.Duration.FromHours(1));
        result.Events[0].Range!.Value.Start.Should().Be(At("2018-03-27T13:00:00Z"));
        result.Events[^1].Range!.Value.Start.Should().Be(At("2018-07-31T13:00:00Z"));
    }

    [Fact]
    public void Rfc5545RdateExamplesWithoutDtstart_AreSixErrorsEachAtItsVevent()
    {
        var result = Import("broken-rfc5545-rdate-forms-no-dtstart-01.ics", lenient: true);

        result.Events.Should().BeEmpty();
        result.Problems.Select(p => (p.Uid, p.Property, p.Line)).Should().Equal(
            ("0", "DTSTART", 2), ("1", "DTSTART", 6), ("2", "DTSTART", 10), ("3", "DTSTART", 14), ("4", "DTSTART", 19), ("5", "DTSTART", 24));
    }

    [Theory]
    [InlineData("broken-rdate-period-of-dates-01.ics")]
    [InlineData("broken-rdate-period-of-dates-tzid-01.ics")]
    public void RdatePeriodOfDates_IsAnErrorOnTheRdateLine(string file)
    {
        var act = () => Import(file);

        act.Should().Throw<IcsImportException>().Which.Problems.Should().ContainSingle().Which.Should().Match<IcsProblem>(
            p => p.Uid == "1" && p.Property == "RDATE" && p.Line == 5 && p.Message.StartsWith("the period '19970101/19970102' is not start/end or start/duration with DATE-TIME values", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("broken-fuzz-non-utf8-rdate-01.ics", 3)]
    [InlineData("broken-fuzz-non-utf8-begin-01.ics", 1)]
    public void FuzzedNonUtf8Bytes_AreRefusedNamingTheFirstBadLine(string file, int line)
    {
        var act = () => Import(file);

        act.Should().Throw<IcsImportException>().Which.Problems.Should().ContainSingle().Which.Should().Match<IcsProblem>(
            p => p.Line == line && p.Message.StartsWith("Line " + line + " is not UTF-8: the byte 0xDF", StringComparison.Ordinal));
    }
}
