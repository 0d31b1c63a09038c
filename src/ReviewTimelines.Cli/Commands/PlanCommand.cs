using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Output;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using ReviewTimelines.Proposals;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>plan</c>: a mechanism's reference rule set plus a start date (T0) and a country give dated stages.</summary>
internal static class PlanCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var mechanism = new Option<string>("--mechanism", "-m")
        {
            Description = "The mechanism whose rule set to use: UNCAC-IRM, GRECO, OECD-WGB or OAS-MESICIC.",
            Required = true,
        };
        var start = new Option<LocalDate?>("--start")
        {
            Description = "T0, the date the review starts (ISO date; its meaning depends on the rule set, shown in the output).",
            Required = true,
            HelpName = "yyyy-MM-dd",
            CustomParser = Parsers.RequiredDate,
        };
        var country = new Option<string?>("--country", "-c")
        {
            Description = "The State under review (ISO 3166-1 alpha-3). Its working calendar comes from the timetable when it has one.",
            HelpName = "CODE",
        };
        var zone = new Option<string?>("--zone")
        {
            Description = "The State's IANA zone when the timetable has no calendar for it (default: the mechanism's seat zone).",
            HelpName = "IANA id",
        };
        var uncovered = new Option<bool>("--allow-uncovered-dates")
        {
            Description = "Plan even where a working calendar's holiday data does not cover a date the plan needs (as if that date had no holidays), and print a warning naming the calendar and the missing years. Default: stop with an error.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Plan even when the State under review is not a member State of the mechanism in the timetable (default: stop with an error naming both); the output warns.",
        };
        var ignoreTimetable = new Option<bool>("--ignore-timetable")
        {
            Description = "Do not check the plan against the timetable's other reviews, meetings and people (by default a country visit that would create a hard conflict is moved later by whole weeks, up to 12, and the rejected windows are listed).",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (default) or json.",
            DefaultValueFactory = _ => "table",
            CustomParser = ParseFormat,
            HelpName = "table|json",
        };
        var command = new Command("plan", "Plan a country review: the mechanism's stage rules from a start date, on the country's and seat's working days, aligned to published plenaries.");
        common.AddTo(command);
        command.Options.Add(mechanism);
        command.Options.Add(start);
        command.Options.Add(country);
        command.Options.Add(zone);
        command.Options.Add(uncovered);
        var addTo = new WriteBack.PlanAddToOptions();
        addTo.AddTo(command);
        command.Options.Add(force);
        command.Options.Add(format);
        command.Options.Add(ignoreTimetable);
        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var settings = addTo.WithInput(parse, common.Read(parse, environment));
            var loaded = TimetableLoader.Load(settings, environment);
            var catalog = ReferenceCatalog.Create(environment.Zones);
            var mechanismId = Parsers.Mechanism(parse.GetValue(mechanism) ?? string.Empty, "--mechanism");
            var profile = catalog.Mechanisms.FirstOrDefault(m => m.Id == mechanismId)
                ?? throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--mechanism: unknown mechanism '{0}' (known: {1}).", mechanismId, string.Join(", ", catalog.Mechanisms.Select(m => m.Id.Value))));
            var ruleSet = profile.RuleSet
                ?? throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--mechanism: the reference data has no stage rule set for '{0}' (rule sets: {1}).", mechanismId, string.Join(", ", catalog.Mechanisms.Where(m => m.RuleSet is not null).Select(m => m.Id.Value))));
            var t0 = parse.GetValue(start) ?? throw new CliInputException("--start is required.");
            var seatZone = loaded.Timetable.TryGetMechanism(mechanismId, out var modelled) ? modelled.SeatZone : profile.SeatZone;
            var seatCalendar = modelled?.SeatCalendar ?? new WorkingCalendarBuilder(profile.Acronym + " seat", seatZone).Build();
            var countryText = parse.GetValue(country);
            var notes = new List<string>();
            if (countryText is not null)
            {
                var code = Parsers.Country(countryText, "--country");
                notes.Add(modelled is { MemberStates.IsEmpty: false }
                    ? ReviewMembership.Check(modelled, code, parse.GetValue(force)) ?? string.Empty
                    : ReferenceMembership(catalog, profile, code, t0, parse.GetValue(force)));
                notes.RemoveAll(n => n.Length == 0);
            }

            string countryLine;
            WorkingCalendar countryCalendar;
            var zoneText = parse.GetValue(zone);
            var givenZone = zoneText is null ? null : Parsers.Zone(environment.Zones, zoneText, "--zone");
            if (countryText is not null && loaded.Timetable.TryGetCountry(Parsers.Country(countryText, "--country"), out var known))
            {
                countryCalendar = known.Calendar;
                countryLine = string.Format(CultureInfo.InvariantCulture, "{0} ({1}), working calendar '{2}' from the timetable, zone {3}", known.Code, known.Name, known.Calendar.Name, known.Calendar.Zone.Id);
            }
            else
            {
                var countryZone = givenZone ?? seatZone;
                var name = countryText is null ? "State under review" : Parsers.Country(countryText, "--country").Value;
                countryCalendar = new WorkingCalendarBuilder(name, countryZone).Build();
                countryLine = string.Format(CultureInfo.InvariantCulture, "{0}: no calendar in the timetable; Monday-Friday working days, no holidays, zone {1}", name, countryZone.Id);
            }

            // The timetable's plenaries of the mechanism, and the catalog's published ones with exact days (any year).
            var plenaries = loaded.Timetable.Meetings
                .Where(m => m.Mechanism == mechanismId && m.Kind is MeetingKind.Plenary or MeetingKind.ImplementationReviewGroupSession)
                .Select(m => ZonedDateRange.FromDates(m.Timing.LocalDates.Start, m.Timing.LocalDates.End, m.Timing.Zone))
                .Concat(profile.Meetings
                    .Where(m => m.Kind is MeetingKind.Plenary or MeetingKind.ImplementationReviewGroupSession && m.Dates is not null)
                    .Select(m => m.Dates!.Value))
                .Distinct()
                .OrderBy(r => r.ToInstantRange().Start)
                .ToArray();
            // With no published meeting, aligned stages are estimated from the body's stored meeting patterns at its seat.
            var patterns = profile.Patterns
                .Where(p => p.Kind is MeetingKind.Plenary or MeetingKind.ImplementationReviewGroupSession)
                .Select(p => p.ToRhythm(seatCalendar))
                .OfType<PlenaryRhythm>()
                .ToArray();
            var planner = new Planner(ruleSet, patterns);
            var placement = parse.GetValue(ignoreTimetable) ? null : PlacementTarget(loaded.Timetable, mechanismId, countryText, t0, notes);
            (StagePlan Plan, ReviewPlacementResult? Placed) PlanAndPlace(PlanningCalendars calendars)
            {
                var planned = planner.Plan(t0, calendars, plenaries);
                if (placement is not { } target)
                {
                    return (planned, null);
                }

                try
                {
                    return (planned, new ReviewPlacement().Place(loaded.Timetable, planner, planned, target.Review, mechanismId, target.Cycle, target.State));
                }
                catch (CalendarCoverageException e)
                {
                    // The conflict check needs the timetable's calendars over the plan's years; without them it is not done, and said.
                    notes.Add(string.Format(CultureInfo.InvariantCulture, "The plan was not checked against the timetable: calendar '{0}' has no holiday data for {1}.", e.Gap.Calendar, string.Join(", ", e.Gap.MissingYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))));
                    return (planned, null);
                }
            }

            StagePlan plan;
            ReviewPlacementResult? placed;
            if (parse.GetValue(uncovered))
            {
                // Both calendars answer outside their holiday coverage; every gap becomes a printed warning.
                var answer = countryCalendar.Answer(c => seatCalendar.Answer(s => PlanAndPlace(new PlanningCalendars(c, s))));
                (plan, placed) = answer.Value.Value;
                foreach (var gap in answer.Warnings.Concat(answer.Value.Warnings).DistinctBy(g => g.Message))
                {
                    environment.Error.WriteLine("warning: " + gap.Message);
                }
            }
            else
            {
                (plan, placed) = PlanAndPlace(new PlanningCalendars(countryCalendar, seatCalendar));
            }

            var againstTimetable = placed is null ? [] : PlacementLines(placed, plan);
            if (placed is not null)
            {
                plan = placed.Plan;
            }

            foreach (var note in notes)
            {
                environment.Error.WriteLine("warning: " + note);
            }

            if (parse.GetValue(format) == "json")
            {
                SafeTextWriter.WriteRaw(environment.Out, ToJson(ruleSet, t0, plan, [.. notes, .. againstTimetable.Skip(2)]));
            }
            else
            {
                Write(environment.Out, loaded, ruleSet, t0, countryLine, seatCalendar, plenaries.Length, plan);
                foreach (var line in againstTimetable)
                {
                    // Sentences carry names from the file: control characters are escaped (issue 22).
                    environment.Out.WriteLine(SafeText.Escape(line));
                }
            }

            // With --format json, standard output is the JSON document alone: what --add-to wrote goes to standard error.
            var saved = parse.GetValue(format) == "json" ? environment.Error : environment.Out;
            foreach (var line in addTo.Save(parse, settings, environment, loaded.Timetable, mechanismId, countryText, plan))
            {
                saved.WriteLine(line);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Where the plan would go in the timetable: the review id, cycle and State; null (with a note) when the timetable cannot hold it.</summary>
    private static (ReviewId Review, CycleId Cycle, CountryCode State)? PlacementTarget(Timetable timetable, MechanismId mechanism, string? countryText, LocalDate t0, List<string> notes)
    {
        if (countryText is null)
        {
            return null;
        }

        var state = Parsers.Country(countryText, "--country");
        var cycles = timetable.Cycles.Where(c => c.Mechanism == mechanism).ToArray();
        if (!timetable.TryGetMechanism(mechanism, out _) || !timetable.TryGetCountry(state, out _) || cycles.Length == 0)
        {
            notes.Add(string.Format(CultureInfo.InvariantCulture, "The plan was not checked against the timetable: it holds no {0}.", !timetable.TryGetMechanism(mechanism, out _) ? "mechanism " + mechanism : !timetable.TryGetCountry(state, out _) ? "country " + state : "review cycle of " + mechanism));
            return null;
        }

        var id = new ReviewId(string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}", mechanism.Value, state.Value, t0.Year));
        for (var n = 2; timetable.Reviews.Any(r => r.Id == id); n++)
        {
            id = new ReviewId(string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}-{3}", mechanism.Value, state.Value, t0.Year, n));
        }

        return (id, cycles[^1].Id, state);
    }

    /// <summary>What the check against the timetable found, in the plan's words (CAC/COSP/IRG/2021/4 §22).</summary>
    private static List<string> PlacementLines(ReviewPlacementResult placed, StagePlan planned)
    {
        var lines = new List<string> { string.Empty, "Against the timetable (its other reviews, meetings and people; the conflict check's hard conflicts):" };
        foreach (var window in placed.Rejected)
        {
            lines.Add(string.Format(
                CultureInfo.InvariantCulture,
                "- rejected {0} {1}: {2}",
                window.VisitStage,
                Dates(window.Dates),
                window.Reasons.Count > 0 ? string.Join("; ", window.Reasons) + "." : string.Join(" ", window.Conflicts.Select(c => c.Description))));
        }

        var visit = placed.Plan.Stages.FirstOrDefault(s => s.Kind == StageKind.CountryVisit);
        lines.Add(!placed.IsClear
            ? string.Format(CultureInfo.InvariantCulture, "- no window tried is clear; the plan above keeps the planner's dates: resolve the conflicts listed, or re-run with another --start.")
            : placed.Rejected.Count == 0
                ? "- clear: the plan creates no hard conflict."
                : string.Format(CultureInfo.InvariantCulture, "- clear from {0} {1} (moved from {2}); the later stages follow it.", visit?.Key, Dates(visit!.Dates), Dates(planned.Stages.First(s => s.Key == visit.Key).Dates)));
        return lines;

        static string Dates(ZonedDateRange dates) => string.Format(
            CultureInfo.InvariantCulture,
            "{0}{1} {2}",
            LocalDatePattern.Create("ddd uuuu-MM-dd", CultureInfo.InvariantCulture).Format(dates.Start),
            dates.Start == dates.End ? string.Empty : " to " + LocalDatePattern.Create("ddd uuuu-MM-dd", CultureInfo.InvariantCulture).Format(dates.End),
            dates.Zone.Id);
    }

    /// <summary>
    /// Membership from the reference data (<see cref="ReferenceCatalog.MembershipsOn"/>) when the timetable does not list the
    /// mechanism's member States: a member passes, a State the data shows as not a member is an error unless forced, and an
    /// unknown status (partial lists) is a warning saying it was not checked.
    /// </summary>
    private static string ReferenceMembership(ReferenceCatalog catalog, MechanismProfile profile, CountryCode state, LocalDate on, bool force)
    {
        var status = catalog.MembershipsOn(state, on).Single(m => m.Mechanism == profile.Id).Status;
        switch (status)
        {
            case MembershipStatus.Member:
                return string.Empty;
            case MembershipStatus.NotMember:
                var error = new NotAMemberException(profile.Id, state, profile.Acronym);
                return force ? "Forced: " + error.Message.Replace(" (force it to plan anyway)", string.Empty, StringComparison.Ordinal) : throw error;
            default:
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "Neither the timetable nor the reference data says whether {0} is a member State of {1} on {2} (the data's member list is incomplete), so membership was not checked.",
                    state,
                    profile.Acronym,
                    NodaTime.Text.LocalDatePattern.Iso.Format(on));
        }
    }

    private static void Write(TextWriter writer, LoadedTimetable loaded, StageRuleSet ruleSet, LocalDate t0, string countryLine, WorkingCalendar seat, int plenaries, StagePlan plan)
    {
        writer.WriteLine("review-timelines plan");
        foreach (var line in loaded.HeaderLines())
        {
            writer.WriteLine(line);
        }

        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Rule set: {0} ({1}), {2} rules.", ruleSet.Name, ruleSet.Mechanism, ruleSet.Rules.Count));
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "T0 = {0}: {1}.", Text.Date(t0), ruleSet.StartDescription));
        writer.WriteLine("State under review: " + countryLine + ".");
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Seat: {0}, zone {1}. Plenaries available for alignment: {2}.", Text.Citation(seat.Name), seat.Zone.Id, plenaries));
        writer.WriteLine();
        var table = new TextTable("Key", "Stage", "Kind", "Dates (local, with weekday)", "Zone", "Deadline (end of day, party's zone)", "Placement", "Tag");
        foreach (var stage in plan.Stages)
        {
            table.Add(
                stage.Key.ToString(),
                stage.Name,
                stage.Kind.ToString(),
                stage.Start == stage.End ? Day(stage.Start) : Day(stage.Start) + " to " + Day(stage.End),
                stage.Dates.Zone.Id,
                stage.Due is { } d ? Day(d.DueDate) + " " + d.Zone.Id : "-",
                stage.Placement.ToString(),
                ConfidenceTags.Tag(stage.Source.Confidence));
        }

        table.WriteTo(writer);
        if (plan.Warnings.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Warnings:");
            foreach (var warning in plan.Warnings)
            {
                writer.WriteLine("- " + Text.Citation(warning.ToString() ?? string.Empty));
            }
        }

        writer.WriteLine();
        writer.WriteLine("Tags: S sourced, S-ex sourced example, R unconfirmed, E estimate (see `review-timelines reference`).");
    }

    /// <summary>A local date with its weekday, as officers write it: <c>Mon 2021-08-02</c>.</summary>
    private static string Day(LocalDate date) => WeekdayDate.Format(date);

    private static readonly NodaTime.Text.LocalDatePattern WeekdayDate = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd");

    /// <summary>Reads <c>--format</c>, ignoring case.</summary>
    private static string ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "table" : result.Tokens[0].Value;
        var lower = text.ToLowerInvariant();
        if (lower is "table" or "json")
        {
            return lower;
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "--format: '{0}' is not a format (use table or json).", text));
        return "table";
    }

    /// <summary>The plan as JSON: each stage's key, name, kind, local dates with weekday, zone, deadline (local day, zone, expiry instant), placement and tag.</summary>
    private static string ToJson(StageRuleSet ruleSet, LocalDate t0, StagePlan plan, IReadOnlyList<string> notes)
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("ruleSet", ruleSet.Name);
            json.WriteString("mechanism", ruleSet.Mechanism.Value);
            json.WriteString("start", Text.Date(t0));
            json.WriteString("startMeaning", ruleSet.StartDescription);
            json.WriteStartArray("stages");
            foreach (var stage in plan.Stages)
            {
                json.WriteStartObject();
                json.WriteString("key", stage.Key.Value);
                json.WriteString("name", stage.Name);
                json.WriteString("kind", stage.Kind.ToString());
                json.WriteString("first", Text.Date(stage.Start));
                json.WriteString("firstWeekday", stage.Start.DayOfWeek.ToString());
                json.WriteString("last", Text.Date(stage.End));
                json.WriteString("lastWeekday", stage.End.DayOfWeek.ToString());
                json.WriteString("zone", stage.Dates.Zone.Id);
                if (stage.Due is { } d)
                {
                    json.WriteStartObject("deadline");
                    json.WriteString("dueDate", Text.Date(d.DueDate));
                    json.WriteString("zone", d.Zone.Id);
                    json.WriteString("expires", NodaTime.Text.InstantPattern.ExtendedIso.Format(d.Expiry));
                    json.WriteString("roll", stage.Rule.Roll.ToString());
                    json.WriteEndObject();
                }

                json.WriteString("placement", stage.Placement.ToString());
                json.WriteString("tag", ConfidenceTags.Tag(stage.Source.Confidence));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in notes.Concat(plan.Warnings))
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return JsonOutput.ToText(stream);
    }
}
