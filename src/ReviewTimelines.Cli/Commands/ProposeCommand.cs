using System.CommandLine;
using System.Globalization;
using ReviewTimelines.Calendars;
using ReviewTimelines.Cli.Checking;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Output;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;
using ReviewTimelines.Cli.WriteBack;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>propose</c>: the resolver's moves that clear the hard conflicts, and the joint-visit proposals; exit code 2 while hard conflicts remain after the moves.</summary>
internal static class ProposeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var slack = new Option<int>("--slack-days")
        {
            Description = "How far (calendar days, 0-366) a movable country visit may move either way.",
            DefaultValueFactory = _ => 28,
        };
        var horizon = new Option<int>("--joint-weeks")
        {
            Description = "Propose a joint visit when two mechanisms' visits to one country start at most this many weeks apart (0-52).",
            DefaultValueFactory = _ => 8,
        };
        var movePinned = new Option<bool>("--move-pinned")
        {
            Description = "Let the resolver and the joint-visit advisor move pinned (agreed) country visits too.",
        };
        var apply = new ProposeApplyOptions();
        var command = new Command("propose", "Propose moves of movable country visits that clear the hard conflicts with the least total displacement, and joint visits where two mechanisms visit the same country close together (exit code 0: no hard conflict after the moves, 2: hard conflicts remain, 1: bad input).");
        common.AddTo(command);
        command.Options.Add(slack);
        command.Options.Add(horizon);
        command.Options.Add(movePinned);
        apply.AddTo(command);
        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var settings = common.Read(parse, environment);
            var weeks = parse.GetValue(horizon);
            if (weeks is < 0 or > 52)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--joint-weeks: {0} is outside 0-52.", weeks));
            }

            var slackDays = parse.GetValue(slack);
            if (slackDays is < 0 or > 366)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--slack-days: {0} is outside 0-366.", slackDays));
            }

            var applying = apply.Read(parse, settings);
            var loaded = TimetableLoader.Load(settings, environment);
            var fileTimetable = loaded.Timetable;
            var pinnedVisits = loaded.Timetable.Stages.Count(s => s.Kind == StageKind.CountryVisit && s.IsPinned);
            if (parse.GetValue(movePinned))
            {
                loaded = loaded with { Timetable = Unpin(loaded.Timetable) };
            }

            var timetable = loaded.Timetable;
            var windows = MoveWindows.Around(slackDays);
            var before = ConflictCheck.Detect(loaded, settings);
            var resolution = new TimetableResolver(new ResolverOptions()).Resolve(timetable, windows);
            var applied = applying is null ? null : ProposeApplyOptions.Apply(fileTimetable, resolution, applying);
            var after = ConflictCheck.Detect(loaded with { Timetable = applied ?? resolution.ApplyTo(timetable) }, settings);
            var joint = new JointVisitAdvisor(new ProposalOptions()).Propose(timetable, windows, 7 * weeks);
            Write(environment.Out, loaded, settings, slackDays, weeks, before, resolution, after, joint);
            if (!parse.GetValue(movePinned) && pinnedVisits > 0)
            {
                environment.Out.WriteLine();
                environment.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} country visit(s) are pinned (agreed dates) and were not moved; add --move-pinned to let the resolver move them too.", pinnedVisits));
            }

            if (applying is not null)
            {
                ProposeApplyOptions.Report(environment, settings, applying, applied!, resolution, after);
            }

            return after.Any(c => c.Severity == ConflictSeverity.Hard) ? ExitCodes.HardConflicts : ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(
        TextWriter writer,
        LoadedTimetable loaded,
        RunSettings settings,
        int slackDays,
        int weeks,
        IReadOnlyList<Conflict> before,
        TimetableResolution resolution,
        IReadOnlyList<Conflict> after,
        IReadOnlyList<JointVisitProposal> joint)
    {
        static int Hard(IReadOnlyList<Conflict> conflicts) => conflicts.Count(c => c.Severity == ConflictSeverity.Hard);

        writer.WriteLine("review-timelines propose");
        foreach (var line in loaded.HeaderLines())
        {
            writer.WriteLine(line);
        }

        writer.WriteLine("Window: " + settings.WindowText);
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Method: ReviewTimelines.Proposals resolver (movable: all-day country visits that are not pinned; each may move up to {0} days either way; least total displacement).",
            slackDays));
        if (loaded.Outside.Count > 0)
        {
            writer.WriteLine("Note: the resolver does not take outside feeds into account; the hard-conflict counts below do.");
        }

        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Hard conflicts: {0} now, {1} after the moves ({2} search{3}, total displacement {4} day(s)).",
            Hard(before),
            Hard(after),
            resolution.Method.ToString().ToLowerInvariant(),
            resolution.BudgetExhausted ? ", step budget exhausted: best found, not proven least" : string.Empty,
            resolution.TotalDisplacementDays));
        writer.WriteLine();

        var moves = resolution.Moves.Where(m => settings.InWindow(m.From.ToInstantRange()) || settings.InWindow(m.To.ToInstantRange())).ToArray();
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Moves ({0}):", moves.Length));
        if (moves.Length > 0)
        {
            var table = new TextTable("Item", "What", "From", "To", "Shift");
            foreach (var move in moves)
            {
                table.Add(move.Item.ToString(), Describe(loaded.Timetable, move.Item), Dates(move.From), Dates(move.To), string.Format(CultureInfo.InvariantCulture, "{0:+0;-0;0} day(s)", move.DisplacementDays));
            }

            table.WriteTo(writer);
        }
        else
        {
            writer.WriteLine(Hard(before) == 0 ? "- none needed: no hard conflict." : "- none: no movable country visit can clear the hard conflicts (meetings, timed stages and pinned visits never move).");
        }

        foreach (var unplaced in resolution.Unplaced)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "- cannot place {0}: {1}", unplaced.Item, unplaced.Reason));
        }

        writer.WriteLine();
        var proposals = joint.Where(j => settings.InWindow(j.Dates.ToInstantRange())).ToArray();
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Joint-visit proposals ({0}, visits starting at most {1} weeks apart):", proposals.Length, weeks));
        if (proposals.Length > 0)
        {
            var table = new TextTable("Country", "Visits", "Joint dates", "Shifts");
            foreach (var p in proposals)
            {
                table.Add(
                    p.Country.Value,
                    p.First + " + " + p.Second,
                    Dates(p.Dates),
                    string.Join(", ", p.Moves.Select(m => string.Format(CultureInfo.InvariantCulture, "{0} {1:+0;-0;0}", m.Item.Id, m.DisplacementDays))));
            }

            table.WriteTo(writer);
            writer.WriteLine();
            foreach (var p in proposals)
            {
                writer.WriteLine("- " + p.Explanation);
            }
        }
        else
        {
            writer.WriteLine("- none.");
        }
    }

    /// <summary>The timetable with every pinned all-day country visit made movable (revision unchanged: nothing moved yet).</summary>
    private static Timetable Unpin(Timetable timetable)
    {
        var builder = timetable.ToBuilder();
        foreach (var stage in timetable.Stages.Where(s => s.Kind == StageKind.CountryVisit && s.IsPinned))
        {
            builder.ReplaceStage(stage with { IsPinned = false });
        }

        return builder.Build();
    }

    private static string Dates(ZonedDateRange range) => (range.Start == range.End ? Text.Date(range.Start) : Text.Date(range.Start) + " to " + Text.Date(range.End)) + " " + range.Zone.Id;

    private static string Describe(Timetable timetable, TimetableItemRef item)
    {
        if (item.Kind != TimetableItemKind.Stage || !timetable.TryGetStage(new StageId(item.Id), out var stage))
        {
            return item.ToString();
        }

        var review = timetable.GetReviewOf(stage.Id);
        return string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2})", timetable.GetMechanism(review.Mechanism).ShortName, stage.Name, review.StateUnderReview);
    }
}
