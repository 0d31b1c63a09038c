using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Tests.Proposals;

/// <summary>Field cases BC-07, BC-22 and BC-23 (FIELD-CASES.md) applied to session proposals.</summary>
public sealed class SessionFieldCaseTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    private static WorkingCalendar Hours(string name, DateTimeZone zone, params (IsoDayOfWeek Day, WorkingHoursRange Span)[] spans) =>
        new WorkingCalendarBuilder(name, zone)
            .AddWeekendRule(new WeekendRule(null, []))
            .AddWorkingHours(new WorkingHours(null, spans.Select(s => KeyValuePair.Create(s.Day, s.Span))))
            .Build();

    private static VirtualSessionPlanner Planner(DateTimeZone host, Duration step, Duration before = default) =>
        new(new VirtualSessionOptions { HostZone = host, Step = step, MaxLength = Duration.FromHours(1), MinLength = Duration.FromMinutes(30), BufferBefore = before });

    [Fact]
    public void BC07_KathmanduExpert_HourlyGridInExpertsZone()
    {
        var kathmandu = Tzdb["Asia/Kathmandu"];
        var expert = new SessionParticipant("Expert", Hours("NPL", kathmandu, (IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(9, 0, 17, 0))));

        var slots = Planner(kathmandu, Duration.FromHours(1)).FreeSessions(new LocalDate(2025, 6, 2), [expert], Duration.FromHours(1));

        slots.Select(s => s.Start).Should().Equal(Enumerable.Range(0, 8).Select(h => Instant.FromUtc(2025, 6, 2, 3, 15).Plus(Duration.FromHours(h))));
        var session = Planner(kathmandu, Duration.FromHours(1)).Plan(new LocalDate(2025, 6, 2), 1, [expert]).Sessions.Single();
        session.For("Expert").ToString().Should().Be("Expert 2025-06-02T09:00:00+05:45/2025-06-02T10:00:00+05:45");
        OffsetPattern.CreateWithInvariantCulture("+HHmm").Format(session.For("Expert").Start.Offset).Should().Be("+0545");
    }

    [Fact]
    public void BC22_LosAngelesHours_SlotsOnMondayAndThursdayOnly()
    {
        // BC-22 (a): hours Mon 17:00-18:00 and Thu 16:00-18:00 in Los Angeles, week of 2023-06-12.
        var la = Tzdb["America/Los_Angeles"];
        var expert = new SessionParticipant("Expert", Hours("LA", la, (IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(17, 0, 18, 0)), (IsoDayOfWeek.Thursday, WorkingHoursRange.FromHours(16, 0, 18, 0))));
        var planner = Planner(la, Duration.FromHours(1));

        var byDay = Enumerable.Range(12, 5).ToDictionary(d => d, d => planner.FreeSessions(new LocalDate(2023, 6, d), [expert], Duration.FromHours(1)).Select(s => s.Start).ToArray());

        byDay[12].Should().Equal(Instant.FromUtc(2023, 6, 13, 0, 0));
        byDay[13].Should().BeEmpty();
        byDay[14].Should().BeEmpty();
        byDay[15].Should().Equal(Instant.FromUtc(2023, 6, 15, 23, 0), Instant.FromUtc(2023, 6, 16, 0, 0));
        byDay[16].Should().BeEmpty();
    }

    [Fact]
    public void BC22_BerlinDayOff_ReachesKolkataMorning()
    {
        // BC-22 (b): Berlin expert free 00:00-24:00 except the out-of-office day 2025-12-22; a booker in Kolkata asks
        // for 30-minute slots on 2025-12-23 IST. The day off ends at 2025-12-22T23:00Z = 04:30 IST.
        var berlin = Tzdb["Europe/Berlin"];
        var kolkata = Tzdb["Asia/Kolkata"];
        var allDay = WorkingHoursRange.FromHours(0, 0, 0, 0);
        var everyDay = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(d => (d, allDay)).ToArray();
        var expertCalendar = new WorkingCalendarBuilder("Expert", berlin)
            .AddWeekendRule(new WeekendRule(null, []))
            .AddWorkingHours(new WorkingHours(null, everyDay.Select(s => KeyValuePair.Create(s.d, s.allDay))))
            .AddClosure(new DateInterval(new LocalDate(2025, 12, 22), new LocalDate(2025, 12, 22)), "Out of office")
            .Build();
        var booker = new SessionParticipant("Booker", Hours("Booker", kolkata, everyDay));
        var expert = new SessionParticipant("Expert", expertCalendar);

        var slots = Planner(kolkata, Duration.FromMinutes(30)).FreeSessions(new LocalDate(2025, 12, 23), [booker, expert], Duration.FromMinutes(30));

        slots[0].Start.Should().Be(Instant.FromUtc(2025, 12, 22, 23, 0));
        slots[0].Start.InZone(kolkata).TimeOfDay.Should().Be(new LocalTime(4, 30));
        slots.Should().NotContain(s => s.Start < Instant.FromUtc(2025, 12, 22, 23, 0));
    }

    [Fact]
    public void BC23_BuffersOnCorrectSides_AndDirectRequestRejected()
    {
        // BC-23 (a): Vienna 08:00-15:00 on 2025-06-02, booking 10:00-11:00 with 60-min buffers before and after.
        var vienna = Tzdb["Europe/Vienna"];
        var calendar = Hours("Vienna", vienna, (IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(8, 0, 15, 0)));
        LocalDateTime At(int h, int m) => new(2025, 6, 2, h, m);
        Instant Local(int h, int m) => At(h, m).InZoneStrictly(vienna).ToInstant();
        var booking = InstantRangeSet.FromRanges(InstantRange.FromInstants(Local(10, 0), Local(11, 0)));
        var expert = new SessionParticipant("Expert", calendar, SessionParticipant.WithBuffers(booking, Duration.FromHours(1), Duration.FromHours(1)));

        var planner = Planner(vienna, Duration.FromHours(1));
        planner.FreeSessions(new LocalDate(2025, 6, 2), [expert], Duration.FromHours(1)).Select(s => s.Start)
            .Should().Equal(Local(8, 0), Local(12, 0), Local(13, 0), Local(14, 0));

        // (c): a direct request for 11:30 falls inside the after-buffer and is rejected; 12:00 is accepted.
        planner.Fits(InstantRange.StartingAt(Local(11, 30), Duration.FromHours(1)), [expert]).Should().BeFalse();
        planner.Fits(InstantRange.StartingAt(Local(12, 0), Duration.FromHours(1)), [expert]).Should().BeTrue();

        // (b): booking 12:50-13:50, new meeting 60 min with its own 15-min before-buffer, 5-min grid, hours to 16:00.
        var calendarB = Hours("Vienna", vienna, (IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(8, 0, 16, 0)));
        var busyB = InstantRangeSet.FromRanges(InstantRange.FromInstants(Local(12, 50), Local(13, 50)));
        var expertB = new SessionParticipant("Expert", calendarB, busyB);
        var afterBooking = Planner(vienna, Duration.FromMinutes(5), Duration.FromMinutes(15))
            .FreeSessions(new LocalDate(2025, 6, 2), [expertB], Duration.FromHours(1))
            .Where(s => s.Start >= Local(12, 50));
        afterBooking.First().Start.Should().Be(Local(14, 5));
    }
}
