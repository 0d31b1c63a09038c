using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Web.Timeline;

/// <summary>Invariant, readable text for the page: dates such as <c>7 Jun 2021</c>, kinds in words.</summary>
internal static class TimelineText
{
    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("d MMM uuuu");
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    public static string Date(LocalDate date) => Day.Format(date);

    public static string IsoDate(LocalDate date) => Iso.Format(date);

    /// <summary>All-day dates: <c>7 Jun 2021 – 11 Jun 2021 (5 days, Europe/Vienna)</c>.</summary>
    public static string AllDay(DateInterval dates, DateTimeZone zone)
    {
        var days = dates.Length;
        return dates.Start == dates.End
            ? string.Format(CultureInfo.InvariantCulture, "{0} (1 day, {1})", Date(dates.Start), zone.Id)
            : string.Format(CultureInfo.InvariantCulture, "{0} – {1} ({2} days, {3})", Date(dates.Start), Date(dates.End), days, zone.Id);
    }

    /// <summary>Timed: <c>7 Jun 2021 09:00 – 12:30 (Europe/Vienna)</c>, the end's date only when it differs.</summary>
    public static string Timed(InstantRange range, DateTimeZone zone)
    {
        var start = range.Start.InZone(zone).LocalDateTime;
        var end = range.End.InZone(zone).LocalDateTime;
        var endText = end.Date == start.Date ? Time.Format(end.TimeOfDay) : Date(end.Date) + " " + Time.Format(end.TimeOfDay);
        return string.Format(CultureInfo.InvariantCulture, "{0} {1} – {2} ({3})", Date(start.Date), Time.Format(start.TimeOfDay), endText, zone.Id);
    }

    /// <summary>The local days a half-open range touches in a zone, ISO: <c>2021-06-09 to 2021-06-11</c> (as the CLI prints them).</summary>
    public static string LocalDays(InstantRange range, DateTimeZone zone)
    {
        var first = range.Start.InZone(zone).Date;
        var endLocal = range.End.InZone(zone);
        var last = range.IsEmpty ? first : (endLocal.TimeOfDay == LocalTime.Midnight ? endLocal.Date.PlusDays(-1) : endLocal.Date);
        return first >= last ? IsoDate(first) : IsoDate(first) + " to " + IsoDate(last);
    }

    /// <summary>A kebab-case slug in words: <c>country-visit-overlap</c> → <c>Country visit overlap</c>.</summary>
    public static string Words(string slug)
    {
        var text = slug.Replace('-', ' ');
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string StageKind(StageKind kind) => kind switch
    {
        Model.StageKind.SelfAssessmentChecklist => "Self-assessment checklist",
        Model.StageKind.FocalPointAppointment => "Focal point appointment",
        Model.StageKind.DeskReview => "Desk review",
        Model.StageKind.CountryVisit => "Country visit",
        Model.StageKind.JointMeeting => "Joint meeting",
        Model.StageKind.DraftReport => "Draft report",
        Model.StageKind.FollowUp => "Follow-up",
        _ => kind.ToString(),
    };

    /// <summary>The bar kind of a stage: visit, work (long desk work) or step.</summary>
    public static string BarKind(StageKind kind) => kind switch
    {
        Model.StageKind.CountryVisit or Model.StageKind.JointMeeting => "visit",
        Model.StageKind.SelfAssessmentChecklist or Model.StageKind.DeskReview or Model.StageKind.Dialogue
            or Model.StageKind.DraftReport or Model.StageKind.Translation or Model.StageKind.FollowUp => "work",
        _ => "step",
    };

    /// <summary>The bar kinds in the order of the kind filter, with their names.</summary>
    public static IReadOnlyList<(string Kind, string Name)> BarKinds { get; } =
    [
        ("visit", "Country visits"),
        ("meeting", "Meetings and plenaries"),
        ("work", "Desk work (checklist, desk review, drafting, follow-up)"),
        ("step", "Other steps (notification, adoption, publication...)"),
        ("deadline", "Deadlines"),
        ("busy", "Busy time from outside feeds"),
    ];

    public static string Resource(Timetable timetable, TimetableResource resource) => resource.Kind switch
    {
        ResourceKind.Country when timetable.TryGetCountry(resource.AsCountry(), out var c) => c.Name,
        ResourceKind.Person when timetable.TryGetPerson(resource.AsPerson(), out var p) => p.Name,
        ResourceKind.Seat when timetable.TryGetMechanism(resource.AsSeat(), out var m) => m.ShortName + " seat (" + m.SeatName + ")",
        _ => resource.ToString(),
    };
}
