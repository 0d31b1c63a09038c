using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Tests.Proposals;

/// <summary>Sessions that cross the host's local midnight (issue 13 item 4): they belong to the host date they start on.</summary>
public sealed class VirtualSessionMidnightTests
{
    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
    private static readonly IsoDayOfWeek[] Weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static SessionParticipant Participant(string name, DateTimeZone zone, IsoDayOfWeek[] days, WorkingHoursRange hours) =>
        new(name, new WorkingCalendarBuilder(name, zone).AddWorkingHours(WorkingHours.Uniform(null, days, hours)).Build());

    private static VirtualSessionPlanner Planner(Duration min, Duration max) =>
        new(new VirtualSessionOptions { HostZone = Vienna, MinLength = min, MaxLength = max, SittingLength = Duration.FromMinutes(90), Step = Duration.FromMinutes(15) });

    [Fact]
    public void Plan_NightShiftHostAndTokyoMorning_Offers90MinutesFrom2300To0030HostTime()
    {
        // snippet: sessions-across-midnight
        // Host works 20:00-03:00 Vienna (CET, +01); Tokyo (+09) works 07:00-08:30 = 23:00-00:30 Vienna.
        var host = Participant("Vienna night desk", Vienna, Weekdays, WorkingHoursRange.FromHours(20, 0, 3, 0));
        var tokyo = Participant("Tokyo", Tokyo, Weekdays, WorkingHoursRange.FromHours(7, 0, 8, 30));

        var plan = Planner(Duration.FromMinutes(90), Duration.FromMinutes(90)).Plan(new LocalDate(2025, 1, 13), 1, [host, tokyo]);
        // plan.Sessions[0]: host day 2025-01-13, 23:00-00:30 Vienna = 2025-01-13T22:00:00Z/2025-01-13T23:30:00Z
        // end snippet

        var session = plan.Sessions.Should().ContainSingle().Subject;
        session.Date.Should().Be(new LocalDate(2025, 1, 13));
        session.Range.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 1, 13, 22, 0), Instant.FromUtc(2025, 1, 13, 23, 30)));
        session.For("Vienna night desk").LocalStart.Should().Be(new LocalTime(23, 0));
        session.For("Vienna night desk").LocalEnd.Should().Be(new LocalTime(0, 30));
        session.For("Vienna night desk").End.Date.Should().Be(new LocalDate(2025, 1, 14));
        session.For("Tokyo").LocalStart.Should().Be(new LocalTime(7, 0));
        session.OutOfHours.Should().Be(Duration.Zero);
    }

    [Fact]
    public void FreeSessions_AcrossHostMidnight_ListsStartsOnTheDateThatEndNextDay()
    {
        var host = Participant("Vienna night desk", Vienna, Weekdays, WorkingHoursRange.FromHours(20, 0, 3, 0));
        var tokyo = Participant("Tokyo", Tokyo, Weekdays, WorkingHoursRange.FromHours(7, 0, 9, 0));

        var free = Planner(Duration.FromMinutes(90), Duration.FromMinutes(90)).FreeSessions(new LocalDate(2025, 1, 13), [host, tokyo], Duration.FromMinutes(90));

        free.Select(r => r.Start.InZone(Vienna).TimeOfDay).Should().Equal(new LocalTime(23, 0), new LocalTime(23, 15), new LocalTime(23, 30));
        free[^1].End.InZone(Vienna).LocalDateTime.Should().Be(new LocalDateTime(2025, 1, 14, 1, 0));
    }

    [Fact]
    public void Plan_SessionRunningPastMidnight_BlocksTheNextDaysStart()
    {
        // Only a Monday-night shift, 23:00-03:00 Vienna: Monday's session is 23:00-02:00; Tuesday keeps only 02:00-03:00.
        var host = Participant("Vienna", Vienna, [IsoDayOfWeek.Monday], WorkingHoursRange.FromHours(23, 0, 3, 0));

        var plan = Planner(Duration.FromHours(2), Duration.FromHours(3)).Plan(new LocalDate(2025, 1, 13), 2, [host]);

        plan.Sessions.Should().ContainSingle().Which.Range.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 1, 13, 22, 0), Instant.FromUtc(2025, 1, 14, 1, 0)));
        plan.Unplaced.Should().ContainSingle().Which.Date.Should().Be(new LocalDate(2025, 1, 14));
    }
}
