using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class BlackoutRuleTests
{
    private static readonly ConflictDetector OnlyThis = CountryVisitOverlapRuleTests.Detector(ConflictKind.Blackout);

    [Fact]
    public void Detect_VisitOverWeekendAndEasterMonday_TwoHardConflicts()
    {
        var timetable = new ConflictWorld().Visit("A", Greco, Aut, D(2021, 4, 1), D(2021, 4, 6)).Build();

        var conflicts = OnlyThis.Detect(timetable);

        conflicts.Should().HaveCount(2);
        conflicts.Should().OnlyContain(c => c.Severity == ConflictSeverity.Hard && c.Kind == ConflictKind.Blackout);
        conflicts[0].Items.Should().Equal(ConflictItemRef.For(new StageId("A")), ConflictItemRef.CalendarDay("country:AUT@2021-04-03"));
        conflicts[0].Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 4, 2, 22, 0), Instant.FromUtc(2021, 4, 4, 22, 0)));
        conflicts[0].Description.Should().Be(
            "GRECO's country visit to Austria (2021-04-01 to 2021-04-06) falls on the weekend (Saturday 2021-04-03 to Sunday 2021-04-04) in Austria.");
        conflicts[1].Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 4, 4, 22, 0), Instant.FromUtc(2021, 4, 5, 22, 0)));
        conflicts[1].Description.Should().Be(
            "GRECO's country visit to Austria (2021-04-01 to 2021-04-06) falls on the public holiday Easter Monday (Monday 2021-04-05) in Austria.");
    }

    [Fact]
    public void Detect_FridaySaturdayWeekend_SundayToThursdayIsClearFridayIsNot()
    {
        var clear = new ConflictWorld().Visit("A", Greco, Isr, D(2025, 6, 8), D(2025, 6, 12)).Build();
        var overWeekend = new ConflictWorld().Visit("A", Greco, Isr, D(2025, 6, 12), D(2025, 6, 15)).Build();

        OnlyThis.Detect(clear).Should().BeEmpty();
        var conflict = OnlyThis.Detect(overWeekend).Should().ContainSingle().Subject;
        conflict.Description.Should().Be(
            "GRECO's country visit to Israel (2025-06-12 to 2025-06-15) falls on the weekend (Friday 2025-06-13 to Saturday 2025-06-14) in Israel.");
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 6, 12, 21, 0), Instant.FromUtc(2025, 6, 14, 21, 0)));
    }

    [Fact]
    public void BC25_UaeWeekendChange_UsesTheRuleInForceOnEachDate()
    {
        // Thu 30 Dec 2021 to Mon 3 Jan 2022: Fri 31 (old Fri–Sat rule), Sat 1 and Sun 2 (new Sat–Sun rule) are off.
        var timetable = new ConflictWorld().Visit("A", Wgb, Are, D(2021, 12, 30), D(2022, 1, 3)).Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Description.Should().Be(
            "OECD WGB's country visit to United Arab Emirates (2021-12-30 to 2022-01-03) falls on the weekend (Friday 2021-12-31 to Sunday 2022-01-02) in United Arab Emirates.");
    }

    [Fact]
    public void Detect_RamadanAndElection_SoftConflicts()
    {
        var timetable = new ConflictWorld()
            .Visit("ARE-visit", Wgb, Are, D(2025, 3, 3), D(2025, 3, 5))
            .Visit("AUT-visit", Greco, Aut, D(2024, 9, 17), D(2024, 9, 19))
            .Build();

        var conflicts = OnlyThis.Detect(timetable);

        conflicts.Should().HaveCount(2).And.OnlyContain(c => c.Severity == ConflictSeverity.Soft);
        conflicts[0].Items.Should().Equal(ConflictItemRef.For(new StageId("AUT-visit")), ConflictItemRef.SoftPeriodOf("country:AUT@Parliamentary election 2024"));
        conflicts[0].Description.Should().Be(
            "GRECO's country visit to Austria (2024-09-17 to 2024-09-19) falls in Parliamentary election 2024 (2024-09-16 to 2024-09-29) in Austria.");
        conflicts[1].Description.Should().Be(
            "OECD WGB's country visit to United Arab Emirates (2025-03-03 to 2025-03-05) falls in Ramadan 1446 (possibly 2025-02-28 to 2025-03-30) in United Arab Emirates.");
    }

    [Fact]
    public void Detect_MeetingOnSeatClosure_ReportsAtTheSeat()
    {
        var timetable = new ConflictWorld()
            .Plenary("IRG resumed session", Irm, D(2025, 12, 22), D(2025, 12, 24), [])
            .Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Resource.Should().Be(TimetableResource.ForSeat(Irm));
        conflict.Description.Should().Be(
            "IRG resumed session (2025-12-22 to 2025-12-24) falls on the closure Year-end closure (Wednesday 2025-12-24) at the UNCAC IRM seat (Vienna).");
    }

    [Fact]
    public void BC13_ClosureBlackout_BlocksOnlyItsOwnLocalDays()
    {
        // An imported Austrian closure 24-26 Dec 2025 blocks [2025-12-23T23:00Z, 2025-12-26T23:00Z): a virtual session
        // at 23:30 Vienna on the 26th clashes, one at 00:00 on the 27th does not.
        var closure = new Blackout
        {
            Id = new BlackoutId("aut-closure-2025"),
            Scope = TimetableResource.ForCountry(Aut),
            Name = "Office closure",
            Dates = ZonedDateRange.FromDates(D(2025, 12, 24), D(2025, 12, 26), Vienna),
            Kind = BlackoutKind.Closure,
        };
        var late = Instant.FromUtc(2025, 12, 26, 22, 30);
        var next = Instant.FromUtc(2025, 12, 26, 23, 0);
        var timetable = new ConflictWorld()
            .Blackout(closure)
            .Review("R1", Greco, Aut, TimedStage("late", StageKind.CountryVisit, late, late + Duration.FromHours(1), Vienna))
            .Review("R2", Wgb, Aut, TimedStage("next-day", StageKind.CountryVisit, next, next + Duration.FromHours(1), NewYork))
            .Build();

        var fromBlackouts = OnlyThis.Detect(timetable).Where(c => c.Items[1].Kind == ConflictItemKind.Blackout).ToList();

        var conflict = fromBlackouts.Should().ContainSingle().Subject;
        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("late")), ConflictItemRef.For(new BlackoutId("aut-closure-2025")));
        conflict.Interval.Should().Be(InstantRange.FromInstants(late, next));
        conflict.Severity.Should().Be(ConflictSeverity.Hard);
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2025-12-26 23:30 to 2025-12-27 00:30) falls on the closure \"Office closure\" (2025-12-24 to 2025-12-26) in Austria.");
    }

    [Fact]
    public void Detect_SoftCountryBlackout_DoesNotConcernDelegationsAbroad()
    {
        var election = new Blackout
        {
            Id = new BlackoutId("aut-election"),
            Scope = TimetableResource.ForCountry(Aut),
            Name = "Election",
            Dates = ZonedDateRange.FromDates(D(2021, 3, 10), D(2021, 3, 11), Vienna),
            Kind = BlackoutKind.ElectionPeriod,
            Severity = BlackoutSeverity.Soft,
        };
        var timetable = new ConflictWorld()
            .Blackout(election)
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Plenary("WGB plenary", Wgb, D(2021, 3, 10), D(2021, 3, 10), [Aut])
            .Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Severity.Should().Be(ConflictSeverity.Soft);
        conflict.Items[0].Should().Be(ConflictItemRef.For(new StageId("A")));
    }

    [Fact]
    public void Detect_PersonUnavailable_HardConflictNamingTheEntry()
    {
        var built = new ConflictWorld()
            .ExpertUnavailable(ItemTiming.AllDay(D(2021, 3, 1), D(2021, 3, 8), Berlin))
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12), Expert)
            .Build();

        var conflict = OnlyThis.Detect(built).Should().ContainSingle().Subject;

        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("A")), ConflictItemRef.UnavailabilityOf("expert-deu#0"));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) falls on an unavailability (2021-03-01 to 2021-03-08) of Anna Becker.");
    }

    [Fact]
    public void BC12_ZeroLengthAttendedMarkerInsideBlackout_ClashesAtItsInstantButNotAtTheExclusiveEnd()
    {
        // A person's leave over Berlin's 10-11 March 2021 is [2021-03-09T23:00Z, 2021-03-11T23:00Z); a marker clashes
        // iff start <= t < end (RFC 4791 §9.9).
        var leave = new Blackout
        {
            Id = new BlackoutId("leave"),
            Scope = TimetableResource.ForPerson(Expert),
            Name = "Annual leave",
            Dates = ZonedDateRange.FromDates(D(2021, 3, 10), D(2021, 3, 11), Berlin),
            Kind = BlackoutKind.Other,
        };
        var inside = Instant.FromUtc(2021, 3, 9, 23, 0);
        var atEnd = Instant.FromUtc(2021, 3, 11, 23, 0);
        var timetable = new ConflictWorld()
            .Blackout(leave)
            .Review("R", Greco, Aut, TimedStage("inside", StageKind.Deadline, inside, inside, Vienna, Expert) with { ParticipantRole = ParticipationRole.Attends }, TimedStage("at-end", StageKind.Deadline, atEnd, atEnd, Vienna, Expert) with { ParticipantRole = ParticipationRole.Attends })
            .Build();
        var responsibleOnly = new ConflictWorld()
            .Blackout(leave)
            .Review("R", Greco, Aut, TimedStage("inside", StageKind.Deadline, inside, inside, Vienna, Expert))
            .Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;
        OnlyThis.Detect(responsibleOnly).Should().BeEmpty("a deadline's responsible person is not occupied by it");

        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("inside")), ConflictItemRef.For(new BlackoutId("leave")));
        conflict.Interval.Should().Be(InstantRange.AtInstant(inside));
        conflict.Description.Should().Be(
            "GRECO's stage \"Deadline\" for Austria (2021-03-10 00:00) falls on the blackout \"Annual leave\" (2021-03-10 to 2021-03-11) of Anna Becker.");
    }
}
