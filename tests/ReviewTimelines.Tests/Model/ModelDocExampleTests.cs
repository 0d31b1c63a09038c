using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

/// <summary>The example of docs/model.md, kept compiling and passing here; keep the two in step.</summary>
public class ModelDocExampleTests
{
    [Fact]
    public void DocsExample_VisitAndDeadline_BuildResolveAndListResources()
    {
        // --- docs/model.md example: begin ---
        IDateTimeZoneProvider zones = DateTimeZoneProviders.Tzdb; // at the application edge only
        var vienna = zones["Europe/Vienna"];
        var austria = new WorkingCalendarBuilder("AUT", vienna)
            .AddPublicHoliday(new LocalDate(2021, 4, 5), "Easter Monday")
            .Build();
        var greco = new MechanismId("GRECO");
        var aut = new CountryCode("AUT");
        var expert = new PersonId("expert-deu-1");

        var timetable = new TimetableBuilder()
            .AddMechanism(new Mechanism
            {
                Id = greco,
                Name = "Group of States against Corruption",
                ShortName = "GRECO",
                SeatName = "Strasbourg",
                SeatZone = zones["Europe/Paris"],
            })
            .AddCycle(new ReviewCycle { Id = new CycleId("GRECO-5"), Mechanism = greco, Name = "Fifth evaluation round" })
            .AddCountry(new Country { Code = aut, Name = "Austria", Calendar = austria })
            .AddPerson(new Person { Id = expert, Name = "Expert", Role = PersonRole.GovernmentalExpert, HomeZone = zones["Europe/Berlin"] })
            .AddReview(new CountryReview
            {
                Id = new ReviewId("GRECO5-AUT"),
                Mechanism = greco,
                Cycle = new CycleId("GRECO-5"),
                StateUnderReview = aut,
                GovernmentalExperts = [expert],
                Stages =
                [
                    new Stage
                    {
                        Id = new StageId("GRECO5-AUT-visit"),
                        Kind = StageKind.CountryVisit,
                        Name = "On-site visit",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 3, 25), new LocalDate(2021, 3, 29), vienna),
                        Location = StageLocation.InCountryUnderReview,
                        Participants = [expert],
                        Deadline = new StageDeadline(new LocalDate(2021, 4, 3), TimetableResource.ForCountry(aut), DeadlineRoll.NextWorkingDay),
                    },
                ],
            })
            .Build(); // throws TimetableValidationException listing every problem

        var visit = new StageId("GRECO5-AUT-visit");
        var range = timetable.GetStage(visit).ToInstantRange();   // [2021-03-24T23:00Z, 2021-03-29T22:00Z): 119 h, across the DST change
        var holds = timetable.ResourcesOf(visit);                  // country:AUT, person:expert-deu-1
        var deadline = timetable.ResolveDeadline(visit)!;          // Sat 3 April rolls over Easter Monday to Tue 6 April: expires 2021-04-06T22:00Z
        // --- docs/model.md example: end ---

        range.Start.Should().Be(Instant.FromUtc(2021, 3, 24, 23, 0));
        range.End.Should().Be(Instant.FromUtc(2021, 3, 29, 22, 0));
        range.Duration.Should().Be(Duration.FromHours(119));
        holds.Select(k => k.ToString()).Should().Equal("country:AUT", "person:expert-deu-1");
        deadline.DueDate.Should().Be(new LocalDate(2021, 4, 6));
        deadline.Expiry.Should().Be(Instant.FromUtc(2021, 4, 6, 22, 0));
        timetable.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void DocsExample_CodeInDocs_IsIdenticalToThisTest()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ReviewTimelines.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        var test = File.ReadAllText(Path.Combine(root!.FullName, "tests", "ReviewTimelines.Tests", "Model", "ModelDocExampleTests.cs"));
        var docs = File.ReadAllText(Path.Combine(root.FullName, "docs", "model.md"));
        const string begin = "// --- docs/model.md example: begin ---\n";
        const string end = "        // --- docs/model.md example: end ---";
        var start = test.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var snippet = string.Join(
            "\n",
            test[start..test.IndexOf(end, StringComparison.Ordinal)].TrimEnd('\n').Split('\n').Select(l => l.StartsWith("        ", StringComparison.Ordinal) ? l[8..] : l));

        docs.Should().Contain("```csharp\n" + snippet + "\n```");
    }
}
