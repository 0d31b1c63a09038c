using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class CountryVisitOverlapRuleTests
{
    private static readonly ConflictDetector OnlyVisits = Detector(ConflictKind.CountryVisitOverlap);

    internal static ConflictDetector Detector(params ConflictKind[] kinds)
    {
        var options = new ConflictDetectorOptions();
        options.Kinds.Clear();
        foreach (var kind in kinds)
        {
            options.Kinds.Add(kind);
        }

        return new ConflictDetector(options);
    }

    [Fact]
    public void Detect_OverlappingVisits_ReportsOverlapInLocalDays()
    {
        var timetable = new ConflictWorld()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Visit("WGB-AUT-visit", Wgb, Aut, D(2021, 3, 10), D(2021, 3, 12))
            .Build();

        var conflicts = OnlyVisits.Detect(timetable);

        conflicts.Should().ContainSingle();
        var conflict = conflicts[0];
        conflict.Kind.Should().Be(ConflictKind.CountryVisitOverlap);
        conflict.Severity.Should().Be(ConflictSeverity.Hard);
        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("GRECO-AUT-visit")), ConflictItemRef.For(new StageId("WGB-AUT-visit")));
        conflict.Resource.Should().Be(TimetableResource.ForCountry(Aut));
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 9, 23, 0), Instant.FromUtc(2021, 3, 12, 23, 0)));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) overlaps OECD WGB's country visit to Austria (2021-03-10 to 2021-03-12) by 3 days.");
        conflict.Id.Value.Should().StartWith("country-visit-overlap/").And.HaveLength("country-visit-overlap/".Length + 16);
    }

    [Fact]
    public void Detect_VisitsTenWorkingDaysApart_NoConflict()
    {
        // Fri 12 March; 10 working days strictly between: 15-19 and 22-26 March; the next may start Mon 29 March.
        var timetable = new ConflictWorld()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Visit("WGB-AUT-visit", Wgb, Aut, D(2021, 3, 29), D(2021, 3, 31))
            .Build();

        OnlyVisits.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_VisitsNineWorkingDaysApart_ReportsSeparationShortfall()
    {
        // Starting Fri 26 March leaves 15-19 and 22-25 March: 9 working days.
        var timetable = new ConflictWorld()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Visit("WGB-AUT-visit", Wgb, Aut, D(2021, 3, 26), D(2021, 3, 26))
            .Build();

        var conflict = OnlyVisits.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 12, 23, 0), Instant.FromUtc(2021, 3, 25, 23, 0)));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) and OECD WGB's country visit to Austria (2021-03-26) are only 9 working days apart in Austria's calendar; at least 10 are needed.");
    }

    [Fact]
    public void Detect_SeparationCountsHolidays_EasterMondayIsNotAWorkingDay()
    {
        // Ends Thu 1 April 2021; Fri 2, then Easter Monday 5 April is a holiday: 10 working days end Fri 16 April.
        var apart = new ConflictWorld()
            .Visit("A", Greco, Aut, D(2021, 3, 29), D(2021, 4, 1))
            .Visit("B", Wgb, Aut, D(2021, 4, 19), D(2021, 4, 20))
            .Build();
        var close = new ConflictWorld()
            .Visit("A", Greco, Aut, D(2021, 3, 29), D(2021, 4, 1))
            .Visit("B", Wgb, Aut, D(2021, 4, 16), D(2021, 4, 16))
            .Build();

        OnlyVisits.Detect(apart).Should().BeEmpty();
        OnlyVisits.Detect(close).Should().ContainSingle().Which.Description.Should().Contain("only 9 working days apart");
    }

    [Fact]
    public void Detect_FridaySaturdayWeekend_CountsIsraeliWorkingDays()
    {
        // Israel: visit ends Thu 2025-06-12; Sundays to Thursdays work. 10 working days: 15-19, 22-26 June; next may start Fri 27.
        var ok = new ConflictWorld()
            .Visit("A", Greco, Isr, D(2025, 6, 8), D(2025, 6, 12))
            .Visit("B", Wgb, Isr, D(2025, 6, 29), D(2025, 6, 30))
            .Build();
        var close = new ConflictWorld()
            .Visit("A", Greco, Isr, D(2025, 6, 8), D(2025, 6, 12))
            .Visit("B", Wgb, Isr, D(2025, 6, 26), D(2025, 6, 26))
            .Build();

        OnlyVisits.Detect(ok).Should().BeEmpty();
        OnlyVisits.Detect(close).Should().ContainSingle().Which.Description.Should().Contain("only 9 working days apart in Israel's calendar");
    }

    [Fact]
    public void Detect_TouchingTimedVisits_SeparationShortfallNotOverlap()
    {
        var options = new ConflictDetectorOptions { VisitSeparationWorkingDays = 0 };
        options.Kinds.IntersectWith([ConflictKind.CountryVisitOverlap]);
        var detector = new ConflictDetector(options);
        var t0 = Instant.FromUtc(2025, 6, 2, 8, 0);
        var timetable = new ConflictWorld()
            .Review("R1", Greco, Aut, TimedStage("A", StageKind.CountryVisit, t0 - Duration.FromHours(1), t0, Vienna))
            .Review("R2", Wgb, Aut, TimedStage("B", StageKind.CountryVisit, t0, t0 + Duration.FromHours(1), Vienna))
            .Build();

        detector.Detect(timetable).Should().BeEmpty("touching visits do not overlap (BC-11) and no separation is required");
        OnlyVisits.Detect(timetable).Should().ContainSingle().Which.Interval.Should().Be(InstantRange.AtInstant(t0));
    }

    [Fact]
    public void Detect_VisitsToDifferentCountries_NoConflict()
    {
        var timetable = new ConflictWorld()
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Visit("B", Wgb, Isr, D(2021, 3, 8), D(2021, 3, 12))
            .Build();

        OnlyVisits.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_OutsideBusyOnCountry_CountsAsAVisit()
    {
        var timetable = new ConflictWorld().Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12)).Build();
        var busy = new ExternalBusy(
            "fatf.ics#aut-onsite",
            TimetableResource.ForCountry(Aut),
            ZonedRange(D(2021, 3, 11), D(2021, 3, 16), Vienna),
            "the FATF on-site visit to Austria");

        var conflict = OnlyVisits.Detect(timetable, [busy]).Should().ContainSingle().Subject;

        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("A")), ConflictItemRef.For(busy));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) overlaps the FATF on-site visit to Austria (2021-03-11 to 2021-03-16) by 2 days.");
    }

    internal static InstantRange ZonedRange(LocalDate first, LocalDate last, DateTimeZone zone) =>
        ReviewTimelines.Calendars.ZonedDateRange.FromDates(first, last, zone).ToInstantRange();
}
