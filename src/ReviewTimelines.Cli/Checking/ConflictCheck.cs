using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Output;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Checking;

/// <summary>Runs the <see cref="ConflictDetector"/> (every rule, default options) on a loaded timetable and its outside feeds.</summary>
/// <remarks>The whole timetable is checked; <see cref="Run"/> then lists a conflict iff its interval reaches into the
/// <c>--from/--to</c> window (<see cref="RunSettings.InWindow"/>: half-open, a zero-length interval when its instant is
/// inside), so a conflict in late December is not listed in a November window even when its items reach into November,
/// and a separation between two visits is listed when the gap does. Outside busy occurrences given without a resource
/// are not checked (there is nothing they could clash with).</remarks>
internal static class ConflictCheck
{
    /// <summary>What the output says about how the conflicts were found.</summary>
    public const string Method = "ReviewTimelines.Conflicts detector, every rule (country visit overlap or closer than 10 working days, person double-booked, visit during plenary, plenary clash, blackout, deadline on a non-working day, sequence violation, joint-visit opportunity within 8 weeks, workload over 3 reviews at once or 15 attended days in 30)";

    public static IReadOnlyList<ConflictRow> Run(LoadedTimetable loaded, RunSettings settings) =>
        Rows(loaded.Timetable, [.. Detect(loaded, settings).Where(c => settings.InWindow(c.Interval))]);

    public static ImmutableArray<Conflict> Detect(LoadedTimetable loaded, RunSettings settings)
    {
        var options = new ConflictDetectorOptions();
        var outside = loaded.Outside
            .Where(o => o.Resource is not null)
            .Select(o => new ExternalBusy(o.Id, o.Resource!.Value, o.Range, o.Label))
            .ToArray();
        try
        {
            return new ConflictDetector(options).Detect(loaded.Timetable, outside);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or (InvalidOperationException and not Calendars.CalendarCoverageException) or OverflowException)
        {
            // Stages and meetings were checked on load; what is left is a calendar period, an unavailability or a feed event.
            // A question past a calendar's declared holiday coverage is reported by CommandRunner (issue 13).
            throw new CliInputException(
                string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "{0} has a date outside {1} (a calendar period, an unavailability, a blackout or a feed event; a typo in the year?): {2}",
                    loaded.InputPath is { } path ? "--input '" + path + "'" : "the timetable",
                    TimetableLoader.SupportedYears,
                    Commands.CommandRunner.UserMessage(e)),
                e);
        }
    }

    public static IReadOnlyList<ConflictRow> Rows(Timetable timetable, ImmutableArray<Conflict> conflicts) => conflicts
            .Select(c => new ConflictRow(
                c.Id.Value,
                ConflictId.KindSlug(c.Kind),
                c.Severity.ToString().ToLowerInvariant(),
                c.Items.Select(i => i.ToString()).ToArray(),
                c.Resource.ToString(),
                c.Interval,
                timetable.ZoneOf(c.Resource),
                c.Description,
                c.IsGroup))
            .ToArray();
}
