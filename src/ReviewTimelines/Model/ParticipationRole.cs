namespace ReviewTimelines.Model;

/// <summary>What a person's part in a stage or meeting occupies: whether it blocks their time.</summary>
/// <remarks>
/// <para>
/// Only <see cref="Attends"/> blocks a person: the conflict rules that look at a person's time (person double-booked,
/// blackouts and unavailability, the person's own public holidays) and the proposal engines consider attending
/// participations only. <see cref="Contributes"/> counts for the workload rule; <see cref="Responsible"/> names who
/// owns a deadline. The defaults by stage kind are in <see cref="ParticipationRoles.ForStage"/>; docs/model.md lists
/// them.
/// </para>
/// </remarks>
public enum ParticipationRole
{
    /// <summary>Present (in person or online) for the whole item: a country or on-site visit, a plenary, a meeting, a virtual session. Blocks the person's time.</summary>
    Attends = 0,

    /// <summary>Works on the item alongside other work: a self-assessment checklist, a desk review, drafting, comments, a follow-up report. Never a double booking; counted for workload.</summary>
    Contributes = 1,

    /// <summary>Owns the item's deadline or milestone (a notification, a submission date); occupies no time.</summary>
    Responsible = 2,
}
