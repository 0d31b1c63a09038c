using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Tests.Calendars;

/// <summary>Calendars know what they cover (issue 13 item 2): outside the holiday data, an error or, when asked for, a warning.</summary>
public sealed class HolidayCoverageTests
{
    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];

    // Austrian public holidays (PublicHoliday 3.17.0): 8, 25, 26 December 2021; 1 and 6 January 2022 (Epiphany, a Thursday).
    private static readonly InMemoryHolidaySource Holidays = new("AUT public holidays",
    [
        new NonWorkingDay(new LocalDate(2021, 12, 8), "Immaculate Conception", NonWorkingDayKind.PublicHoliday),
        new NonWorkingDay(new LocalDate(2021, 12, 25), "Christmas Day", NonWorkingDayKind.PublicHoliday),
        new NonWorkingDay(new LocalDate(2021, 12, 26), "St Stephen's Day", NonWorkingDayKind.PublicHoliday),
        new NonWorkingDay(new LocalDate(2022, 1, 1), "New Year's Day", NonWorkingDayKind.PublicHoliday),
        new NonWorkingDay(new LocalDate(2022, 1, 6), "Epiphany", NonWorkingDayKind.PublicHoliday),
    ]);

    private static WorkingCalendar Austria(int firstYear, int lastYear) => new WorkingCalendarBuilder("AUT", Vienna)
        .AddHolidays(Holidays, new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31)))
        .Build();

    [Fact]
    public void AddWorkingDays_AcrossYearEndWithBothYearsLoaded_SkipsEpiphany()
    {
        // Thu 30 Dec 2021 + 5 working days: Fri 31, Mon 3, Tue 4, Wed 5, (Thu 6 Epiphany), Fri 7 January 2022.
        Austria(2021, 2022).AddWorkingDays(new LocalDate(2021, 12, 30), 5).Should().Be(new LocalDate(2022, 1, 7));
    }

    [Fact]
    public void AddWorkingDays_AcrossYearEndWithOnly2021Loaded_ThrowsNamingTheCalendarAndTheMissingYear()
    {
        var austria = Austria(2021, 2021);

        var act = () => austria.AddWorkingDays(new LocalDate(2021, 12, 30), 5);

        var gap = act.Should().Throw<CalendarCoverageException>().Which.Gap;
        gap.Calendar.Should().Be("AUT");
        gap.MissingYears.Should().Equal(2022);
        gap.Message.Should().Be(
            "Calendar 'AUT' has holiday and closure data for AUT public holidays 2021-01-01/2021-12-31; the year 2022 is not covered (asked about 2021-12-30 to 2022-01-06). Add that data, or ask through WorkingCalendar.Answer to proceed without it.");
    }

    [Fact]
    public void Answer_AcrossYearEndWithOnly2021Loaded_ProceedsAndAttachesTheWarning()
    {
        // snippet: calendar-coverage
        var austria = new WorkingCalendarBuilder("AUT", Vienna)
            .AddHolidays(Holidays, new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)))   // covers 2021 only
            .Build();
        // austria.AddWorkingDays(new LocalDate(2021, 12, 30), 5) throws CalendarCoverageException:
        // "Calendar 'AUT' has holiday and closure data for AUT public holidays 2021-01-01/2021-12-31; the year 2022 is not covered ..."
        var answer = austria.Answer(c => c.AddWorkingDays(new LocalDate(2021, 12, 30), 5));
        // answer.Value: 2022-01-06 (Epiphany unknown); answer.Warnings[0].MissingYears: [2022]
        // end snippet

        answer.Value.Should().Be(new LocalDate(2022, 1, 6), "without 2022's data Epiphany is not known");
        answer.Warnings.Should().ContainSingle().Which.MissingYears.Should().Equal(2022);
    }

    [Fact]
    public void Answer_InsideTheCoverage_HasNoWarning()
    {
        var answer = Austria(2021, 2021).Answer(c => c.CountWorkingDays(new DateInterval(new LocalDate(2021, 12, 1), new LocalDate(2021, 12, 31))));

        answer.Value.Should().Be(22, "23 weekdays less 8 December");
        answer.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Questions_OutsideTheCoverage_ThrowForRollsCountsDeadlinesAndHours()
    {
        var austria = new WorkingCalendarBuilder("AUT", Vienna)
            .AddHolidays(Holidays, new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)))
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Monday], WorkingHoursRange.FromHours(9, 0, 17, 0)))
            .Build();
        var january = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 1, 31));

        FluentActions.Invoking(() => austria.IsWorkingDay(new LocalDate(2022, 1, 6))).Should().Throw<CalendarCoverageException>();
        FluentActions.Invoking(() => austria.Roll(new LocalDate(2021, 12, 31), DeadlineRoll.NextWorkingDay)).Should().NotThrow("a working day does not move");
        FluentActions.Invoking(() => austria.Roll(new LocalDate(2022, 1, 1), DeadlineRoll.PreviousWorkingDay)).Should().Throw<CalendarCoverageException>();
        FluentActions.Invoking(() => austria.CountWorkingDays(january)).Should().Throw<CalendarCoverageException>();
        FluentActions.Invoking(() => austria.DeadlineInstant(new LocalDate(2022, 1, 3), DeadlineRoll.None)).Should().NotThrow("no working day is asked");
        FluentActions.Invoking(() => austria.DeadlineInstant(new LocalDate(2022, 1, 6), DeadlineRoll.NextWorkingDay)).Should().Throw<CalendarCoverageException>();
        FluentActions.Invoking(() => austria.ExpandWorkingHours(january)).Should().Throw<CalendarCoverageException>();
        FluentActions.Invoking(() => austria.LastWorkingDayOfMonth(new YearMonth(2022, 1))).Should().Throw<CalendarCoverageException>();
        austria.UncoveredYears(new DateInterval(new LocalDate(2020, 12, 1), new LocalDate(2022, 2, 1))).Should().Equal(2020, 2022);
    }

    [Fact]
    public void HolidayCoverage_TwoSources_CoversWhatBothCover()
    {
        var calendar = new WorkingCalendarBuilder("GRECO seat", DateTimeZoneProviders.Tzdb["Europe/Paris"])
            .AddPublicHoliday(new LocalDate(2021, 12, 25), "Christmas Day")
            .DeclareHolidayCoverage("FRA public holidays", new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31)))
            .AddClosure(new DateInterval(new LocalDate(2021, 12, 24), new LocalDate(2021, 12, 31)), "Christmas closure")
            .DeclareHolidayCoverage("Council of Europe closures", new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)))
            .Build();

        calendar.HolidayCoverage.Select(c => c.ToString()).Should().Equal("Council of Europe closures 2021-01-01/2021-12-31", "FRA public holidays 2020-01-01/2022-12-31");
        calendar.UncoveredYears(new DateInterval(new LocalDate(2020, 6, 1), new LocalDate(2022, 6, 1))).Should().Equal(2020, 2022);
        calendar.IsWorkingDay(new LocalDate(2021, 12, 27)).Should().BeFalse();
    }

    [Fact]
    public void Calendar_WithoutDeclaredCoverage_IsNotChecked()
    {
        var weekendsOnly = new WorkingCalendarBuilder("expert", Vienna).Build();

        weekendsOnly.HolidayCoverage.Should().BeEmpty();
        weekendsOnly.AddWorkingDays(new LocalDate(2021, 12, 30), 5).Should().Be(new LocalDate(2022, 1, 6));
    }
}
