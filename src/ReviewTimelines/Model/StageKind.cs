namespace ReviewTimelines.Model;

/// <summary>The kind of a stage in a country review (REVIEW-MECHANISMS.md §1.3, §2, §3, §4, §8).</summary>
public enum StageKind
{
    /// <summary>The secretariat notifies the State under review: the start of the review (T0).</summary>
    Notification = 0,

    /// <summary>The State under review appoints its focal point.</summary>
    FocalPointAppointment = 1,

    /// <summary>An organisational teleconference or videoconference.</summary>
    Teleconference = 2,

    /// <summary>The self-assessment checklist or questionnaire response (UNCAC SACL, GRECO and WGB questionnaires).</summary>
    SelfAssessmentChecklist = 3,

    /// <summary>The desk review by the governmental experts (reviewing States) and the secretariat.</summary>
    DeskReview = 4,

    /// <summary>Active dialogue between experts and the State under review (calls, written exchanges).</summary>
    Dialogue = 5,

    /// <summary>The country visit (on-site visit) in the State under review.</summary>
    CountryVisit = 6,

    /// <summary>A joint meeting at the seat instead of a country visit (UNCAC: in Vienna).</summary>
    JointMeeting = 7,

    /// <summary>Drafting of the country report (draft report, comments, agreed report, executive summary).</summary>
    DraftReport = 8,

    /// <summary>Examination and adoption of the report at a plenary.</summary>
    Adoption = 9,

    /// <summary>Publication of the report.</summary>
    Publication = 10,

    /// <summary>Translation (e.g. the UNCAC executive summary into the six UN languages).</summary>
    Translation = 11,

    /// <summary>Follow-up or compliance procedure (GRECO compliance report, WGB two-year written follow-up).</summary>
    FollowUp = 12,

    /// <summary>A bare deadline or milestone with no duration of its own.</summary>
    Deadline = 13,
}
