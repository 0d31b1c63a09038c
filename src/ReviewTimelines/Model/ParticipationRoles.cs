using System.Collections.Immutable;

namespace ReviewTimelines.Model;

/// <summary>The default participation role of each kind of stage and meeting, and the effective role of a participant.</summary>
/// <remarks>
/// <para>
/// Defaults (issue 11, docs/model.md): a country visit, a joint meeting at the seat, a teleconference, an adoption at a
/// plenary and every meeting → <see cref="ParticipationRole.Attends"/>; the self-assessment checklist, the desk review,
/// the dialogue, drafting, translation and follow-up → <see cref="ParticipationRole.Contributes"/>; a notification, a
/// focal-point appointment, a publication and a bare deadline → <see cref="ParticipationRole.Responsible"/>.
/// </para>
/// <para>
/// The effective role of a participant is the first of: its per-person override, the item's own role
/// (<see cref="Stage.ParticipantRole"/>, <see cref="Meeting.ParticipantRole"/>), the default of the item's kind.
/// </para>
/// </remarks>
public static class ParticipationRoles
{
    /// <summary>Gets the default role of the participants of a stage of <paramref name="kind"/>.</summary>
    /// <param name="kind">The stage kind.</param>
    /// <returns>The default role.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static ParticipationRole ForStage(StageKind kind) => kind switch
    {
        StageKind.CountryVisit or StageKind.JointMeeting or StageKind.Teleconference or StageKind.Adoption => ParticipationRole.Attends,
        StageKind.SelfAssessmentChecklist or StageKind.DeskReview or StageKind.Dialogue or StageKind.DraftReport
            or StageKind.Translation or StageKind.FollowUp => ParticipationRole.Contributes,
        StageKind.Notification or StageKind.FocalPointAppointment or StageKind.Publication or StageKind.Deadline => ParticipationRole.Responsible,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown stage kind."),
    };

    /// <summary>Gets the default role of the named attendees of a meeting of <paramref name="kind"/>: always <see cref="ParticipationRole.Attends"/>.</summary>
    /// <param name="kind">The meeting kind.</param>
    /// <returns>The default role.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static ParticipationRole ForMeeting(MeetingKind kind) =>
        Enum.IsDefined(kind) ? ParticipationRole.Attends : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown meeting kind.");

    /// <summary>Gets the camel-case name of a role, as the timetable format writes it (<c>attends</c>, <c>contributes</c>, <c>responsible</c>).</summary>
    internal static string Text(ParticipationRole role) => role switch
    {
        ParticipationRole.Attends => "attends",
        ParticipationRole.Contributes => "contributes",
        ParticipationRole.Responsible => "responsible",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown participation role."),
    };

    /// <summary>Resolves the effective role: the override for <paramref name="person"/>, else <paramref name="itemRole"/>, else <paramref name="kindDefault"/>.</summary>
    internal static ParticipationRole Resolve(ImmutableArray<Participation> overrides, ParticipationRole? itemRole, ParticipationRole kindDefault, PersonId person)
    {
        foreach (var entry in overrides)
        {
            if (entry.Person == person)
            {
                return entry.Role;
            }
        }

        return itemRole ?? kindDefault;
    }

    /// <summary>Lists every listed person with their effective role, in the order of <paramref name="people"/> (ordinal).</summary>
    internal static ImmutableArray<Participation> Effective(ImmutableArray<PersonId> people, ImmutableArray<Participation> overrides, ParticipationRole? itemRole, ParticipationRole kindDefault)
    {
        if (people.IsDefaultOrEmpty)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Participation>(people.Length);
        foreach (var person in people)
        {
            builder.Add(new Participation(person, Resolve(overrides, itemRole, kindDefault, person)));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Normalizes an override list: default becomes empty, default entries are rejected, order becomes ordinal (duplicates are kept for the validator).</summary>
    internal static ImmutableArray<Participation> Sorted(ImmutableArray<Participation> values, string owner, string property)
    {
        if (values.IsDefaultOrEmpty)
        {
            return [];
        }

        foreach (var value in values)
        {
            ModelChecks.Id(value.Person, owner, property);
            ModelChecks.Defined(value.Role, owner, property);
        }

        return values.Sort();
    }
}
