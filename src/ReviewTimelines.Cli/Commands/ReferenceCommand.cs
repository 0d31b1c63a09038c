using System.CommandLine;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Output;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>reference</c>: what the embedded reference data holds (mechanisms, rule sets, patterns, published meetings, facts), with sources.</summary>
internal static class ReferenceCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var mechanism = new Option<string?>("--mechanism", "-m")
        {
            Description = "Show only this mechanism (e.g. GRECO).",
        };
        var command = new Command("reference", "Show what the embedded reference data holds: each mechanism's seat, stage rules, meeting patterns, published meetings and facts, with sources and confidence tags.");
        common.AddTo(command, includeTimetable: false);
        command.Options.Add(mechanism);
        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var catalog = ReferenceCatalog.Create(environment.Zones);
            var selected = catalog.Mechanisms;
            if (parse.GetValue(mechanism) is { } text)
            {
                var id = Parsers.Mechanism(text, "--mechanism");
                selected = catalog.Mechanisms.Where(m => m.Id == id).ToArray();
                if (selected.Count == 0)
                {
                    throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--mechanism: unknown mechanism '{0}' (known: {1}).", id, string.Join(", ", catalog.Mechanisms.Select(m => m.Id.Value))));
                }
            }

            var embedded = TimetableLoader.Embedded(environment);
            Write(environment.Out, catalog, selected, embedded);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(TextWriter writer, ReferenceCatalog catalog, IReadOnlyList<MechanismProfile> selected, Timetable embedded)
    {
        writer.WriteLine("review-timelines reference");
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Embedded reference data: {0} mechanisms, {1} published meetings ({2} with exact days), {3} stage rule sets.",
            catalog.Mechanisms.Count,
            catalog.Meetings.Count,
            catalog.Meetings.Count(m => m.Dates is not null),
            catalog.Mechanisms.Count(m => m.RuleSet is not null)));
        WriteSample(writer, catalog, embedded);
        writer.WriteLine("Confidence tags: S sourced, S-ex sourced example, R unconfirmed, E estimate. Full list: docs/reference-data.md.");
        foreach (var profile in selected)
        {
            writer.WriteLine();
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "== {0} ({1}): {2}", profile.Acronym, profile.Id, profile.Name));
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Seat: {0}, zone {1} [{2}] {3}", profile.Seat.Value, profile.SeatZone.Id, ConfidenceTags.Tag(profile.Seat.Source.Confidence), Cite(profile.Seat.Source)));
            if (profile.RuleSet is { } rules)
            {
                writer.WriteLine();
                writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Stage rules: {0}; T0 = {1}", rules.Name, rules.StartDescription));
                var table = new TextTable("Key", "Stage", "Kind", "Tag", "Source");
                foreach (var rule in rules.Rules)
                {
                    table.Add(rule.Key.ToString(), rule.Name, rule.Kind.ToString(), ConfidenceTags.Tag(rule.Source.Confidence), Cite(rule.Source));
                }

                table.WriteTo(writer);
            }

            if (profile.Patterns.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine("Meeting patterns:");
                foreach (var pattern in profile.Patterns)
                {
                    writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "- {0} [{1}] {2}", pattern, ConfidenceTags.Tag(pattern.Frequency.Source.Confidence), Cite(pattern.Frequency.Source)));
                }
            }

            if (profile.Meetings.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine("Published meetings:");
                var table = new TextTable("Id", "Meeting", "Dates", "Zone", "Venue", "Tag", "Source");
                foreach (var meeting in profile.Meetings)
                {
                    var dates = meeting.Dates is { } d
                        ? Text.Date(d.Start) + " to " + Text.Date(d.End) + (meeting.Precision == MeetingDatePrecision.EndUncertain ? " (end uncertain)" : string.Empty)
                        : meeting.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture) + " (month only)";
                    table.Add(meeting.Id.Value, meeting.Name, dates, meeting.VenueZone.Id, meeting.Venue, ConfidenceTags.Tag(meeting.Source.Confidence), Cite(meeting.Source));
                }

                table.WriteTo(writer);
            }

            if (profile.Facts.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine("Facts:");
                foreach (var fact in profile.Facts)
                {
                    writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "- {0}: {1} [{2}] {3}", fact.Topic, fact.Statement, ConfidenceTags.Tag(fact.Source.Confidence), Cite(fact.Source)));
                }
            }
        }
    }

    /// <summary>The embedded sample timetable: its counts, its note, each review's note (what is planted in it) and the catalog's month-only meetings of its years.</summary>
    private static void WriteSample(TextWriter writer, ReferenceCatalog catalog, Timetable embedded)
    {
        var months = embedded.Meetings.Select(m => new YearMonth(m.Timing.LocalDates.Start.Year, m.Timing.LocalDates.Start.Month)).ToArray();
        var first = months.Length == 0 ? (YearMonth?)null : new YearMonth(months.Min().Year, 1);
        var last = months.Length == 0 ? (YearMonth?)null : new YearMonth(months.Max().Year, 12);
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Embedded sample timetable (used when no --input is given; {0}): {1} mechanisms, {2} published meetings of {3} to {4}, {5} countries, {6} people, {7} country reviews with {8} stages.",
            TimetableLoader.EmbeddedFileName,
            embedded.Mechanisms.Length,
            embedded.Meetings.Length,
            first?.ToString("uuuu-MM", CultureInfo.InvariantCulture) ?? "-",
            last?.ToString("uuuu-MM", CultureInfo.InvariantCulture) ?? "-",
            embedded.Countries.Length,
            embedded.Persons.Length,
            embedded.Reviews.Length,
            embedded.Stages.Length));
        if (embedded.Note is { } note)
        {
            writer.WriteLine("  " + note);
        }

        foreach (var review in embedded.Reviews.Where(r => r.Note is not null))
        {
            writer.WriteLine("  - " + review.Id + ": " + review.Note);
        }

        if (first is { } from && last is { } to && ReferenceMapping.ToMeetings(catalog, from, to).Skipped is { Length: > 0 } skipped)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "  Left out (month-only dates, no day made up): {0}.", string.Join(", ", skipped.Select(m => m.Meeting.Id.Value + " (" + m.Meeting.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture) + ")"))));
        }
    }

    private static string Cite(SourceReference source) => Text.Citation(source.Citation.Length > 0 ? source.Citation : "(estimate: " + source.Note + ")");
}
