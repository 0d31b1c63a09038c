using System.Collections.Frozen;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;

namespace ReviewTimelines.Web.Internal;

/// <summary>Which mechanisms, countries and persons a conflict concerns: those of its items (a stage's review and
/// participants, a meeting's mechanism, delegations and attendees, an outside busy time's resource) and of its shared
/// resource.</summary>
internal sealed class ConflictFacts(Timetable timetable, IEnumerable<ExternalBusy> outside)
{
    private readonly FrozenDictionary<string, TimetableResource> busy = outside.ToFrozenDictionary(b => b.Id, b => b.Resource, StringComparer.Ordinal);

    public IReadOnlySet<string> Mechanisms(Conflict conflict) => Collect(conflict, ResourceKind.Seat, mechanism: true);

    public IReadOnlySet<string> Countries(Conflict conflict) => Collect(conflict, ResourceKind.Country, mechanism: false);

    public IReadOnlySet<string> Persons(Conflict conflict) => Collect(conflict, ResourceKind.Person, mechanism: false);

    private HashSet<string> Collect(Conflict conflict, ResourceKind kind, bool mechanism)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        Add(result, conflict.Resource, kind);
        foreach (var item in conflict.Items)
        {
            foreach (var resource in ResourcesOf(item))
            {
                Add(result, resource, kind);
            }

            if (mechanism && MechanismOf(item) is { } id)
            {
                result.Add(id);
            }

            if (kind == ResourceKind.Country && item.Kind == ConflictItemKind.Stage && timetable.TryGetStage(new StageId(item.Id), out _))
            {
                result.Add(timetable.GetReviewOf(new StageId(item.Id)).StateUnderReview.Value);
            }
        }

        return result;
    }

    private static void Add(HashSet<string> set, TimetableResource resource, ResourceKind kind)
    {
        if (resource.Kind == kind)
        {
            set.Add(resource.Value);
        }
    }

    private System.Collections.Immutable.ImmutableArray<TimetableResource> ResourcesOf(ConflictItemRef item) => item.Kind switch
    {
        ConflictItemKind.Stage when timetable.TryGetStage(new StageId(item.Id), out _) => timetable.ResourcesOf(new StageId(item.Id)),
        ConflictItemKind.Meeting when timetable.TryGetMeeting(new MeetingId(item.Id), out _) => timetable.ResourcesOf(new MeetingId(item.Id)),
        ConflictItemKind.ExternalBusy when busy.TryGetValue(item.Id, out var resource) => [resource],
        _ => [],
    };

    private string? MechanismOf(ConflictItemRef item) => item.Kind switch
    {
        ConflictItemKind.Stage when timetable.TryGetStage(new StageId(item.Id), out _) => timetable.GetReviewOf(new StageId(item.Id)).Mechanism.Value,
        ConflictItemKind.Meeting when timetable.TryGetMeeting(new MeetingId(item.Id), out var meeting) => meeting.Mechanism?.Value,
        _ => null,
    };
}
