using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Tests.Proposals;

public sealed class VirtualSessionPlannerTests
{
    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    internal static SessionParticipant Office(string name, DateTimeZone zone) =>
        new(name, new WorkingCalendarBuilder(name, zone)
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], WorkingHoursRange.FromHours(8, 0, 18, 0)))
            .Build());

    private static VirtualSessionPlanner Planner(Duration maxLength, Duration extension) =>
        new(new VirtualSessionOptions { HostZone = Vienna, MaxLength = maxLength, MinLength = Duration.FromHours(1), Step = Duration.FromMinutes(15), MaxExtension = extension });

    private static (string Start, string End) Local(VirtualSession session, string who)
    {
        var l = session.For(who);
        return (NodaTime.Text.OffsetDateTimePattern.GeneralIso.Format(l.Start.ToOffsetDateTime()), NodaTime.Text.OffsetDateTimePattern.GeneralIso.Format(l.End.ToOffsetDateTime()));
    }

    [Fact]
    public void Plan_ViennaNewYorkAcrossUsSpringForward_GapShrinksToFiveHoursFromMarch15()
    {
        // Vienna 08-18 CET is 07-17Z; New York 08-18 EST is 13-23Z until Sun 14 March 2021, EDT 12-22Z from then.
        var plan = Planner(Duration.FromHours(3), Duration.Zero).Plan(new LocalDate(2021, 3, 11), 7, [Office("Vienna", Vienna), Office("New York", NewYork)]);

        plan.Sessions.Select(s => s.Date.Day).Should().Equal(11, 12, 15, 16, 17);
        plan.Unplaced.Select(u => u.Date.Day).Should().Equal(13, 14);
        foreach (var day in new[] { 11, 12 })
        {
            var s = plan.On(new LocalDate(2021, 3, day))!;
            Local(s, "Vienna").Should().Be(($"2021-03-{day}T14:00:00+01", $"2021-03-{day}T17:00:00+01"));
            Local(s, "New York").Should().Be(($"2021-03-{day}T08:00:00-05", $"2021-03-{day}T11:00:00-05"));
            s.OutOfHours.Should().Be(Duration.Zero);
        }

        foreach (var day in new[] { 15, 16, 17 })
        {
            var s = plan.On(new LocalDate(2021, 3, day))!;
            Local(s, "Vienna").Should().Be(($"2021-03-{day}T13:00:00+01", $"2021-03-{day}T16:00:00+01"));
            Local(s, "New York").Should().Be(($"2021-03-{day}T08:00:00-04", $"2021-03-{day}T11:00:00-04"));
            s.Range.Start.Should().Be(Instant.FromUtc(2021, 3, day, 12, 0));
        }
    }

    [Fact]
    public void Plan_ViennaNewYorkAcrossEuFallBack_GapIsFiveHoursUntilUsChange()
    {
        // EU fell back on Sun 31 Oct 2021, the US on Sun 7 Nov 2021.
        var plan = Planner(Duration.FromHours(3), Duration.Zero).Plan(new LocalDate(2021, 10, 28), 12, [Office("Vienna", Vienna), Office("New York", NewYork)]);

        Local(plan.On(new LocalDate(2021, 10, 29))!, "Vienna").Should().Be(("2021-10-29T14:00:00+02", "2021-10-29T17:00:00+02"));
        Local(plan.On(new LocalDate(2021, 10, 29))!, "New York").Should().Be(("2021-10-29T08:00:00-04", "2021-10-29T11:00:00-04"));
        Local(plan.On(new LocalDate(2021, 11, 1))!, "Vienna").Should().Be(("2021-11-01T13:00:00+01", "2021-11-01T16:00:00+01"));
        Local(plan.On(new LocalDate(2021, 11, 1))!, "New York").Should().Be(("2021-11-01T08:00:00-04", "2021-11-01T11:00:00-04"));
        Local(plan.On(new LocalDate(2021, 11, 5))!, "Vienna").Should().Be(("2021-11-05T13:00:00+01", "2021-11-05T16:00:00+01"));
        Local(plan.On(new LocalDate(2021, 11, 8))!, "Vienna").Should().Be(("2021-11-08T14:00:00+01", "2021-11-08T17:00:00+01"));
        Local(plan.On(new LocalDate(2021, 11, 8))!, "New York").Should().Be(("2021-11-08T08:00:00-05", "2021-11-08T11:00:00-05"));
    }

    [Fact]
    public void Plan_ViennaNewYorkTokyoAcrossUsSpringForward_ExtendsHoursWithPenaltyAndRightLocalTimesEachDay()
    {
        // 08-18 local: Vienna 07-17Z, Tokyo 23-09Z, New York 13-23Z (EST) or 12-22Z (EDT): no common hour.
        // Extended by up to 3 h: Vienna 04-20Z, Tokyo 20-12Z, New York 10-02Z (EST) or 09-01Z (EDT).
        // Common extended time: 10-12Z before 14 March, 09-12Z after; every 2 h placement then costs New York 2 h and
        // Tokyo 2 h, so the earliest is taken.
        var participants = new[] { Office("Vienna", Vienna), Office("New York", NewYork), Office("Tokyo", Tokyo) };
        var plan = Planner(Duration.FromHours(2), Duration.FromHours(3)).Plan(new LocalDate(2021, 3, 11), 7, participants);

        plan.Sessions.Select(s => s.Date.Day).Should().Equal(11, 12, 15, 16, 17);
        plan.Unplaced.Should().AllSatisfy(u => u.Reason.Should().Contain("Vienna"));
        var thursday = plan.On(new LocalDate(2021, 3, 11))!;
        Local(thursday, "Vienna").Should().Be(("2021-03-11T11:00:00+01", "2021-03-11T13:00:00+01"));
        Local(thursday, "New York").Should().Be(("2021-03-11T05:00:00-05", "2021-03-11T07:00:00-05"));
        Local(thursday, "Tokyo").Should().Be(("2021-03-11T19:00:00+09", "2021-03-11T21:00:00+09"));
        thursday.For("Vienna").OutOfHours.Should().Be(Duration.Zero);
        thursday.For("New York").OutOfHours.Should().Be(Duration.FromHours(2));
        thursday.OutOfHours.Should().Be(Duration.FromHours(4));

        foreach (var day in new[] { 15, 16, 17 })
        {
            var s = plan.On(new LocalDate(2021, 3, day))!;
            Local(s, "Vienna").Should().Be(($"2021-03-{day}T10:00:00+01", $"2021-03-{day}T12:00:00+01"));
            Local(s, "New York").Should().Be(($"2021-03-{day}T05:00:00-04", $"2021-03-{day}T07:00:00-04"));
            Local(s, "Tokyo").Should().Be(($"2021-03-{day}T18:00:00+09", $"2021-03-{day}T20:00:00+09"));
        }
    }

    [Fact]
    public void Plan_ThreeZonesWithoutExtension_ReportsNoCommonTime()
    {
        var participants = new[] { Office("Vienna", Vienna), Office("New York", NewYork), Office("Tokyo", Tokyo) };
        var plan = Planner(Duration.FromHours(2), Duration.Zero).Plan(new LocalDate(2021, 3, 11), 1, participants);

        plan.Sessions.Should().BeEmpty();
        plan.Unplaced.Should().ContainSingle().Which.Reason.Should().Contain("no common free PT1H").And.Contain("Vienna, New York, Tokyo");
    }

    [Fact]
    public void Plan_ThreeHourSession_SplitsIntoSittingsWithBreak()
    {
        var planner = new VirtualSessionPlanner(new VirtualSessionOptions
        {
            HostZone = Vienna,
            MaxLength = Duration.FromHours(3),
            SittingLength = Duration.FromMinutes(90),
            BreakLength = Duration.FromMinutes(15),
        });
        var s = planner.Plan(new LocalDate(2021, 3, 15), 1, [Office("Vienna", Vienna), Office("New York", NewYork)]).Sessions.Single();

        s.Sittings.Should().Equal(
            InstantRange.FromInstants(Instant.FromUtc(2021, 3, 15, 12, 0), Instant.FromUtc(2021, 3, 15, 13, 30)),
            InstantRange.FromInstants(Instant.FromUtc(2021, 3, 15, 13, 45), Instant.FromUtc(2021, 3, 15, 15, 0)));
    }

    [Fact]
    public void Plan_ShortCommonWindow_TakesLongestFitDownToMinimum()
    {
        // Vienna 07-17Z and a participant in Los Angeles 08-18 PDT (15-01Z) share 15-17Z on 15 March 2021.
        var la = Office("Los Angeles", DateTimeZoneProviders.Tzdb["America/Los_Angeles"]);
        var s = Planner(Duration.FromHours(3), Duration.Zero).Plan(new LocalDate(2021, 3, 15), 1, [Office("Vienna", Vienna), la]).Sessions.Single();

        s.Range.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 15, 15, 0), Instant.FromUtc(2021, 3, 15, 17, 0)));
        Local(s, "Los Angeles").Should().Be(("2021-03-15T08:00:00-07", "2021-03-15T10:00:00-07"));
    }

    [Fact]
    public void Constructor_InvalidOptions_Throw()
    {
        FluentActions.Invoking(() => new VirtualSessionPlanner(new VirtualSessionOptions())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new VirtualSessionPlanner(new VirtualSessionOptions { HostZone = Vienna, MinLength = Duration.FromHours(4) }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.MinLength");
        FluentActions.Invoking(() => new VirtualSessionPlanner(new VirtualSessionOptions { HostZone = Vienna, Step = Duration.FromMinutes(7) }))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new VirtualSessionPlanner(new VirtualSessionOptions { HostZone = Vienna, MaxExtension = Duration.FromHours(-1) }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.MaxExtension");
    }

    [Fact]
    public void Plan_DuplicateParticipantNames_Throws()
    {
        var planner = Planner(Duration.FromHours(2), Duration.Zero);
        FluentActions.Invoking(() => planner.Plan(new LocalDate(2021, 3, 15), 1, [Office("A", Vienna), Office("A", NewYork)]))
            .Should().Throw<ArgumentException>().WithMessage("*'A'*");
        FluentActions.Invoking(() => planner.Plan(new LocalDate(2021, 3, 15), 0, [Office("A", Vienna)]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }
}
