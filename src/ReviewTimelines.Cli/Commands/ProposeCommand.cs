using System.CommandLine;
using System.Globalization;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Interim;
using ReviewTimelines.Cli.Output;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>propose</c>: moves that clear the hard conflicts, and joint-visit proposals.</summary>
internal static class ProposeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var horizon = new Option<int>("--joint-weeks")
        {
            Description = "Propose a joint visit when two mechanisms visit the same country within this many weeks (0-52).",
            DefaultValueFactory = _ => 8,
        };
        var command = new Command("propose", "Propose moves of movable stages that clear the hard conflicts, and joint visits where two mechanisms visit the same country close together.");
        common.AddTo(command);
        command.Options.Add(horizon);
        command.SetAction(parse => CommandRunner.Guard(environment, () =>
        {
            var settings = common.Read(parse, environment);
            var weeks = parse.GetValue(horizon);
            if (weeks is < 0 or > 52)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--joint-weeks: {0} is outside 0-52.", weeks));
            }

            var loaded = TimetableLoader.Load(settings, environment);
            var report = CheckCommand.Check(loaded, settings);
            var moves = InterimProposals.Moves(loaded.Timetable, report.Conflicts);
            var joint = InterimProposals.JointVisits(loaded.Timetable, weeks).Where(j => settings.InWindow(j.FirstRange) || settings.InWindow(j.SecondRange)).ToArray();
            var writer = environment.Out;
            writer.WriteLine("review-timelines propose");
            foreach (var line in loaded.HeaderLines())
            {
                writer.WriteLine(line);
            }

            writer.WriteLine("Window: " + settings.WindowText);
            writer.WriteLine("Method: interim proposals of the tool (smallest later whole-day shift of a movable stage; the proposals resolver is not in this build yet).");
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Hard conflicts: {0}.", report.Count("hard")));
            writer.WriteLine();
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Moves ({0}):", moves.Count));
            if (moves.Count > 0)
            {
                var table = new TextTable("Item", "What", "From", "To", "Shift");
                foreach (var m in moves)
                {
                    table.Add(m.Item, m.Name, Text.LocalDates(m.From, m.Zone), Text.LocalDates(m.To, m.Zone), string.Format(CultureInfo.InvariantCulture, "+{0} day(s)", m.ShiftDays));
                }

                table.WriteTo(writer);
            }
            else
            {
                writer.WriteLine(report.Count("hard") == 0 ? "- none needed: no hard conflict." : "- none: every item in a hard conflict is pinned (meetings are pinned; pinned stages are not moved).");
            }

            writer.WriteLine();
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Joint-visit proposals ({0}, visits within {1} weeks):", joint.Length, weeks));
            if (joint.Length > 0)
            {
                var table = new TextTable("Country", "Visit", "Dates", "Visit", "Dates", "Gap");
                foreach (var j in joint)
                {
                    table.Add(j.Country, j.First, Text.LocalDates(j.FirstRange, j.Zone), j.Second, Text.LocalDates(j.SecondRange, j.Zone), string.Format(CultureInfo.InvariantCulture, "{0} day(s)", j.GapDays));
                }

                table.WriteTo(writer);
            }
            else
            {
                writer.WriteLine("- none.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
