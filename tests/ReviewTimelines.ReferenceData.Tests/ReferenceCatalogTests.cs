using NodaTime;
using NodaTime.Calendars;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using ReviewTimelines.ReferenceData;
using static ReviewTimelines.ReferenceData.Tests.TestCatalog;

namespace ReviewTimelines.ReferenceData.Tests;

public class ReferenceCatalogTests
{
    private static IEnumerable<PublishedMeeting> Dated(MechanismId id, MeetingKind kind) =>
        Catalog[id].Meetings.Where(m => m.Kind == kind && m.Dates is not null);

    [Fact]
    public void Create_ListsEightMechanismsInFixedOrder()
    {
        Catalog.Mechanisms.Select(m => m.Id.Value).Should().Equal(
            "UNCAC-IRM", "GRECO", "OECD-WGB", "OAS-MESICIC", "FATF", "AU-ABC", "OECD-ACN-IAP", "ARAB-ACAC");
        Catalog.Mechanisms.Take(5).Should().OnlyContain(m => m.RuleSet != null, "§8.1-8.4 give rule sets; the FATF FAQ gives a comparable one");
        Catalog.Mechanisms.Skip(5).Should().OnlyContain(m => m.RuleSet == null, "no published step durations found for the AU ABC, the Istanbul Action Plan and the Arab ACAC");
    }

    [Fact]
    public void Create_SeatZones_ComeFromTheInjectedProvider()
    {
        Catalog[ReferenceMechanisms.UncacIrm].SeatZone.Should().BeSameAs(Tzdb["Europe/Vienna"]);
        Catalog[ReferenceMechanisms.Greco].SeatZone.Should().BeSameAs(Tzdb["Europe/Paris"]);
        Catalog[ReferenceMechanisms.OasMesicic].SeatZone.Should().BeSameAs(Tzdb["America/New_York"]);
        Catalog[ReferenceMechanisms.AuAbc].SeatZone.Should().BeSameAs(Tzdb["Africa/Dar_es_Salaam"]);
        Catalog[ReferenceMechanisms.ArabAcac].SeatZone.Should().BeSameAs(Tzdb["Africa/Cairo"]);
    }

    [Fact]
    public void Create_ProviderWithoutAZone_ThrowsNamingIt()
    {
        var source = new FakeDateTimeZoneSource.Builder { DateTimeZone.ForOffset(Offset.FromHours(1)) }.Build();
        var provider = new DateTimeZoneCache(source);

        var act = () => ReferenceCatalog.Create(provider);

        act.Should().Throw<InvalidOperationException>().WithMessage("*zone 'Europe/Vienna'*");
    }

    [Fact]
    public void Catalog_EveryFigure_HasASourceOrIsAnExplainedEstimate()
    {
        var sources = Catalog.Mechanisms.SelectMany(m =>
                new[] { m.Seat.Source }
                    .Concat(m.RuleSet?.Rules.Select(r => r.Source) ?? [])
                    .Concat(m.Patterns.SelectMany(p => new[] { p.Frequency.Source, p.Months?.Source, p.FirstWeekday?.Source, p.Length?.Source }).OfType<SourceReference>())
                    .Concat(m.Meetings.Select(x => x.Source))
                    .Concat(m.Facts.Select(f => f.Source)))
            .ToList();

        sources.Should().HaveCountGreaterThan(150);
        sources.Where(s => s.Confidence != Confidence.Estimate).Should().OnlyContain(s => s.Citation.Length > 0, "every sourced figure names its source");
        sources.Where(s => s.Confidence == Confidence.Estimate).Should().OnlyContain(s => !string.IsNullOrWhiteSpace(s.Note), "every estimate says what it estimates");
    }

    [Fact]
    public void Catalog_MeetingIds_AreUniqueAndMeetingsOrdered()
    {
        Catalog.Meetings.Select(m => m.Id).Should().OnlyHaveUniqueItems();
        Catalog.Meetings.Select(m => m.Month).Should().BeInAscendingOrder();
        Catalog.Meetings.Where(m => m.Mechanism == ReferenceMechanisms.UncacIrm || m.Mechanism == ReferenceMechanisms.Greco || m.Mechanism == ReferenceMechanisms.OecdWgb)
            .Should().OnlyContain(m => m.Month.Year >= 2017 && m.Month.Year <= 2026, "the published meetings cover 2017-2026");
    }

    [Fact]
    public void Catalog_MonthOnlyMeetings_HaveNoMadeUpDays()
    {
        var monthOnly = Catalog.Meetings.Where(m => m.Precision == MeetingDatePrecision.MonthOnly).ToList();

        monthOnly.Select(m => m.Id.Value).Should().BeEquivalentTo("IRG-2020-11", "IRG-14", "GRECO-2021-03", "WGB-2020-10", "WGB-2020-12", "WGB-2021-03", "ACAC-COSP-02");
        monthOnly.Should().OnlyContain(m => m.Dates == null);
        Catalog.Meetings.Where(m => m.Precision != MeetingDatePrecision.MonthOnly).Should().OnlyContain(m => m.Dates != null && m.Month.Year == m.Dates.Value.Start.Year && m.Month.Month == m.Dates.Value.Start.Month);
        Catalog.Meetings.Single(m => m.Precision == MeetingDatePrecision.EndUncertain).Id.Value.Should().Be("IRG-11");
    }

    [Fact]
    public void WgbPlenaries_EveryListedStart_IsATuesday()
    {
        var plenaries = Dated(ReferenceMechanisms.OecdWgb, MeetingKind.Plenary).ToList();

        plenaries.Should().HaveCount(12);
        plenaries.Should().OnlyContain(m => m.Dates!.Value.Start.DayOfWeek == IsoDayOfWeek.Tuesday);
        plenaries.Should().OnlyContain(m => m.Dates!.Value.End.DayOfWeek == IsoDayOfWeek.Thursday || m.Dates!.Value.End.DayOfWeek == IsoDayOfWeek.Friday, "Tue-Fri, sometimes Tue-Thu");
        var pattern = Catalog[ReferenceMechanisms.OecdWgb].Patterns.Single();
        pattern.FirstWeekday!.Value.Should().Be(IsoDayOfWeek.Tuesday);
        plenaries.Should().OnlyContain(m => pattern.Months!.Value.Contains(m.Dates!.Value.Start.Month));
    }

    [Fact]
    public void GrecoPlenaries_StartOnMondayInPatternMonths()
    {
        var pattern = Catalog[ReferenceMechanisms.Greco].Patterns.Single();

        Dated(ReferenceMechanisms.Greco, MeetingKind.Plenary).Should().HaveCount(9)
            .And.OnlyContain(m => m.Dates!.Value.Start.DayOfWeek == IsoDayOfWeek.Monday && pattern.Months!.Value.Contains(m.Dates!.Value.Start.Month));
    }

    [Fact]
    public void IrgMainSessions_StartOnMonday_CospRunsMondayToFriday_UngassWednesdayToFriday()
    {
        var irg = Catalog[ReferenceMechanisms.UncacIrm].Meetings;

        irg.Where(m => m.Id.Value is "IRG-08" or "IRG-09" or "IRG-10" or "IRG-11" or "IRG-12")
            .Should().HaveCount(5).And.OnlyContain(m => m.Dates!.Value.Start.DayOfWeek == IsoDayOfWeek.Monday);
        irg.Where(m => m.Kind == MeetingKind.ConferenceOfStatesParties)
            .Should().HaveCount(4).And.OnlyContain(m => m.Dates!.Value.Start.DayOfWeek == IsoDayOfWeek.Monday && m.Dates!.Value.End.DayOfWeek == IsoDayOfWeek.Friday);
        var ungass = irg.Single(m => m.Id.Value == "UNGASS-2021").Dates!.Value;
        (ungass.Start.DayOfWeek, ungass.End.DayOfWeek).Should().Be((IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday));
        ungass.Zone.Id.Should().Be("America/New_York");
    }

    [Fact]
    public void MesicicAndArabMeetings_WeekdaysMatchTheFile()
    {
        Catalog[ReferenceMechanisms.OasMesicic].Meetings.Should().HaveCount(2).And.OnlyContain(m => m.Dates!.Value.Start.DayOfWeek == IsoDayOfWeek.Monday);
        // The file's Sunday examples: 27 Dec 2015 and 5 May 2024 (Cairo); Rabat and Riyadh opened on Tuesdays (PublishedMeetingsTests).
        new LocalDate(2015, 12, 27).DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        new LocalDate(2024, 5, 5).DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void CospAndVenueMeetings_UseTheHostCityZone()
    {
        Catalog.Meetings.Single(m => m.Id.Value == "COSP-08").VenueZone.Id.Should().Be("Asia/Dubai");
        Catalog.Meetings.Single(m => m.Id.Value == "COSP-09").VenueZone.Id.Should().Be("Africa/Cairo");
        Catalog.Meetings.Single(m => m.Id.Value == "IRG-10-R2").VenueZone.Id.Should().Be("Asia/Dubai");
        Catalog.Meetings.Single(m => m.Id.Value == "ACAC-COSP-04").VenueZone.Id.Should().Be("Asia/Riyadh");
    }

    /// <summary>Regression on the real calendars: the secretariats stagger their 2018-2019 meetings (§7).</summary>
    [Fact]
    public void PublishedMeetings20182019_IrgWgbGrecoCosp_NeverShareAnIsoWeekAcrossMechanisms()
    {
        var kinds = new[] { MeetingKind.Plenary, MeetingKind.ImplementationReviewGroupSession, MeetingKind.ConferenceOfStatesParties };
        var mechanisms = new[] { ReferenceMechanisms.UncacIrm, ReferenceMechanisms.OecdWgb, ReferenceMechanisms.Greco };
        var meetings = Catalog.Meetings
            .Where(m => mechanisms.Contains(m.Mechanism) && kinds.Contains(m.Kind) && m.Dates is { } d && d.Start.Year is 2018 or 2019)
            .ToList();
        meetings.Should().HaveCount(20, "IRG 6, COSP 1, WGB 8, GRECO 5 in 2018-2019");

        var clashes = from a in meetings
                      from b in meetings
                      where a.Mechanism.CompareTo(b.Mechanism) < 0 && IsoWeeks(a).Intersect(IsoWeeks(b)).Any()
                      select a.Id + " / " + b.Id;

        clashes.Should().BeEmpty();
        // The oracle can fail: within UNCAC, the resumed IRG session sat in COSP 8's week (same secretariat, same venue).
        IsoWeeks(meetings.Single(m => m.Id.Value == "IRG-10-R2")).Should().Equal(IsoWeeks(meetings.Single(m => m.Id.Value == "COSP-08")));
    }

    [Fact]
    public void RuleSets_CarryTheFileConfidenceTags()
    {
        Confidence Tag(MechanismId id, string key) => Catalog[id].RuleSet![new StageKey(key)].Source.Confidence;

        Tag(ReferenceMechanisms.UncacIrm, "U2").Should().Be(Confidence.SourcedExample, "only a mirror copy of the UNODC slide was found");
        Tag(ReferenceMechanisms.UncacIrm, "U5").Should().Be(Confidence.Estimate);
        Tag(ReferenceMechanisms.UncacIrm, "U10").Should().Be(Confidence.Estimate);
        Tag(ReferenceMechanisms.Greco, "G7").Should().Be(Confidence.Unconfirmed);
        Tag(ReferenceMechanisms.Greco, "G9").Should().Be(Confidence.SourcedExample);
        Tag(ReferenceMechanisms.OecdWgb, "W6").Should().Be(Confidence.SourcedExample);
        Tag(ReferenceMechanisms.OecdWgb, "W8").Should().Be(Confidence.Sourced);
        Tag(ReferenceMechanisms.OasMesicic, "M3").Should().Be(Confidence.SourcedExample);
        Catalog[ReferenceMechanisms.OasMesicic].RuleSet!.Rules.Single(r => r.Key.Value == "M3").Source.Citation.Should().Contain("SG/MESICIC/doc.442/15 rev.2");
    }

    private static List<(int Year, int Week)> IsoWeeks(PublishedMeeting meeting)
    {
        var rule = WeekYearRules.Iso;
        return meeting.Dates!.Value.Dates
            .Select(d => (rule.GetWeekYear(d), rule.GetWeekOfWeekYear(d)))
            .Distinct()
            .ToList();
    }
}
