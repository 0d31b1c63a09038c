using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Calendars;

/// <summary>Days that do not exist are not working days (issue 13 item 3), and repeated hours count once.</summary>
/// <remarks>
/// tzdb facts: Pacific/Apia went from -10:00 to +14:00 at 2011-12-30T10:00Z, so Thursday 29 December 2011 24:00 was
/// followed by Saturday 31 December 00:00 and Friday 30 December never happened in Samoa. Pacific/Kiritimati skipped
/// 1994-12-31 (-10:00 to +14:00) and Pacific/Kwajalein skipped 1993-08-21 (-12:00 to +12:00).
/// </remarks>
public sealed class SkippedDayTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    private static readonly DateTimeZone Apia = Tzdb["Pacific/Apia"];
    private static readonly IsoDayOfWeek[] Weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static WorkingCalendar Samoa(WorkingHoursRange hours) =>
        new WorkingCalendarBuilder("WSM", Apia).AddWorkingHours(WorkingHours.Uniform(null, Weekdays, hours)).Build();

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void IsWorkingDay_ApiaSkippedFriday_IsNoWorkingDayAndItsNeighboursAreUnchanged()
    {
        var samoa = Samoa(WorkingHoursRange.FromHours(9, 0, 17, 0));

        samoa.IsWorkingDay(D(2011, 12, 29)).Should().BeTrue("Thursday exists");
        samoa.IsWorkingDay(D(2011, 12, 30)).Should().BeFalse("Friday 30 December 2011 never happened in Samoa");
        samoa.IsWorkingDay(D(2012, 1, 2)).Should().BeTrue();
        samoa.IsWorkingDay(D(2011, 12, 23)).Should().BeTrue("the Friday before is an ordinary working day");
        samoa.NonWorkingDayOn(D(2011, 12, 30)).Should().BeNull("it is not a holiday: it does not exist");
    }

    [Fact]
    public void Arithmetic_ApiaSkippedFriday_IsNotCountedAndRollsPastIt()
    {
        // snippet: calendar-skipped-day
        var samoa = new WorkingCalendarBuilder("WSM", Tzdb["Pacific/Apia"])
            .AddWorkingHours(WorkingHours.Uniform(null, Weekdays, WorkingHoursRange.FromHours(9, 0, 17, 0)))
            .Build();
        samoa.IsWorkingDay(new LocalDate(2011, 12, 30));                                   // false: Friday 30 December 2011 never happened
        samoa.AddWorkingDays(new LocalDate(2011, 12, 29), 1);                              // Mon 2012-01-02
        samoa.ExpandWorkingHours(new DateInterval(new LocalDate(2011, 12, 29), new LocalDate(2011, 12, 31)));
        // {2011-12-29T19:00:00Z/2011-12-30T03:00:00Z}: Thursday's hours only, nothing moved to Saturday
        // end snippet

        samoa.CountWorkingDays(new DateInterval(D(2011, 12, 26), D(2012, 1, 6))).Should().Be(9);
        samoa.AddWorkingDays(D(2011, 12, 29), 1).Should().Be(D(2012, 1, 2));
        samoa.AddWorkingDays(D(2012, 1, 2), -1).Should().Be(D(2011, 12, 29));
        samoa.Roll(D(2011, 12, 30), DeadlineRoll.NextWorkingDay).Should().Be(D(2012, 1, 2));
        samoa.Roll(D(2011, 12, 30), DeadlineRoll.PreviousWorkingDay).Should().Be(D(2011, 12, 29));
        samoa.WorkingDaysFrom(D(2011, 12, 28), 3).Should().Equal(D(2011, 12, 28), D(2011, 12, 29), D(2011, 12, 30), D(2011, 12, 31), D(2012, 1, 1), D(2012, 1, 2));
    }

    [Fact]
    public void ExpandWorkingHours_ApiaSkippedFriday_HasNoHoursAndNothingSpillsIntoSaturday()
    {
        var samoa = Samoa(WorkingHoursRange.FromHours(9, 0, 17, 0));

        var hours = samoa.ExpandWorkingHours(new DateInterval(D(2011, 12, 29), D(2011, 12, 31)));

        // Only Thursday 09:00-17:00 at -10:00; lenient resolution would otherwise have moved Friday's hours to Saturday.
        hours.Should().Equal(InstantRange.FromInstants(Instant.FromUtc(2011, 12, 29, 19, 0), Instant.FromUtc(2011, 12, 30, 3, 0)));
    }

    [Fact]
    public void ExpandWorkingHours_NightSpanIntoTheSkippedFriday_EndsAtThursdayMidnight()
    {
        var samoa = Samoa(WorkingHoursRange.FromHours(22, 0, 6, 0));

        var hours = samoa.ExpandWorkingHours(new DateInterval(D(2011, 12, 29), D(2011, 12, 29)));

        // 22:00 Thursday (-10:00) = 08:00Z; the span stops at the jump (10:00Z), not at 06:00 Saturday (16:00Z).
        hours.Should().Equal(InstantRange.FromInstants(Instant.FromUtc(2011, 12, 30, 8, 0), Instant.FromUtc(2011, 12, 30, 10, 0)));
    }

    [Theory]
    [InlineData("Pacific/Kiritimati", 1994, 12, 31)]
    [InlineData("Pacific/Kwajalein", 1993, 8, 21)]
    [InlineData("Pacific/Apia", 2011, 12, 30)]
    public void IsWorkingDay_EveryDayCalendarOnASkippedDate_IsFalseOnlyThatDay(string zoneId, int year, int month, int day)
    {
        var everyDay = new WorkingCalendarBuilder("every day", DateTimeZoneProviders.Tzdb[zoneId]).AddWeekendRule(new WeekendRule(null, [])).Build();
        var skipped = D(year, month, day);

        everyDay.IsWorkingDay(skipped).Should().BeFalse();
        everyDay.IsWorkingDay(skipped.PlusDays(-1)).Should().BeTrue();
        everyDay.IsWorkingDay(skipped.PlusDays(1)).Should().BeTrue();
        everyDay.CountWorkingDays(new DateInterval(skipped.PlusDays(-3), skipped.PlusDays(3))).Should().Be(6);
    }

    [Fact]
    public void ExpandWorkingHours_SpanInsideTheRepeatedHour_CountsOnce()
    {
        // Vienna fell back on Sunday 2025-10-26: 02:00-03:00 local happened twice (00:00-01:00Z at +02, 01:00-02:00Z at +01).
        var vienna = new WorkingCalendarBuilder("AUT", DateTimeZoneProviders.Tzdb["Europe/Vienna"])
            .AddWeekendRule(new WeekendRule(null, []))
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Sunday], WorkingHoursRange.FromHours(2, 15, 2, 45)))
            .Build();

        var hours = vienna.ExpandWorkingHours(new DateInterval(D(2025, 10, 26), D(2025, 10, 26)));

        hours.Should().Equal(InstantRange.FromInstants(Instant.FromUtc(2025, 10, 26, 0, 15), Instant.FromUtc(2025, 10, 26, 0, 45)));
        vienna.CountWorkingDays(new DateInterval(D(2025, 10, 25), D(2025, 10, 27))).Should().Be(3, "the 25-hour day is one working day");
    }
}
