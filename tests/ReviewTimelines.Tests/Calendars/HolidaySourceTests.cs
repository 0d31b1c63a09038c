using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Tests.Calendars;

public class HolidaySourceTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    private static readonly InMemoryHolidaySource Austria2025 = new(
        "AUT public holidays 2025",
        [
            new NonWorkingDay(new LocalDate(2025, 12, 25), "Christmas Day", NonWorkingDayKind.PublicHoliday),
            new NonWorkingDay(new LocalDate(2025, 6, 9), "Whit Monday", NonWorkingDayKind.PublicHoliday),
            new NonWorkingDay(new LocalDate(2025, 10, 26), "National Day", NonWorkingDayKind.PublicHoliday),
            new NonWorkingDay(new LocalDate(2026, 1, 1), "New Year's Day", NonWorkingDayKind.PublicHoliday),
        ]);

    [Fact]
    public void AddHolidays_InMemorySource_CopiesDaysWithinTheRequestedDates()
    {
        var austria = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"])
            .AddHolidays(Austria2025, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)))
            .Build();

        austria.NonWorkingDays.Select(d => d.Date).Should().Equal(new LocalDate(2025, 6, 9), new LocalDate(2025, 10, 26), new LocalDate(2025, 12, 25));
        austria.IsWorkingDay(new LocalDate(2025, 6, 9)).Should().BeFalse();
        austria.NonWorkingDayOn(new LocalDate(2025, 12, 25))!.Name.Should().Be("Christmas Day");
        // The calendar was asked to cover 2025 only: 2026 is an error, or a warning through Answer (issue 13), never a silent guess.
        FluentActions.Invoking(() => austria.IsWorkingDay(new LocalDate(2026, 1, 1))).Should().Throw<CalendarCoverageException>()
            .Which.Gap.MissingYears.Should().Equal(2026);
        var answer = austria.Answer(c => c.IsWorkingDay(new LocalDate(2026, 1, 1)));
        answer.Value.Should().BeTrue("the source's New Year's Day 2026 was not asked for");
        answer.Warnings.Should().ContainSingle();
    }

    [Fact]
    public void NonWorkingDaysIn_ReturnsDaysInDateOrder()
    {
        Austria2025.NonWorkingDaysIn(new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2026, 1, 1)))
            .Select(d => d.Name)
            .Should().Equal("Whit Monday", "National Day", "Christmas Day", "New Year's Day");
        Austria2025.ToString().Should().Be("AUT public holidays 2025 (4 days)");
    }

    [Fact]
    public void AddHolidays_SourceReturnsDayOutsideRequest_ThrowsInvalidOperationNamingSource()
    {
        var builder = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"]);

        var act = () => builder.AddHolidays(new CarelessSource(), new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));

        act.Should().Throw<InvalidOperationException>().WithMessage("*careless feed*2026-01-01*");
        builder.Build().NonWorkingDays.Should().BeEmpty("nothing from a rejected answer is added");
    }

    [Fact]
    public void InMemoryHolidaySource_DuplicateDate_ThrowsArgumentNamingItem()
    {
        var act = () => new InMemoryHolidaySource("dup",
        [
            new NonWorkingDay(new LocalDate(2025, 6, 9), "Whit Monday", NonWorkingDayKind.PublicHoliday),
            new NonWorkingDay(new LocalDate(2025, 6, 9), "Pentecost Monday", NonWorkingDayKind.PublicHoliday),
        ]);

        act.Should().Throw<ArgumentException>().WithParameterName("days").WithMessage("*item 1*");
    }

    [Fact]
    public void InMemoryHolidaySource_NullItem_ThrowsArgumentNamingItem()
    {
        var act = () => new InMemoryHolidaySource("nulls", [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("days").WithMessage("*item 0*");
    }

    [Fact]
    public void AddHolidays_LaterSourceWinsForTheSameDate()
    {
        var closures = new InMemoryHolidaySource("UNOV closures", [new NonWorkingDay(new LocalDate(2025, 12, 25), "Seat closed", NonWorkingDayKind.Closure)]);
        var dates = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

        var seat = new WorkingCalendarBuilder("UNOV", Tzdb["Europe/Vienna"]).AddHolidays(Austria2025, dates).AddHolidays(closures, dates).Build();

        seat.NonWorkingDayOn(new LocalDate(2025, 12, 25))!.Kind.Should().Be(NonWorkingDayKind.Closure);
    }

    private sealed class CarelessSource : IHolidaySource
    {
        public string Name => "careless feed";

        public IEnumerable<NonWorkingDay> NonWorkingDaysIn(DateInterval dates) =>
        [
            new NonWorkingDay(new LocalDate(2025, 12, 25), "Christmas Day", NonWorkingDayKind.PublicHoliday),
            new NonWorkingDay(new LocalDate(2026, 1, 1), "New Year's Day", NonWorkingDayKind.PublicHoliday),
        ];
    }
}
