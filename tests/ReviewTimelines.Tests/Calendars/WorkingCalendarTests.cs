using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Tests.Calendars;

public class WorkingCalendarTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    [Fact]
    public void BC25_FiveWorkingDayStage_IsraelAndAustria_EndOnTheirOwnWorkingDays()
    {
        var israel = new WorkingCalendarBuilder("ISR", Tzdb["Asia/Jerusalem"]).AddWeekendRule(WeekendRule.FridaySaturday).Build();
        var austria = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"])
            .AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday")
            .Build();

        var inIsrael = israel.WorkingDaysFrom(new LocalDate(2025, 6, 8), 5);
        var inAustria = austria.WorkingDaysFrom(new LocalDate(2025, 6, 8), 5);

        (inIsrael == new DateInterval(new LocalDate(2025, 6, 8), new LocalDate(2025, 6, 12))).Should().BeTrue(inIsrael.ToString());
        israel.DeadlineInstant(inIsrael.End, DeadlineRoll.None).Should().Be(Instant.FromUtc(2025, 6, 12, 21, 0));
        (inAustria == new DateInterval(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 16))).Should().BeTrue(inAustria.ToString());
        austria.DeadlineInstant(inAustria.End, DeadlineRoll.None).Should().Be(Instant.FromUtc(2025, 6, 16, 22, 0));
    }

    [Fact]
    public void BC25_UaeWeekendChange_UsesRuleInForceOnEachDate()
    {
        var uae = new WorkingCalendarBuilder("ARE", Tzdb["Asia/Dubai"])
            .AddWeekendRule(new WeekendRule(new LocalDate(2006, 9, 1), [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]))
            .AddWeekendRule(new WeekendRule(new LocalDate(2022, 1, 1), [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]))
            .Build();

        var window = uae.WorkingDaysFrom(new LocalDate(2021, 12, 30), 3);

        window.End.Should().Be(new LocalDate(2022, 1, 4));
        uae.IsWorkingDay(new LocalDate(2021, 12, 31)).Should().BeFalse();
        uae.IsWorkingDay(new LocalDate(2022, 1, 2)).Should().BeFalse();
        uae.DeadlineInstant(window.End, DeadlineRoll.None).Should().Be(Instant.FromUtc(2022, 1, 4, 20, 0));
    }
}
