using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Calendars;

/// <summary>The examples of docs/calendars.md, section by section; keep the two in step.</summary>
public class CalendarsDocTests
{
    private readonly IDateTimeZoneProvider zones = DateTimeZoneProviders.Tzdb;

    [Fact]
    public void Doc_DateRangesAndInstants_ViennaClosure()
    {
        var closure = ZonedDateRange.FromDates(new LocalDate(2025, 12, 24), new LocalDate(2025, 12, 26), zones["Europe/Vienna"]);

        InstantRange blocked = closure.ToInstantRange();

        blocked.ToString().Should().Be("2025-12-23T23:00:00Z/2025-12-26T23:00:00Z");
        ZonedDateRange.ForDay(new LocalDate(2025, 10, 26), zones["Europe/Vienna"]).ToInstantRange().Duration.Should().Be(Duration.FromHours(25));
    }

    [Fact]
    public void Doc_Deadlines_EndOfLocalDay()
    {
        var israel = new WorkingCalendarBuilder("ISR", zones["Asia/Jerusalem"])
            .AddWeekendRule(WeekendRule.FridaySaturday)
            .Build();

        Instant due = israel.DeadlineInstant(new LocalDate(2025, 6, 12), DeadlineRoll.None);

        due.Should().Be(Instant.FromUtc(2025, 6, 12, 21, 0)); // Thu 12 June, 24:00 in Jerusalem (+03:00)
    }

    [Fact]
    public void Doc_RollRules_SaturdayDeadline()
    {
        var austria = new WorkingCalendarBuilder("AUT", zones["Europe/Vienna"])
            .AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday")
            .Build();

        austria.Roll(new LocalDate(2025, 6, 7), DeadlineRoll.NextWorkingDay).Should().Be(new LocalDate(2025, 6, 10));
        austria.Roll(new LocalDate(2025, 6, 7), DeadlineRoll.PreviousWorkingDay).Should().Be(new LocalDate(2025, 6, 6));
        austria.Roll(new LocalDate(2025, 6, 7), DeadlineRoll.None).Should().Be(new LocalDate(2025, 6, 7));
    }

    [Fact]
    public void Doc_WeekendRules_UaeChange()
    {
        var uae = new WorkingCalendarBuilder("ARE", zones["Asia/Dubai"])
            .AddWeekendRule(WeekendRule.FridaySaturday.From(new LocalDate(2006, 9, 1)))
            .AddWeekendRule(WeekendRule.SaturdaySunday.From(new LocalDate(2022, 1, 1)))
            .Build();

        uae.IsWorkingDay(new LocalDate(2021, 12, 31)).Should().BeFalse(); // Friday, old weekend
        uae.IsWorkingDay(new LocalDate(2022, 1, 2)).Should().BeFalse();   // Sunday, new weekend
        uae.WorkingDaysFrom(new LocalDate(2021, 12, 30), 3).End.Should().Be(new LocalDate(2022, 1, 4));
    }

    [Fact]
    public void Doc_HolidaysAsData_InMemorySource()
    {
        IHolidaySource holidays = new InMemoryHolidaySource(
            "AUT public holidays",
            [
                new NonWorkingDay(new LocalDate(2025, 6, 9), "Whit Monday", NonWorkingDayKind.PublicHoliday),
                new NonWorkingDay(new LocalDate(2025, 10, 26), "National Day", NonWorkingDayKind.PublicHoliday),
            ]);

        var austria = new WorkingCalendarBuilder("AUT", zones["Europe/Vienna"])
            .AddHolidays(holidays, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)))
            .Build();

        austria.IsWorkingDay(new LocalDate(2025, 6, 9)).Should().BeFalse();
    }

    [Fact]
    public void Doc_WorkingDayArithmetic_AddCountAndMonthEnd()
    {
        var austria = new WorkingCalendarBuilder("AUT", zones["Europe/Vienna"])
            .AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday")
            .Build();

        var due = austria.AddWorkingDays(new LocalDate(2025, 6, 6), 5);                       // Fri + 5 working days
        var counted = austria.CountWorkingDays(new DateInterval(new LocalDate(2025, 6, 7), due));
        var monthEnd = austria.LastWorkingDayOfMonth(new YearMonth(2025, 5));

        due.Should().Be(new LocalDate(2025, 6, 16));
        counted.Should().Be(5);
        monthEnd.Should().Be(new LocalDate(2025, 5, 30));
    }

    [Fact]
    public void Doc_SoftPeriods_RamadanWithUncertainty()
    {
        var ramadan = SoftPeriod.Religious(
            "Ramadan 1442", new DateInterval(new LocalDate(2021, 4, 13), new LocalDate(2021, 5, 12)), 1, SoftPeriodSeverity.Warning);
        var egypt = new WorkingCalendarBuilder("EGY", zones["Africa/Cairo"])
            .AddWeekendRule(WeekendRule.FridaySaturday)
            .AddSoftPeriod(ramadan)
            .Build();

        var visit = new DateInterval(new LocalDate(2021, 4, 6), new LocalDate(2021, 4, 12));

        egypt.SoftPeriodsTouching(visit).Should().Equal(ramadan); // 12 April is within the ±1 day margin
        egypt.IsWorkingDay(new LocalDate(2021, 4, 15)).Should().BeTrue();
    }

    [Fact]
    public void Doc_WorkingHoursAndDst_OvernightDesk()
    {
        var desk = new WorkingCalendarBuilder("night desk", zones["Europe/Berlin"])
            .AddWeekendRule(new WeekendRule(null, []))
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Saturday], WorkingHoursRange.FromHours(22, 0, 6, 0)))
            .Build();

        var springNight = desk.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 3, 29), new LocalDate(2025, 3, 29)));
        var autumnNight = desk.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 10, 25), new LocalDate(2025, 10, 25)));

        springNight.ToString().Should().Be("{2025-03-29T21:00:00Z/2025-03-30T04:00:00Z}");
        springNight.TotalDuration.Should().Be(Duration.FromHours(7));
        autumnNight.TotalDuration.Should().Be(Duration.FromHours(9));
    }

    [Fact]
    public void Doc_WorkingHoursAndDst_OwnersZoneDecides()
    {
        var berlin = zones["Europe/Berlin"];
        var expert = new WorkingCalendarBuilder("expert", berlin)
            .AddWeekendRule(new WeekendRule(null, []))
            .AddWorkingHours(WorkingHours.Uniform(
                null, Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d), new WorkingHoursRange(LocalTime.Midnight, LocalTime.Midnight)))
            .AddClosure(new DateInterval(new LocalDate(2025, 12, 22), new LocalDate(2025, 12, 22)), "Out of office")
            .Build();
        var bookersDay = ZonedDateRange.ForDay(new LocalDate(2025, 12, 23), zones["Asia/Kolkata"]).ToInstantRange();

        var free = expert.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 12, 21), new LocalDate(2025, 12, 24))).ClipTo(bookersDay);

        free[0].Start.InZone(zones["Asia/Kolkata"]).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 23, 4, 30));
    }
}
