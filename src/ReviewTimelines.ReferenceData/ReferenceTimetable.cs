using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;

namespace ReviewTimelines.ReferenceData;

/// <summary>The embedded reference timetable: the catalog's mechanisms with seats, their published 2020–2022 meetings, and an illustrative sample of 2021 country reviews with deliberately planted clashes.</summary>
/// <remarks>
/// <para>
/// What is real: the mechanisms, seats and zones of the <see cref="ReferenceCatalog"/>, and every meeting of 2020–2022 whose days the
/// sources give, with its source unchanged (<see cref="ReferenceMapping.ToMeeting"/>). Meetings the sources date by month only are not
/// invented: they are listed in <see cref="SkippedMeetings"/>.
/// </para>
/// <para>
/// What is illustrative (<see cref="Notice"/>): six country reviews in 2021 (Austria in GRECO and the OECD WGB, Colombia in MESICIC
/// and the UNCAC IRM, the United Arab Emirates in the UNCAC IRM and the Arab ACAC mechanism), their people, cycles, country
/// calendars, blackouts, the member States listed for each mechanism (only sample countries), and the attendance of one expert at the
/// 12th IRG session. Review ids start with <c>SAMPLE-</c>; stage, person, calendar, cycle and blackout names say "illustrative". Stages
/// are planned with the <see cref="Planner"/> and the catalog's rule sets (the Arab ACAC mirrors the UNCAC rule set, as
/// REVIEW-MECHANISMS.md §8.5 suggests), then some dates are fixed as agreed dates (re-planned as actuals) to plant the situations in
/// <see cref="PlantedSituations"/>. Each sample review's <see cref="CountryReview.Note"/> is <see cref="Notice"/>, and each stage's
/// <see cref="Stage.Source"/> is the source of its rule. Only country visits hold persons; desk work holds nobody, so the clashes found are the planted ones.
/// </para>
/// <para>
/// Built from C# data only, through the injected zone provider: two calls with the same provider give equal timetables.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReferenceTimetable
{
    /// <summary>The sentence every illustrative item refers to.</summary>
    public const string Notice = "Illustrative sample review, not a real schedule: the reviews, people, visits, deadlines and country calendars are invented for demonstration; only the published meeting dates are real and carry their sources.";

    private ReferenceTimetable(
        ReferenceCatalog catalog,
        Timetable timetable,
        ImmutableArray<SkippedMeeting> skipped,
        ImmutableSortedDictionary<StageId, SourceReference> stageSources,
        ImmutableArray<string> planWarnings,
        ImmutableArray<PlantedSituation> planted)
    {
        Catalog = catalog;
        Timetable = timetable;
        SkippedMeetings = skipped;
        StageSources = stageSources;
        PlanWarnings = planWarnings;
        PlantedSituations = planted;
    }

    /// <summary>Gets the first month of the published meetings included (January 2020).</summary>
    public static YearMonth FirstMonth { get; } = new(2020, 1);

    /// <summary>Gets the last month of the published meetings included (December 2022).</summary>
    public static YearMonth LastMonth { get; } = new(2022, 12);

    /// <summary>Gets the catalog the timetable was built from.</summary>
    public ReferenceCatalog Catalog { get; }

    /// <summary>Gets the validated timetable.</summary>
    public Timetable Timetable { get; }

    /// <summary>Gets the published meetings of 2020–2022 left out because the sources give their month only, in catalog order.</summary>
    public ImmutableArray<SkippedMeeting> SkippedMeetings { get; }

    /// <summary>Gets the source of the rule behind each sample stage, in ordinal stage-id order (the same as each stage's <see cref="Stage.Source"/>); the timing itself is illustrative.</summary>
    public IReadOnlyDictionary<StageId, SourceReference> StageSources { get; }

    /// <summary>Gets the planner's warnings for the sample reviews (e.g. no dated plenary after 2021 to align an adoption to), each prefixed with the review id, in review order.</summary>
    public ImmutableArray<string> PlanWarnings { get; }

    /// <summary>Gets the situations planted on purpose, in the order of <see cref="PlantedSituationKind"/>.</summary>
    public ImmutableArray<PlantedSituation> PlantedSituations { get; }

    /// <summary>Builds the reference timetable.</summary>
    /// <param name="zones">The zone provider (e.g. <c>DateTimeZoneProviders.Tzdb</c> at the application's edge).</param>
    /// <returns>The reference timetable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="zones"/> does not know a zone the data uses; the message names the zone.</exception>
    public static ReferenceTimetable Create(IDateTimeZoneProvider zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var catalog = ReferenceCatalog.Create(zones);
        return new SampleTimetableData(new ReferenceZones(zones), catalog).Build();
    }

    internal static ReferenceTimetable From(
        ReferenceCatalog catalog,
        Timetable timetable,
        ImmutableArray<SkippedMeeting> skipped,
        IEnumerable<KeyValuePair<StageId, SourceReference>> stageSources,
        ImmutableArray<string> planWarnings,
        ImmutableArray<PlantedSituation> planted) =>
        new(catalog, timetable, skipped, stageSources.ToImmutableSortedDictionary(), planWarnings, planted);
}
