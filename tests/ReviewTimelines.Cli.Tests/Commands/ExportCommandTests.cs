using NodaTime;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public void Export_All_WritesOneFeedWithEveryScheduledItem()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");

        var result = CliRun.Run("export", "--out", folder, "--now", "2021-03-01T00:00:00Z");

        result.ExitCode.Should().Be(0);
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().Equal("all.ics");
        var text = File.ReadAllText(Path.Combine(folder, "all.ics"));
        text.Should().Contain("DTSTAMP:20000101T000000Z", "DTSTAMP comes from the items' last change, never the clock (--now); the reference items have none");
        var window = InstantRange.FromInstants(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2040, 1, 1, 0, 0));
        var imported = new IcsImporter(DateTimeZoneProviders.Tzdb).Import(text, new IcsImportOptions(DateTimeZone.Utc, window));
        var timetable = Cli.Input.TimetableLoader.Embedded(new CliEnvironment(TextWriter.Null, TextWriter.Null, new NodaTime.Testing.FakeClock(CliRun.FixedNow), DateTimeZoneProviders.Tzdb));
        var feeds = new TimetableFeeds(timetable, new TimetableFeedOptions("review-timelines.invalid"));
        var expected = timetable.ScheduledItems().Select(i => feeds.UidOf(i.Item))
            .Concat(timetable.Stages.Where(s => s.Deadline is not null && !(s.Kind == StageKind.Deadline && s.Timing.IsAllDay && s.Timing.LocalDates.Start == timetable.ResolveDeadline(s.Id)!.DueDate && s.Timing.LocalDates.End == s.Timing.LocalDates.Start)).Select(s => feeds.DeadlineUidOf(s.Id)))
            .Order(StringComparer.Ordinal);
        imported.Events.Select(e => e.Uid).Order(StringComparer.Ordinal).Should().Equal(expected);
        result.Out.Should().Contain(string.Format(System.Globalization.CultureInfo.InvariantCulture, "- all.ics ({0} event(s))", imported.Events.Count));

        // The exporter's defaulted DTSTAMP is said, not silent (issue 12 item 9, issue 22).
        result.Out.Should().Contain(string.Format(System.Globalization.CultureInfo.InvariantCulture, "Warning (all.ics): {0} event(s) have no last change (", imported.Events.Count))
            .And.Contain("their DTSTAMP is 2000-01-01T00:00:00Z, the fixed fallback");
    }

    [Fact]
    public void Export_PerMechanism_WritesOneFileEachAndIsByteIdenticalOnRerun()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "one");
        var second = Path.Combine(temp.Path, "two");

        CliRun.Run("export", "--out", first, "--feed", "mechanisms", "--now", "2021-03-01T00:00:00Z").ExitCode.Should().Be(0);
        CliRun.Run("export", "--out", second, "--feed", "mechanisms", "--now", "2021-03-01T00:00:00Z").ExitCode.Should().Be(0);

        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        names.Should().Contain(["mechanism-GRECO.ics", "mechanism-UNCAC-IRM.ics", "mechanism-OECD-WGB.ics"]);
        foreach (var name in names)
        {
            File.ReadAllBytes(Path.Combine(second, name!)).Should().Equal(File.ReadAllBytes(Path.Combine(first, name!)));
        }

        var greco = File.ReadAllText(Path.Combine(first, "mechanism-GRECO.ics"));
        greco.Should().Contain("UID:meeting-GRECO-2020-10@review-timelines.invalid").And.NotContain("COSP");
    }

    [Fact]
    public void Export_CountryFeed_ShowsTheDetectorsConflictsOnTheEvents()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");

        CliRun.Run("export", "--out", folder, "--feed", "country:AUT").ExitCode.Should().Be(0);

        var window = InstantRange.FromInstants(Instant.FromUtc(2020, 1, 1, 0, 0), Instant.FromUtc(2023, 1, 1, 0, 0));
        var imported = new IcsImporter(DateTimeZoneProviders.Tzdb).Import(File.ReadAllText(Path.Combine(folder, "country-AUT.ics")), new IcsImportOptions(DateTimeZone.Utc, window));
        var visit = imported.Events.Single(e => e.Uid == "stage-SAMPLE-GRECO5-AUT/G3@review-timelines.invalid");
        visit.Categories.Should().Contain("CONFLICT");
    }

    [Fact]
    public void Export_UnknownFeed_WritesNothing()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");

        var result = CliRun.Run("export", "--out", folder, "--feed", "all", "--feed", "mechanism:NOPE");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--feed 'mechanism:NOPE': the timetable has no mechanism 'NOPE'");
        Directory.Exists(folder).Should().BeFalse();
        Directory.GetFileSystemEntries(temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Export_BadIcsIntoExistingFolder_LeavesItAsItWas()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "all.ics"), "old");

        var result = CliRun.Run("export", "--out", folder, "--ics", CliRun.DataPath("unreadable.ics"));

        result.ExitCode.Should().Be(1);
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().Equal("all.ics");
        File.ReadAllText(Path.Combine(folder, "all.ics")).Should().Be("old");
        Directory.GetFileSystemEntries(temp.Path).Should().Equal(folder);
    }

    [Fact]
    public void Export_IntoExistingFolder_ReplacesOnlyItsOwnFiles()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "all.ics"), "old");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "keep");

        CliRun.Run("export", "--out", folder).ExitCode.Should().Be(0);

        File.ReadAllText(Path.Combine(folder, "all.ics")).Should().StartWith("BEGIN:VCALENDAR");
        File.ReadAllText(Path.Combine(folder, "notes.txt")).Should().Be("keep");
        Directory.GetFileSystemEntries(temp.Path).Should().Equal(folder);
    }
}
