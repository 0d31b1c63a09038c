using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Json;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Tests.Docs;

/// <summary>
/// The code of README.md's quick start and of docs/getting-started.md, run here. <see cref="DocSnippetTests"/> checks that
/// the documents hold exactly the regions between the <c>// snippet:</c> markers.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class GettingStartedDocTests
{
    [Fact]
    public void ReadmeQuickStart_SampleTimetableFile_PrintsTheCountryVisitConflicts()
    {
        var printed = ConsoleCapture.Lines(QuickStart);

        printed.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("Hard CountryVisitOverlap: ", StringComparison.Ordinal));
        printed.Should().Equal(ReadExpectedQuickStartOutput());
    }

    private static void QuickStart()
    {
        // snippet: readme-quick-start
        var json = new TimetableJson(DateTimeZoneProviders.Tzdb);
        var sample = json.Read(File.ReadAllText("samples/sample-timetable.json")); // the illustrative sample timetable
        var conflicts = new ConflictDetector().Detect(sample.Timetable);
        foreach (var conflict in conflicts.Where(c => c.Kind == ConflictKind.CountryVisitOverlap))
        {
            Console.WriteLine($"{conflict.Severity} {conflict.Kind}: {conflict.Description}");
        }
        // end snippet
    }

    [Fact]
    public void FirstCheck_TwoOverlappingVisitsToAustria_OneHardConflict()
    {
        Timetable? built = null;
        var printed = ConsoleCapture.Lines(() => built = FirstCheck());

        printed.Should().Equal(
            "Hard CountryVisitOverlap on country:AUT: GRECO's country visit to Austria (2021-03-08 to 2021-03-12) overlaps "
            + "OECD WGB's country visit to Austria (2021-03-10 to 2021-03-12) by 3 days.");
        var only = new ConflictDetector().Detect(built!).Should().ContainSingle().Subject;
        only.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 9, 23, 0), Instant.FromUtc(2021, 3, 12, 23, 0)));
    }

    private static Timetable FirstCheck()
    {
        // snippet: first-check
        IDateTimeZoneProvider zones = DateTimeZoneProviders.Tzdb;        // at the application edge only
        var catalog = ReferenceCatalog.Create(zones);
        var vienna = zones["Europe/Vienna"];
        var aut = new CountryCode("AUT");
        var builder = new TimetableBuilder()
            .AddCountry(new Country { Code = aut, Name = "Austria", Calendar = new WorkingCalendarBuilder("AUT", vienna).Build() });

        void AddVisit(MechanismId mechanism, LocalDate first, LocalDate last) => builder
            .AddMechanism(ReferenceMapping.ToMechanism(catalog[mechanism]))
            .AddCycle(new ReviewCycle { Id = new CycleId($"{mechanism}-cycle"), Mechanism = mechanism, Name = "Current cycle" })
            .AddReview(new CountryReview
            {
                Id = new ReviewId($"{mechanism}-AUT"),
                Mechanism = mechanism,
                Cycle = new CycleId($"{mechanism}-cycle"),
                StateUnderReview = aut,
                Stages =
                [
                    new Stage
                    {
                        Id = new StageId($"{mechanism}-AUT-visit"),
                        Kind = StageKind.CountryVisit,
                        Name = "Country visit",
                        Timing = ItemTiming.AllDay(first, last, vienna),    // inclusive local dates in Vienna
                        Location = StageLocation.InCountryUnderReview,
                    },
                ],
            });

        AddVisit(ReferenceMechanisms.Greco, new LocalDate(2021, 3, 8), new LocalDate(2021, 3, 12));
        AddVisit(ReferenceMechanisms.OecdWgb, new LocalDate(2021, 3, 10), new LocalDate(2021, 3, 12));
        Timetable timetable = builder.Build();                           // validates; throws listing every problem

        foreach (var conflict in new ConflictDetector().Detect(timetable))
        {
            Console.WriteLine($"{conflict.Severity} {conflict.Kind} on {conflict.Resource}: {conflict.Description}");
        }
        // end snippet

        return timetable;
    }

    private static IReadOnlyList<string> ReadExpectedQuickStartOutput()
    {
        var path = Path.Combine(DocSnippetTests.RepositoryRoot(), "tests", "Consumer", "QuickStart", "expected-output.txt");
        return File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }
}
