using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Web.Internal;

namespace ReviewTimelines.Web.Timeline;

/// <summary>Writes the timeline page: one self-contained HTML document (inline style and script, no external resource).</summary>
/// <remarks>Every bar carries its start and end in axis days as CSS custom properties (<c>--s</c>, <c>--e</c>); the
/// view (<c>--v0</c>, <c>--vl</c>) is a property of the timeline, so zooming is one style change and the page prints
/// and reads without the script. Every text is HTML-encoded; the page's data block is JSON with &lt; escaped.</remarks>
internal sealed class TimelineHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly InstantPattern Stamp = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm 'UTC'");

    private readonly StringBuilder html = new(256 * 1024);
    private readonly TimelineModel model;
    private readonly TimetableSnapshot snapshot;
    private readonly string title;
    private readonly string? feedBase;
    private readonly Dictionary<string, int> colours;

    public TimelineHtml(TimelineModel model, TimetableSnapshot snapshot, string title, string? feedBase)
    {
        this.model = model;
        this.snapshot = snapshot;
        this.title = title;
        this.feedBase = feedBase;
        colours = model.Mechanisms.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i % 8, StringComparer.Ordinal);
    }

    public string Write()
    {
        Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<meta name=\"generator\" content=\"ReviewTimelines\">\n");
        Raw("<title>").Text(title).Raw(" – timeline</title>\n<style>\n").Raw(TimelineAssets.Css).Raw("</style>\n</head>\n<body>\n");
        Raw("<a class=\"rt-skip\" href=\"#rt-conflicts\">Skip to the list of conflicts</a>\n");
        Header();
        Controls();
        Raw("<main class=\"rt-main\">\n");
        Timeline();
        Panel();
        Raw("</main>\n");
        Legend();
        Subscribe();
        Raw("<footer class=\"rt-foot\"><p>Bars are placed in the local dates (all-day items) or local times of where each item happens; conflict dates are local to the shared country, person or seat. Made by ReviewTimelines from the data of ")
            .Text(Stamp.Format(snapshot.LastChanged)).Raw(".</p></footer>\n");
        Raw("<script type=\"application/json\" id=\"rt-data\">").Raw(TimelineJson.Data(model)).Raw("</script>\n");
        Raw("<script>\n").Raw(TimelineAssets.Script).Raw("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void Header()
    {
        var hard = model.Conflicts.Count(c => c.Severity == "hard");
        var soft = model.Conflicts.Count(c => c.Severity == "soft");
        var opportunity = model.Conflicts.Count(c => c.Severity == "opportunity");
        Raw("<header class=\"rt-head\">\n<h1>").Text(title).Raw("</h1>\n");
        if (snapshot.Description is { } description)
        {
            Raw("<p class=\"rt-desc\">").Text(description).Raw("</p>\n");
        }

        if (snapshot.Timetable.Note is { } note && snapshot.Description?.Contains(note, StringComparison.Ordinal) != true)
        {
            Raw("<p class=\"rt-desc\">").Text(note).Raw("</p>\n");
        }

        Raw("<p class=\"rt-summary\"><strong>").Num(model.Conflicts.Length).Raw(model.Conflicts.Length == 1 ? " conflict" : " conflicts").Raw("</strong>: ");
        Raw("<span class=\"rt-count sev-hard\">").Num(hard).Raw(" hard</span>, <span class=\"rt-count sev-soft\">").Num(soft)
            .Raw(" soft</span>, <span class=\"rt-count sev-opportunity\">").Num(opportunity).Raw(opportunity == 1 ? " opportunity" : " opportunities").Raw("</span>");
        Raw(" · ").Num(model.Items.Length).Raw(" items on the timeline · data of ").Text(Stamp.Format(snapshot.LastChanged)).Raw("</p>\n");
        if (!snapshot.Notices.IsEmpty)
        {
            Raw("<ul class=\"rt-notices\" role=\"status\">\n");
            foreach (var notice in snapshot.Notices)
            {
                Raw("<li>").Text(notice).Raw("</li>\n");
            }

            Raw("</ul>\n");
        }

        Raw("</header>\n");
    }

    private void Controls()
    {
        Raw("<form class=\"rt-controls\" id=\"rt-controls\" aria-label=\"Timeline controls\">\n");
        Raw("<fieldset><legend>Lanes</legend>");
        Radio("rt-mode", "country", "Countries", true).Radio("rt-mode", "mechanism", "Mechanisms", false).Radio("rt-mode", "person", "People", false);
        Raw("</fieldset>\n<fieldset><legend>Zoom</legend>");
        Radio("rt-zoom", "all", "All", false).Radio("rt-zoom", "year", "Year", true).Radio("rt-zoom", "quarter", "Quarter", false).Radio("rt-zoom", "month", "Month", false);
        Raw("<span class=\"rt-nav\"><button type=\"button\" id=\"rt-prev\" aria-label=\"Earlier period\">◀ Earlier</button>");
        Raw("<output id=\"rt-period\" aria-live=\"polite\">").Num(model.DefaultYear).Raw("</output>");
        Raw("<button type=\"button\" id=\"rt-next\" aria-label=\"Later period\">Later ▶</button></span></fieldset>\n");
        Raw("<fieldset><legend>Filter</legend>");
        Select("rt-f-m", "Mechanism", model.Mechanisms);
        Select("rt-f-c", "Country", model.Countries);
        Select("rt-f-p", "Person", model.Persons);
        Select("rt-f-k", "Kind", [.. TimelineText.BarKinds.Select(k => (k.Kind, k.Name))]);
        Raw("<label class=\"rt-check\"><input type=\"checkbox\" id=\"rt-f-x\"> Only items in conflict</label>");
        Raw("</fieldset>\n</form>\n");
    }

    private TimelineHtml Radio(string name, string value, string label, bool isChecked)
    {
        Raw("<label><input type=\"radio\" name=\"").Raw(name).Raw("\" value=\"").Raw(value).Raw("\"").Raw(isChecked ? " checked" : string.Empty).Raw("> ").Text(label).Raw("</label>");
        return this;
    }

    private void Select(string id, string label, IEnumerable<(string Id, string Name)> options)
    {
        Raw("<label>").Text(label).Raw(" <select id=\"").Raw(id).Raw("\"><option value=\"\">All</option>");
        foreach (var (value, name) in options)
        {
            Raw("<option value=\"").Text(value).Raw("\">").Text(name).Raw("</option>");
        }

        Raw("</select></label>");
    }

    private void Timeline()
    {
        var yearStart = TimelineBuilder.Days(model.Origin, new LocalDate(model.DefaultYear, 1, 1).AtMidnight());
        var yearLength = new LocalDate(model.DefaultYear, 1, 1).Calendar.GetDaysInYear(model.DefaultYear);
        Raw("<section class=\"rt-timeline z-year\" id=\"rt-timeline\" aria-label=\"Timeline\" data-origin=\"").Raw(TimelineText.IsoDate(model.Origin))
            .Raw("\" data-last=\"").Raw(TimelineText.IsoDate(model.Last)).Raw("\" data-year=\"").Num(model.DefaultYear)
            .Raw("\" style=\"--v0:").Num(yearStart).Raw(";--vl:").Num(yearLength).Raw("\">\n");
        Axis();
        foreach (var mode in Enum.GetValues<LaneMode>())
        {
            Lanes(mode, model.Lanes[mode]);
        }

        Raw("<p class=\"rt-empty\" id=\"rt-empty\" hidden>No item matches the filters in this lane view.</p>\n</section>\n");
    }

    private void Axis()
    {
        Raw("<div class=\"rt-axis\" aria-hidden=\"true\"><div class=\"rt-label\"></div><div class=\"rt-track\">");
        for (var day = model.Origin; day <= model.Last; day = day.PlusDays(1))
        {
            var s = TimelineBuilder.Days(model.Origin, day.AtMidnight());
            if (day.Day == 1 && day.Month == 1)
            {
                Raw("<span class=\"tick t-year\" style=\"--s:").Num(s).Raw("\">").Num(day.Year).Raw("</span>");
            }

            if (day.Day == 1)
            {
                Raw("<span class=\"tick t-month").Raw((day.Month - 1) % 3 == 0 ? " t-quarter" : string.Empty).Raw("\" style=\"--s:").Num(s).Raw("\">")
                    .Raw(day.ToString("MMM", CultureInfo.InvariantCulture)).Raw("</span>");
            }
            else
            {
                Raw("<span class=\"tick t-day").Raw(day.DayOfWeek == IsoDayOfWeek.Monday ? " t-week" : string.Empty).Raw("\" style=\"--s:").Num(s).Raw("\">").Num(day.Day).Raw("</span>");
            }
        }

        Raw("</div></div>\n");
    }

    private void Lanes(LaneMode mode, IReadOnlyList<TimelineLane> lanes)
    {
        var name = mode.ToString().ToLowerInvariant();
        Raw("<div class=\"rt-lanes\" data-mode=\"").Raw(name).Raw("\"").Raw(mode == LaneMode.Country ? string.Empty : " hidden").Raw(">\n");
        Raw("<div class=\"rt-grid\" aria-hidden=\"true\">");
        for (var month = new LocalDate(model.Origin.Year, model.Origin.Month, 1); month <= model.Last; month = month.PlusMonths(1))
        {
            Raw("<i class=\"").Raw(month.Month == 1 ? "g-year" : "g-month").Raw("\" style=\"--s:").Num(TimelineBuilder.Days(model.Origin, month.AtMidnight())).Raw("\"></i>");
        }

        Raw("</div>\n");
        for (var i = 0; i < lanes.Count; i++)
        {
            Lane(name, i, lanes[i]);
        }

        if (lanes.Count == 0)
        {
            Raw("<p class=\"rt-none\">Nothing to show in this view.</p>\n");
        }

        Raw("</div>\n");
    }

    private void Lane(string mode, int index, TimelineLane lane)
    {
        var id = string.Format(CultureInfo.InvariantCulture, "l-{0}-{1}", mode, index);
        Raw("<div class=\"rt-lane\" role=\"group\" aria-labelledby=\"").Raw(id).Raw("\" data-lane=\"").Text(lane.Key).Raw("\">");
        Raw("<div class=\"rt-label\" id=\"").Raw(id).Raw("\"><span class=\"rt-name\">").Text(lane.Label).Raw("</span><small>").Text(lane.Detail).Raw("</small></div>");
        Raw("<div class=\"rt-track\" style=\"--rows:").Num(lane.Rows).Raw("\">");
        foreach (var mark in lane.Marks)
        {
            Mark(mark);
        }

        foreach (var bar in lane.Bars)
        {
            Bar(bar);
        }

        Raw("</div></div>\n");
    }

    private void Mark(TimelineConflict c)
    {
        var label = string.Format(CultureInfo.InvariantCulture, "{0} conflict: {1}, {2}, {3}", TimelineText.Words(c.Severity), c.KindText, c.ResourceText, c.Dates);
        Raw("<button type=\"button\" class=\"rt-mark sev-").Raw(c.Severity).Raw("\" style=\"--s:").Num(c.Start).Raw(";--e:").Num(Math.Max(c.End, c.Start)).Raw("\" data-conflict=\"").Num(c.Index)
            .Raw("\" title=\"").Text(label).Raw("\" aria-label=\"").Text(label).Raw("\"><span aria-hidden=\"true\">!</span></button>");
    }

    private void Bar(PlacedBar bar)
    {
        var item = bar.Item;
        var colour = colours.TryGetValue(item.Mechanism, out var c) ? "mc-" + c.ToString(CultureInfo.InvariantCulture) : "mc-x";
        var tooltip = item.Title + " · " + item.Dates + (item.Severity.Length > 0 ? " · in a " + item.Severity + " conflict" : string.Empty);
        Raw("<button type=\"button\" class=\"rt-bar k-").Raw(item.Kind).Raw(' ').Raw(colour).Raw(item.Severity.Length > 0 ? " sev-" + item.Severity : string.Empty)
            .Raw("\" style=\"--s:").Num(item.Start).Raw(";--e:").Num(item.End).Raw(";--r:").Num(bar.Row)
            .Raw("\" data-item=\"").Text(item.Key).Raw("\" data-m=\"").Text(item.Mechanism).Raw("\" data-c=\"").Text(string.Join(' ', item.Countries))
            .Raw("\" data-p=\"").Text(string.Join(' ', item.Persons)).Raw("\" data-k=\"").Raw(item.Kind).Raw("\" title=\"").Text(tooltip).Raw("\">");
        if (item.Severity.Length > 0)
        {
            Raw("<span class=\"rt-warn\" aria-hidden=\"true\">!</span>");
        }

        Text(bar.Label).Raw("</button>");
    }

    private void Panel()
    {
        Raw("<aside class=\"rt-panel\" aria-label=\"Conflicts and details\">\n");
        Raw("<section class=\"rt-detail\" id=\"rt-detail\" aria-live=\"polite\" tabindex=\"-1\"><h2>Details</h2><p class=\"rt-hint\">Select a conflict (a red, amber or blue mark under a lane, or one in the list below) or a bar to read what it is.</p></section>\n");
        Raw("<section class=\"rt-list\" id=\"rt-conflicts\" tabindex=\"-1\"><h2>Conflicts (").Num(model.Conflicts.Length).Raw(")</h2>\n");
        if (model.Conflicts.IsEmpty)
        {
            Raw("<p>No conflicts: the detector found no clash in this timetable.</p>\n");
        }

        Raw("<ol class=\"rt-conflicts\">\n");
        foreach (var c in model.Conflicts)
        {
            ConflictEntry(c);
        }

        Raw("</ol>\n</section>\n</aside>\n");
    }

    private void ConflictEntry(TimelineConflict c)
    {
        var involved = c.Items.Select(k => model.Items.FirstOrDefault(i => i.Key == k)).OfType<TimelineItem>().ToList();
        var mechanisms = involved.Select(i => i.Mechanism).Where(m => m.Length > 0);
        var countries = involved.SelectMany(i => i.Countries);
        var persons = involved.SelectMany(i => i.Persons);
        if (c.Resource.StartsWith("country:", StringComparison.Ordinal))
        {
            countries = countries.Append(c.Resource["country:".Length..]);
        }
        else if (c.Resource.StartsWith("person:", StringComparison.Ordinal))
        {
            persons = persons.Append(c.Resource["person:".Length..]);
        }

        Raw("<li class=\"rt-cf sev-").Raw(c.Severity).Raw("\" data-conflict=\"").Num(c.Index).Raw("\" data-m=\"").Text(Joined(mechanisms)).Raw("\" data-c=\"").Text(Joined(countries))
            .Raw("\" data-p=\"").Text(Joined(persons)).Raw("\" data-k=\"").Text(string.Join(' ', involved.Select(i => i.Kind).Distinct(StringComparer.Ordinal))).Raw("\">");
        Raw("<button type=\"button\" class=\"rt-cf-head\" data-conflict=\"").Num(c.Index).Raw("\"><span class=\"rt-sev\">").Text(TimelineText.Words(c.Severity)).Raw("</span> ")
            .Text(c.KindText).Raw(" · ").Text(c.ResourceText).Raw(" · ").Text(c.Dates).Raw("</button>");
        Raw("<p class=\"rt-sentence\">").Text(c.Sentence).Raw("</p></li>\n");
    }

    private static string Joined(IEnumerable<string> values) => string.Join(' ', values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private void Legend()
    {
        Raw("<section class=\"rt-legend\" aria-label=\"Legend\"><h2>Legend</h2><ul>");
        foreach (var (id, name) in model.Mechanisms)
        {
            Raw("<li><span class=\"rt-swatch mc-").Num(colours[id]).Raw("\"></span>").Text(name).Raw("</li>");
        }

        Raw("<li><span class=\"rt-swatch k-busy\"></span>Busy (outside feed)</li>");
        Raw("<li><span class=\"rt-swatch k-deadline-s\">◆</span>Deadline</li>");
        Raw("<li><span class=\"rt-swatch sev-hard\"></span>Hard conflict</li><li><span class=\"rt-swatch sev-soft\"></span>Soft conflict</li><li><span class=\"rt-swatch sev-opportunity\"></span>Opportunity (e.g. a joint visit)</li>");
        Raw("</ul></section>\n");
    }

    private void Subscribe()
    {
        if (feedBase is null)
        {
            return;
        }

        Raw("<section class=\"rt-subscribe\" aria-label=\"Calendar feeds\"><h2>Subscribe in a calendar</h2>");
        Raw("<p>Copy a link into Outlook (Add calendar › From Internet), Google Calendar (Other calendars › From URL) or Thunderbird (New Calendar › On the Network). The calendar updates itself.</p>");
        Raw("<ul><li><a href=\"").Text(feedBase).Raw("feeds/all.ics\">Whole timetable</a></li>");
        FeedLinks("Mechanisms", "mechanisms", model.Mechanisms);
        FeedLinks("Countries", "countries", model.Countries);
        FeedLinks("People", "people", model.Persons);
        Raw("</ul></section>\n");
    }

    private void FeedLinks(string label, string segment, IEnumerable<(string Id, string Name)> entries)
    {
        Raw("<li>").Text(label).Raw(": ");
        var first = true;
        foreach (var (id, name) in entries)
        {
            if (!RouteIds.IsValid(id))
            {
                continue;
            }

            Raw(first ? string.Empty : ", ").Raw("<a href=\"").Text(feedBase!).Raw("feeds/").Raw(segment).Raw("/").Text(Uri.EscapeDataString(id)).Raw(".ics\">").Text(name).Raw("</a>");
            first = false;
        }

        Raw("</li>");
    }

    private TimelineHtml Raw(string text)
    {
        html.Append(text);
        return this;
    }

    private TimelineHtml Raw(char c)
    {
        html.Append(c);
        return this;
    }

    private TimelineHtml Text(string text)
    {
        html.Append(Encoder.Encode(text));
        return this;
    }

    private TimelineHtml Num(double value)
    {
        html.Append(Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture));
        return this;
    }
}
