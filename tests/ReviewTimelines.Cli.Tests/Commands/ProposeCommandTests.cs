using System.Globalization;
using NodaTime;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;
using ReviewTimelines.Tests.Shared;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class ProposeCommandTests
{
    [Fact]
    public void Propose_EmbeddedTimetable_SaysItsVisitsArePinned()
    {
        var timetable = SampleTimetableFile.Timetable;
        var pinned = timetable.Stages.Count(s => s.Kind == StageKind.CountryVisit && s.IsPinned);

        var result = CliRun.Run("propose");

        // Nothing moves (every sample visit is pinned) and the sample has hard conflicts on purpose: they remain.
        result.ExitCode.Should().Be(2);
        result.Error.Should().BeEmpty();
        result.Out.Should().StartWith("review-timelines propose\n");
        result.Out.Should().Contain("the embedded ILLUSTRATIVE sample timetable");
        result.Out.Should().Contain(string.Format(CultureInfo.InvariantCulture, "{0} country visit(s) are pinned (agreed dates) and were not moved; add --move-pinned", pinned));
    }

    [Fact]
    public void Propose_EmbeddedTimetableMovePinned_ListsTheResolversMovesAndTheJointVisits()
    {
        var timetable = SampleTimetableFile.Timetable;
        var builder = timetable.ToBuilder();
        foreach (var stage in timetable.Stages.Where(s => s.Kind == StageKind.CountryVisit && s.IsPinned))
        {
            builder.ReplaceStage(stage with { IsPinned = false });
        }

        var movable = builder.Build();
        var resolution = new TimetableResolver(new ResolverOptions()).Resolve(movable, MoveWindows.Around(28));
        var joint = new JointVisitAdvisor(new ProposalOptions()).Propose(movable, MoveWindows.Around(28), 56);

        var result = CliRun.Run("propose", "--move-pinned");

        result.ExitCode.Should().Be(2, "the sample's hard conflicts between meetings and timed stages cannot be cleared by moving visits");
        resolution.Moves.Should().NotBeEmpty();
        result.Out.Should().Contain(string.Format(CultureInfo.InvariantCulture, "Moves ({0}):", resolution.Moves.Length));
        foreach (var move in resolution.Moves)
        {
            result.Out.Should().MatchRegex(move.Item + ".*" + Dates(move.From) + ".*" + Dates(move.To));
        }

        result.Out.Should().Contain(string.Format(CultureInfo.InvariantCulture, "total displacement {0} day(s)", resolution.TotalDisplacementDays));
        result.Out.Should().Contain(string.Format(CultureInfo.InvariantCulture, "Joint-visit proposals ({0},", joint.Length));
        foreach (var proposal in joint)
        {
            result.Out.Should().Contain("- " + proposal.Explanation);
        }
    }

    [Fact]
    public void Propose_SampleFile_MovesTheUnpinnedVisits()
    {
        // The file's UNCAC visit (9-11 June 2021) overlaps the GRECO visit (7-11 June) in Austria; the WGB visit to Hungary
        // (14-17 June) falls on the German expert's unavailability (14-16 June).
        var result = CliRun.Run("propose", "--input", CliRun.DataPath("austria-2021.json"));

        result.ExitCode.Should().Be(2, "the German expert's outside hearing on 8 June still overlaps the pinned GRECO visit");
        result.Out.Should().MatchRegex(@"stage:UNCAC2-AUT-visit\s.*2021-06-09 to 2021-06-11 Europe/Vienna\s+2021-06-28 to 2021-06-30 Europe/Vienna\s+\+19 day\(s\)");
        result.Out.Should().MatchRegex(@"stage:WGB4-HUN-visit\s.*2021-06-14 to 2021-06-17 Europe/Budapest\s+2021-06-21 to 2021-06-24 Europe/Budapest\s+\+7 day\(s\)");
        result.Out.Should().Contain("Hard conflicts: 5 now, 1 after the moves");
    }

    [Fact]
    public void Propose_MovesClearEveryHardConflict_ExitsZero()
    {
        // Without its outside feed (the German expert's hearing during the pinned GRECO visit), the sample file's hard
        // conflicts are all between visits the resolver may move.
        using var temp = new TempFolder();
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CliRun.DataPath("austria-2021.json")))!.AsObject();
        node.Remove("feeds");
        var path = temp.File("no-feeds.json", node.ToJsonString());

        var check = CliRun.Run("check", "--input", path);
        var result = CliRun.Run("propose", "--input", path);

        check.ExitCode.Should().Be(2);
        check.Out.Should().Contain("4 hard");
        result.Out.Should().Contain("Hard conflicts: 4 now, 0 after the moves");
        result.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Propose_JointWeeksOutOfRange_ExitsOne()
    {
        var result = CliRun.Run("propose", "--joint-weeks", "60");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--joint-weeks: 60 is outside 0-52");
    }

    private static string Dates(Calendars.ZonedDateRange range) =>
        System.Text.RegularExpressions.Regex.Escape(NodaTime.Text.LocalDatePattern.Iso.Format(range.Start) + " to " + NodaTime.Text.LocalDatePattern.Iso.Format(range.End) + " " + range.Zone.Id);
}
