using NodaTime;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.ReferenceData;
using ReviewTimelines.Tests.Shared;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class ReferenceCommandTests
{
    [Fact]
    public void Reference_All_ListsEveryMechanismWithItsSeatSource()
    {
        var catalog = ReferenceCatalog.Create(DateTimeZoneProviders.Tzdb);

        var result = CliRun.Run("reference");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "Embedded reference data: {0} mechanisms, {1} published meetings ({2} with exact days)",
            catalog.Mechanisms.Count,
            catalog.Meetings.Count,
            catalog.Meetings.Count(m => m.Dates is not null)));
        foreach (var mechanism in catalog.Mechanisms)
        {
            result.Out.Should().Contain("== " + mechanism.Acronym + " (" + mechanism.Id.Value + ")");
            if (mechanism.Seat.Source.Citation.Length > 0)
            {
                result.Out.Should().Contain(mechanism.Seat.Source.Citation);
            }
        }
    }

    [Fact]
    public void Reference_OneMechanism_ShowsItsPublishedMeetingsWithSources()
    {
        var result = CliRun.Run("reference", "--mechanism", "GRECO");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("== GRECO (GRECO)");
        result.Out.Should().NotContain("== UNCAC");
        result.Out.Should().MatchRegex(@"GRECO-83\s+GRECO 83rd plenary\s+2019-06-17 to 2019-06-21\s+Europe/Paris\s+Strasbourg\S*\s+S\s+https://www.coe.int/en/web/portal/events");
        result.Out.Should().Contain("2021-03 (month only)");
    }

    [Fact]
    public void Reference_All_DescribesTheEmbeddedSampleByItsNotes()
    {
        var sample = SampleTimetableFile.Timetable;

        var result = CliRun.Run("reference");

        result.Out.Should().Contain(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "Embedded sample timetable (used when no --input is given; samples/sample-timetable.json): {0} mechanisms, {1} published meetings of 2020-01 to 2022-12, {2} countries, {3} people, {4} country reviews with {5} stages.",
            sample.Mechanisms.Length,
            sample.Meetings.Length,
            sample.Countries.Length,
            sample.Persons.Length,
            sample.Reviews.Length,
            sample.Stages.Length));
        result.Out.Should().Contain("  " + sample.Note);
        foreach (var review in sample.Reviews)
        {
            result.Out.Should().Contain("  - " + review.Id.Value + ": " + review.Note);
        }

        result.Out.Should().Contain("  Left out (month-only dates, no day made up): WGB-2020-10 (2020-10), IRG-2020-11 (2020-11), WGB-2020-12 (2020-12), GRECO-2021-03 (2021-03), WGB-2021-03 (2021-03).");
    }

    [Fact]
    public void EmbeddedResource_SampleTimetable_IsTheRepositoryFileByteForByte()
    {
        using var stream = typeof(TimetableLoader).Assembly.GetManifestResourceStream(TimetableLoader.EmbeddedResourceName);
        stream.Should().NotBeNull();
        using var copy = new MemoryStream();
        stream!.CopyTo(copy);

        copy.ToArray().Should().Equal(File.ReadAllBytes(SampleTimetableFile.FullPath));
    }

    [Fact]
    public void Reference_UnknownMechanism_ExitsOne()
    {
        var result = CliRun.Run("reference", "--mechanism", "NOPE");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("unknown mechanism 'NOPE'");
    }
}
