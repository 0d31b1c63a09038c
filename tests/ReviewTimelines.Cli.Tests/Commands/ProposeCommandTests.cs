using NodaTime;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class ProposeCommandTests
{
    [Fact]
    public void Propose_EmbeddedTimetable_ListsMovesAndJointVisits()
    {
        var result = CliRun.Run("propose");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().StartWith("review-timelines propose\n");
        result.Out.Should().Contain("the embedded reference timetable");
        result.Out.Should().Contain("Moves (");
        result.Out.Should().Contain("Joint-visit proposals (");
    }

    [Fact]
    public void Propose_EmbeddedTimetable_ProposesThePlantedJointVisit()
    {
        var planted = ReferenceTimetable.Create(DateTimeZoneProviders.Tzdb).PlantedSituations.Single(p => p.Kind == PlantedSituationKind.JointVisitOpportunity);

        var result = CliRun.Run("propose");

        var proposals = result.Out[result.Out.IndexOf("Joint-visit proposals", StringComparison.Ordinal)..];
        proposals.Split('\n').Should().Contain(line => planted.Items.All(i => line.Contains(i.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public void Propose_JointWeeksOutOfRange_ExitsOne()
    {
        var result = CliRun.Run("propose", "--joint-weeks", "60");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--joint-weeks: 60 is outside 0-52");
    }
}
