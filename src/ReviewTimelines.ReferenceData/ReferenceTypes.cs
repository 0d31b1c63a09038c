using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.ReferenceData;

/// <summary>A value of the reference data together with its source and confidence tag.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">Where it comes from (URL or document symbol) and its confidence tag.</param>
/// <threadsafety>Immutable when <typeparamref name="T"/> is; safe to share between threads.</threadsafety>
public sealed record SourcedValue<T>(T Value, SourceReference Source)
{
    /// <summary>Gets the source.</summary>
    public SourceReference Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>Formats as <c>value [tag]</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} [{1}]", Value, ConfidenceTags.Tag(Source.Confidence));
}

/// <summary>How often a meeting recurs: between <see cref="MinimumCount"/> and <see cref="MaximumCount"/> meetings every <see cref="Years"/> years.</summary>
/// <param name="MinimumCount">The least number of meetings in the period.</param>
/// <param name="MaximumCount">The greatest number of meetings in the period.</param>
/// <param name="Years">The period in years (2 for a biennial conference).</param>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct MeetingFrequency(int MinimumCount, int MaximumCount, int Years)
{
    /// <summary>Formats as <c>4 per 1 year(s)</c> or <c>0-2 per 1 year(s)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => MinimumCount == MaximumCount
        ? string.Format(CultureInfo.InvariantCulture, "{0} per {1} year(s)", MinimumCount, Years)
        : string.Format(CultureInfo.InvariantCulture, "{0}-{1} per {2} year(s)", MinimumCount, MaximumCount, Years);
}

/// <summary>The length of a meeting in calendar days, from <see cref="MinimumDays"/> to <see cref="MaximumDays"/> inclusive.</summary>
/// <param name="MinimumDays">The shortest length.</param>
/// <param name="MaximumDays">The longest length.</param>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct MeetingLength(int MinimumDays, int MaximumDays)
{
    /// <summary>Formats as <c>3-5 days</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => MinimumDays == MaximumDays
        ? string.Format(CultureInfo.InvariantCulture, "{0} days", MinimumDays)
        : string.Format(CultureInfo.InvariantCulture, "{0}-{1} days", MinimumDays, MaximumDays);
}

/// <summary>The recurring pattern of a mechanism's meetings (how often, which months, which weekday, how long, where).</summary>
/// <remarks>Patterns describe what the sources show; exact weeks vary from year to year, so published dates
/// (<see cref="PublishedMeeting"/>) override them. A pattern part the sources do not give is <see langword="null"/>.</remarks>
/// <param name="Name">A display name, e.g. "GRECO plenary".</param>
/// <param name="Kind">The meeting kind.</param>
/// <param name="Venue">Where the meetings sit, e.g. "Strasbourg (Council of Europe, Agora)", or "host city (rotating)".</param>
/// <param name="VenueZone">The venue's zone, or <see langword="null"/> when the venue rotates.</param>
/// <param name="Frequency">How often, with its source.</param>
/// <param name="Months">The months (1–12) the meetings fall in, with its source; or <see langword="null"/>.</param>
/// <param name="FirstWeekday">The weekday meetings start on, with its source; or <see langword="null"/>.</param>
/// <param name="Length">The length in days, with its source; or <see langword="null"/>.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlenaryPattern(
    string Name,
    MeetingKind Kind,
    string Venue,
    DateTimeZone? VenueZone,
    SourcedValue<MeetingFrequency> Frequency,
    SourcedValue<IReadOnlyList<int>>? Months,
    SourcedValue<IsoDayOfWeek>? FirstWeekday,
    SourcedValue<MeetingLength>? Length)
{
    /// <summary>Gets the pattern as a <see cref="Planning.PlenaryRhythm"/> the planner can estimate meetings from, or <see langword="null"/> when the sources give no first weekday or length, or the venue rotates.</summary>
    /// <remarks>The estimate takes the longest sourced length that fits before a non-working day (from <see cref="MeetingLength.MaximumDays"/> down to <see cref="MeetingLength.MinimumDays"/>) and the first
    /// <see cref="FirstWeekday"/> of a month in <see cref="Months"/> (any month when not given) whose days are all working days of
    /// <paramref name="seatCalendar"/>; the week of the month is not in the sources, so none is assumed beyond "the first that fits".</remarks>
    /// <param name="seatCalendar">The venue's working calendar (weekends and holidays the estimate avoids).</param>
    /// <returns>The rhythm, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seatCalendar"/> is null.</exception>
    public Planning.PlenaryRhythm? ToRhythm(WorkingCalendar seatCalendar)
    {
        ArgumentNullException.ThrowIfNull(seatCalendar);
        return FirstWeekday is null || Length is null || VenueZone is null
            ? null
            : new Planning.PlenaryRhythm(Name, seatCalendar, Months?.Value ?? [], FirstWeekday.Value, Length.Value.MaximumDays, null, Length.Value.MinimumDays);
    }

    /// <summary>Formats as <c>GRECO plenary: 4 per 1 year(s), months 3,6,9,10,12, Monday, 3-5 days, Strasbourg</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: {1}, months {2}, {3}, {4}, {5}",
        Name,
        Frequency.Value,
        Months is null ? "?" : string.Join(",", Months.Value),
        FirstWeekday?.Value.ToString() ?? "any weekday",
        Length?.Value.ToString() ?? "? days",
        Venue);
}

/// <summary>How a meeting was held.</summary>
public enum PublishedMeetingFormat
{
    /// <summary>The source does not state the format.</summary>
    NotStated = 0,

    /// <summary>In person at the venue.</summary>
    InPerson = 1,

    /// <summary>Virtual (online only).</summary>
    Virtual = 2,

    /// <summary>Hybrid: in person and online.</summary>
    Hybrid = 3,
}

/// <summary>How precisely the source dates a meeting.</summary>
public enum MeetingDatePrecision
{
    /// <summary>First and last day are given.</summary>
    ExactDays = 0,

    /// <summary>The first day is given; the last day is uncertain (e.g. "29 Jun(–1 Jul) 2020"): <see cref="PublishedMeeting.Dates"/> holds the source's tentative reading.</summary>
    EndUncertain = 1,

    /// <summary>Only the month is given; <see cref="PublishedMeeting.Dates"/> is <see langword="null"/> and no day is made up.</summary>
    MonthOnly = 2,
}

/// <summary>Whether the source reports the meeting as held or only as planned.</summary>
public enum MeetingStatus
{
    /// <summary>Reported (or announced) with these dates and not known to have changed.</summary>
    Held = 0,

    /// <summary>The source gives planned dates; whether the meeting was held so is not confirmed.</summary>
    Planned = 1,
}

/// <summary>A meeting of a mechanism with published dates (plenary, IRG session, COSP, special session), with its source.</summary>
/// <remarks>
/// <para>
/// <see cref="Dates"/> are inclusive local dates in the venue's zone (a COSP in its host city's zone, not the seat's),
/// or <see langword="null"/> when the source gives the month only (<see cref="MeetingDatePrecision.MonthOnly"/>).
/// <see cref="Month"/> is always set: the month of the first day, or the month the source names.
/// </para>
/// </remarks>
/// <param name="Id">A stable id, e.g. <c>GRECO-83</c> or <c>WGB-2018-06</c>.</param>
/// <param name="Mechanism">The mechanism whose meeting it is (an IRG session or a COSP belongs to UNCAC).</param>
/// <param name="Name">The display name, e.g. "GRECO 83rd plenary".</param>
/// <param name="Kind">The meeting kind.</param>
/// <param name="Month">The month of the meeting.</param>
/// <param name="Dates">The dates in the venue's zone, or <see langword="null"/> when only the month is known.</param>
/// <param name="Precision">How precisely the source dates it.</param>
/// <param name="Venue">The venue as the source names it.</param>
/// <param name="VenueZone">The venue's zone.</param>
/// <param name="Format">In person, virtual, hybrid, or not stated.</param>
/// <param name="Status">Held or only planned.</param>
/// <param name="Source">The source and confidence tag.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PublishedMeeting(
    MeetingId Id,
    MechanismId Mechanism,
    string Name,
    MeetingKind Kind,
    YearMonth Month,
    ZonedDateRange? Dates,
    MeetingDatePrecision Precision,
    string Venue,
    DateTimeZone VenueZone,
    PublishedMeetingFormat Format,
    MeetingStatus Status,
    SourceReference Source)
{
    /// <summary>Formats as <c>GRECO-83 2019-06-17/2019-06-21 Europe/Paris GRECO 83rd plenary</c> (or <c>2021-03 (month only)</c>).</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} {2}",
        Id,
        Dates?.ToString() ?? YearMonthPattern.Iso.Format(Month) + " (month only) " + VenueZone.Id,
        Name);
}

/// <summary>A sourced statement about a mechanism that is not a date or a rule (cycle lengths, report sizes, visit lengths, comparables).</summary>
/// <param name="Mechanism">The mechanism.</param>
/// <param name="Topic">A short topic, e.g. "Assessment length".</param>
/// <param name="Statement">The statement as the source supports it.</param>
/// <param name="Source">The source and confidence tag.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReferenceFact(MechanismId Mechanism, string Topic, string Statement, SourceReference Source)
{
    /// <summary>Formats as <c>FATF Assessment length: ... [S]</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Mechanism + " " + Topic + ": " + Statement + " [" + ConfidenceTags.Tag(Source.Confidence) + "]";
}

/// <summary>The confidence tags of REVIEW-MECHANISMS.md as text.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ConfidenceTags
{
    /// <summary>Gets the tag of <paramref name="confidence"/>: <c>S</c>, <c>S-ex</c>, <c>R</c> or <c>E</c>.</summary>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not a defined value.</exception>
    public static string Tag(Confidence confidence) => confidence switch
    {
        Confidence.Sourced => "S",
        Confidence.SourcedExample => "S-ex",
        Confidence.Unconfirmed => "R",
        Confidence.Estimate => "E",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Unknown confidence."),
    };
}
