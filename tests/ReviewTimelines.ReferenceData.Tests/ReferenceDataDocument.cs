using System.Globalization;
using System.Text;
using NodaTime.Text;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.ReferenceData.Tests;

/// <summary>Renders the figure tables of docs/reference-data.md from the catalog, so the document cannot drift from the data.</summary>
internal static class ReferenceDataDocument
{
    internal const string Begin = "<!-- BEGIN GENERATED: ReferenceDataDocumentTests -->";
    internal const string End = "<!-- END GENERATED -->";

    internal static string Render(ReferenceCatalog catalog)
    {
        var text = new StringBuilder();
        RenderMeetingsByYear(text, catalog);
        foreach (var m in catalog.Mechanisms)
        {
            text.Append("### ").Append(m.Acronym).Append(" (`").Append(m.Id).Append("`)\n\n");
            text.Append(m.Name).Append(". Seat: ").Append(m.Seat.Value).Append(", zone `").Append(m.SeatZone.Id).Append("` ")
                .Append(Cite(m.Seat.Source)).Append("\n\n");
            text.Append("Working languages: ")
                .Append(m.WorkingLanguages is { } languages ? string.Join(", ", languages.Value) + " " + Cite(languages.Source) : "**not found**")
                .Append("\n\n");
            if (m.RuleSet is { } rules)
            {
                text.Append("Stage rules (").Append(rules.Name).Append("; T0 = ").Append(rules.StartDescription).Append("):\n\n");
                text.Append("| Key | Stage | Rule | Tag | Source | Note |\n|---|---|---|---|---|---|\n");
                foreach (var r in rules.Rules)
                {
                    Row(text, r.Key.Value, r.Name, Describe(r), r.Source);
                }

                text.Append('\n');
            }
            else
            {
                text.Append("Stage rules: none (the sources do not give step durations; see the facts below).\n\n");
            }

            text.Append("Meeting patterns:\n\n| Pattern | Figure | Value | Tag | Source | Note |\n|---|---|---|---|---|---|\n");
            foreach (var p in m.Patterns)
            {
                var where = p.Venue + (p.VenueZone is null ? " (zone: host city's)" : " (`" + p.VenueZone.Id + "`)");
                Row(text, p.Name, "frequency", p.Frequency.Value + ", " + where, p.Frequency.Source);
                if (p.Months is { } months)
                {
                    Row(text, p.Name, "months", string.Join(", ", months.Value), months.Source);
                }

                if (p.FirstWeekday is { } weekday)
                {
                    Row(text, p.Name, "first weekday", weekday.Value.ToString(), weekday.Source);
                }

                if (p.Length is { } length)
                {
                    Row(text, p.Name, "length", length.Value.ToString(), length.Source);
                }
            }

            text.Append('\n');
            if (m.Meetings.Count > 0)
            {
                text.Append("Published meetings:\n\n| Id | Meeting | Dates (venue zone) | Venue | Tag | Source | Note |\n|---|---|---|---|---|---|---|\n");
                foreach (var meeting in m.Meetings)
                {
                    var dates = meeting.Dates is { } d
                        ? LocalDatePattern.Iso.Format(d.Start) + " to " + LocalDatePattern.Iso.Format(d.End) + " `" + d.Zone.Id + "`"
                        : YearMonthPattern.Iso.Format(meeting.Month) + " (month only)";
                    if (meeting.Precision == MeetingDatePrecision.EndUncertain)
                    {
                        dates += " (end uncertain)";
                    }

                    if (meeting.Status == MeetingStatus.Planned)
                    {
                        dates += " (planned)";
                    }

                    var venue = meeting.Venue + (meeting.Format == PublishedMeetingFormat.NotStated ? string.Empty : ", " + meeting.Format);
                    text.Append("| ").Append(Cell(meeting.Id.Value)).Append(" | ").Append(Cell(meeting.Name)).Append(" | ").Append(Cell(dates))
                        .Append(" | ").Append(Cell(venue)).Append(" | ").Append(ConfidenceTags.Tag(meeting.Source.Confidence))
                        .Append(" | ").Append(Cell(meeting.Source.Citation)).Append(" | ").Append(Cell(meeting.Source.Note ?? string.Empty)).Append(" |\n");
                }

                text.Append('\n');
            }

            if (m.Facts.Count > 0)
            {
                text.Append("Facts:\n\n| Topic | Statement | Tag | Source | Note |\n|---|---|---|---|---|\n");
                foreach (var f in m.Facts)
                {
                    text.Append("| ").Append(Cell(f.Topic)).Append(" | ").Append(Cell(f.Statement)).Append(" | ").Append(ConfidenceTags.Tag(f.Source.Confidence))
                        .Append(" | ").Append(Cell(f.Source.Citation)).Append(" | ").Append(Cell(f.Source.Note ?? string.Empty)).Append(" |\n");
                }

                text.Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void Row(StringBuilder text, string a, string b, string value, SourceReference source) =>
        text.Append("| ").Append(Cell(a)).Append(" | ").Append(Cell(b)).Append(" | ").Append(Cell(value)).Append(" | ")
            .Append(ConfidenceTags.Tag(source.Confidence)).Append(" | ").Append(Cell(source.Citation)).Append(" | ")
            .Append(Cell(source.Note ?? string.Empty)).Append(" |\n");

    private static string Describe(StageRule r)
    {
        var anchor = r.Predecessor is { } p ? (r.Anchor == OffsetAnchor.PredecessorStart ? "start of " : "end of ") + p : "T0";
        var from = r.Offset.IsZero ? anchor : anchor + " + " + r.Offset;
        var text = r.Alignment is { } a
            ? string.Format(
                CultureInfo.InvariantCulture,
                "{0} starting >= {1} + {2}{3} (fallback: {4} from there)",
                a.LeadWorkingDays > 0 ? "the " + a.LeadWorkingDays.ToString(CultureInfo.InvariantCulture) + " working days before the next plenary," : "next plenary",
                anchor,
                a.MinimumGap,
                a.MaximumGap is { } max ? ", expected <= " + anchor + " + " + max : string.Empty,
                r.Duration)
            : r.Shape == StageShape.Deadline
                ? "deadline " + (r.Duration.IsZero ? "on " + from : r.Duration + " after " + from)
                : "dates: " + r.Duration + " from " + from;
        return text + "; " + r.Party + " calendar" + (r.Roll == ReviewTimelines.Calendars.DeadlineRoll.None ? string.Empty : "; roll " + r.Roll) + (r.IsPinned ? "; pinned" : string.Empty);
    }

    private static string Cite(SourceReference s) =>
        "[" + ConfidenceTags.Tag(s.Confidence) + "] " + (s.Citation.Length == 0 ? string.Empty : s.Citation) + (s.Note is null ? string.Empty : " (" + s.Note + ")");

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Years covered by the meeting table: 2017 to 2026.</summary>
    internal static readonly int[] Years = Enumerable.Range(2017, 10).ToArray();

    private static void RenderMeetingsByYear(StringBuilder text, ReferenceCatalog catalog)
    {
        text.Append("### Meetings by year\n\n");
        text.Append("Every published meeting of each body, 2017-2026, by the year it opens (ids as in the tables below; *m* = dated by month only). ")
            .Append("**not found** means the search reached no source dating a meeting of that body that year: unknown, not \"none held\".\n\n");
        text.Append("| Body |");
        foreach (var y in Years)
        {
            text.Append(' ').Append(y.ToString(CultureInfo.InvariantCulture)).Append(" |");
        }

        text.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---|", Years.Length))).Append('\n');
        foreach (var m in catalog.Mechanisms)
        {
            text.Append("| ").Append(m.Acronym).Append(" |");
            foreach (var y in Years)
            {
                var ids = m.Meetings.Where(x => x.Month.Year == y)
                    .Select(x => x.Id.Value + (x.Precision == MeetingDatePrecision.MonthOnly ? " *m*" : string.Empty))
                    .ToList();
                text.Append(' ').Append(ids.Count == 0 ? "**not found**" : string.Join(", ", ids)).Append(" |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }
}
