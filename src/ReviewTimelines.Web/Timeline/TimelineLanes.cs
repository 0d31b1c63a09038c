using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Web.Timeline;

/// <summary>Groups the page's bars into lanes for each <see cref="LaneMode"/> and stacks each lane's bars in rows.</summary>
/// <remarks>
/// Country lanes: the timetable's meetings first (one lane per mechanism), then one lane per country under review
/// (its stages and deadlines, and busy time from feeds held by the country). Mechanism lanes: each mechanism's stages,
/// deadlines and meetings. Person lanes: what each person takes part in, and their busy time from feeds. A lane marks
/// every conflict that names one of its bars or its resource. Lanes without bars are left out.
/// </remarks>
internal sealed class TimelineLanes(Timetable timetable, ImmutableArray<TimelineItem> items, ImmutableArray<TimelineConflict> conflicts)
{
    public ImmutableArray<TimelineLane> For(LaneMode mode) => mode switch
    {
        LaneMode.Country => [.. MeetingLanes(), .. CountryLanes()],
        LaneMode.Mechanism => [.. MechanismLanes()],
        _ => [.. PersonLanes()],
    };

    private IEnumerable<TimelineLane> MeetingLanes()
    {
        var meetings = items.Where(i => i.Kind == "meeting").ToList();
        foreach (var mechanism in timetable.Mechanisms.OrderBy(m => m.ShortName, StringComparer.Ordinal))
        {
            var bars = meetings.Where(i => i.Mechanism == mechanism.Id.Value);
            var lane = Lane("meetings:" + mechanism.Id.Value, mechanism.ShortName + " meetings", mechanism.SeatName, bars, i => i.Title);
            if (lane is not null)
            {
                yield return lane;
            }
        }

        var other = Lane("meetings:", "Other meetings", "no mechanism", meetings.Where(i => i.Mechanism.Length == 0), i => i.Title);
        if (other is not null)
        {
            yield return other;
        }
    }

    private IEnumerable<TimelineLane> CountryLanes()
    {
        foreach (var country in timetable.Countries.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var code = country.Code.Value;
            var bars = items.Where(i => i.Kind != "meeting" && (i.Country == code || (i.Kind == "busy" && i.Countries.Contains(code))));
            var lane = Lane("country:" + code, country.Name, code, bars, i => Prefixed(i.MechanismName, ShortTitle(i)));
            if (lane is not null)
            {
                yield return lane;
            }
        }
    }

    private IEnumerable<TimelineLane> MechanismLanes()
    {
        foreach (var mechanism in timetable.Mechanisms.OrderBy(m => m.ShortName, StringComparer.Ordinal))
        {
            var id = mechanism.Id.Value;
            var bars = items.Where(i => i.Mechanism == id);
            var lane = Lane("mechanism:" + id, mechanism.ShortName, mechanism.Name, bars, i => i.Kind == "meeting" ? i.Title : Prefixed(i.Country, ShortTitle(i)));
            if (lane is not null)
            {
                yield return lane;
            }
        }

        var other = Lane("mechanism:", "Other meetings", "no mechanism", items.Where(i => i.Kind == "meeting" && i.Mechanism.Length == 0), i => i.Title);
        if (other is not null)
        {
            yield return other;
        }
    }

    private IEnumerable<TimelineLane> PersonLanes()
    {
        foreach (var person in timetable.Persons.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var id = person.Id.Value;
            var detail = PersonRoleText(person.Role) + (person.Country is { } c ? " · " + c.Value : string.Empty);
            var bars = items.Where(i => i.Persons.Contains(id));
            var lane = Lane("person:" + id, person.Name, detail, bars, i => i.Kind == "meeting" ? i.Title : Prefixed(Prefixed(i.MechanismName, i.Country), ShortTitle(i)));
            if (lane is not null)
            {
                yield return lane;
            }
        }
    }

    private TimelineLane? Lane(string key, string label, string detail, IEnumerable<TimelineItem> source, Func<TimelineItem, string> labelOf)
    {
        var ordered = source.OrderBy(i => i.Start).ThenBy(i => i.End).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var rowEnds = new List<double>();
        var bars = ImmutableArray.CreateBuilder<PlacedBar>(ordered.Count);
        foreach (var item in ordered)
        {
            // Short items still take a day on screen, so stack as if they lasted at least one day.
            var end = Math.Max(item.End, item.Start + 1);
            var row = rowEnds.FindIndex(e => e <= item.Start);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(end);
            }
            else
            {
                rowEnds[row] = end;
            }

            bars.Add(new PlacedBar(item, row, labelOf(item)));
        }

        var keys = ordered.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var marks = conflicts.Where(c => c.Resource == key || c.Items.Any(keys.Contains)).ToImmutableArray();
        return new TimelineLane(key, label, detail, bars.MoveToImmutable(), rowEnds.Count, marks);
    }

    /// <summary>The title without the "MECH review of Country: " prefix that the lane already says.</summary>
    private static string ShortTitle(TimelineItem item)
    {
        var colon = item.Title.IndexOf(": ", StringComparison.Ordinal);
        return item.Kind switch
        {
            "deadline" => "Deadline: " + (item.Title.LastIndexOf(": ", StringComparison.Ordinal) is var i and > 0 ? item.Title[(i + 2)..] : item.Title),
            "busy" or "meeting" => item.Title,
            _ => colon > 0 ? item.Title[(colon + 2)..] : item.Title,
        };
    }

    private static string Prefixed(string prefix, string text) => prefix.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, "{0} {1}", prefix, text);

    private static string PersonRoleText(PersonRole role) => role switch
    {
        PersonRole.GovernmentalExpert => "Governmental expert",
        PersonRole.FocalPoint => "Focal point",
        PersonRole.SecretariatStaff => "Secretariat",
        PersonRole.LeadExaminer => "Lead examiner",
        _ => "Participant",
    };
}
