using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Calendars;

/// <summary>Content equality of <see cref="WorkingCalendar"/> and the per-date working-hours overrides.</summary>
public class WorkingCalendarEqualityTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static WorkingCalendarBuilder Uae() => new WorkingCalendarBuilder("ARE", Tzdb["Asia/Dubai"])
        .AddWeekendRule(WeekendRule.FridaySaturday)
        .AddPublicHoliday(new LocalDate(2021, 12, 2), "National Day")
        .AddSoftPeriod(SoftPeriod.Religious("Ramadan 2021", new DateInterval(new LocalDate(2021, 4, 13), new LocalDate(2021, 5, 12)), 1, SoftPeriodSeverity.Warning))
        .AddWorkingHours(WorkingHours.Uniform(null, Weekdays, WorkingHoursRange.FromHours(8, 0, 16, 0)))
        .SetWorkingHoursOn(new LocalDate(2021, 4, 15), [WorkingHoursRange.FromHours(9, 0, 14, 0)]);

    [Fact]
    public void Equals_SameContentBuiltTwice_IsEqualWithEqualHash()
    {
        var a = Uae().Build();
        var b = Uae().Build();

        a.Should().NotBeSameAs(b);
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentSoftPeriodsHoursOverridesOrResolution_AreNotEqual()
    {
        var a = Uae().Build();

        var noRamadanBuilder = new WorkingCalendarBuilder("ARE", Tzdb["Asia/Dubai"])
            .AddWeekendRule(WeekendRule.FridaySaturday)
            .AddPublicHoliday(new LocalDate(2021, 12, 2), "National Day")
            .AddWorkingHours(WorkingHours.Uniform(null, Weekdays, WorkingHoursRange.FromHours(8, 0, 16, 0)))
            .SetWorkingHoursOn(new LocalDate(2021, 4, 15), [WorkingHoursRange.FromHours(9, 0, 14, 0)]);
        a.Equals(noRamadanBuilder.Build()).Should().BeFalse("soft periods count");
        a.Equals(Uae().AddWorkingHours(WorkingHours.Uniform(new LocalDate(2022, 1, 1), Weekdays, WorkingHoursRange.FromHours(7, 30, 15, 30))).Build())
            .Should().BeFalse("working-hours patterns count");
        a.Equals(Uae().SetWorkingHoursOn(new LocalDate(2021, 4, 15), [WorkingHoursRange.FromHours(9, 0, 13, 0)]).Build())
            .Should().BeFalse("an override's spans count");
        a.Equals(Uae().SetWorkingHoursOn(new LocalDate(2021, 4, 16), []).Build()).Should().BeFalse("an empty override counts");
        a.Equals(Uae().WithLocalTimeResolution(LocalTimeResolution.Strict).Build()).Should().BeFalse("the resolution policy counts");
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void WorkingHoursOverrides_AreExposedInDateOrder()
    {
        var calendar = Uae()
            .SetWorkingHoursOn(new LocalDate(2021, 4, 1), [])
            .SetWorkingHoursOn(new LocalDate(2021, 4, 15), [WorkingHoursRange.FromHours(13, 0, 15, 0), WorkingHoursRange.FromHours(9, 0, 11, 0)])
            .Build();

        calendar.WorkingHoursOverrides.Keys.Should().Equal(new LocalDate(2021, 4, 1), new LocalDate(2021, 4, 15));
        calendar.WorkingHoursOverrides[new LocalDate(2021, 4, 1)].Should().BeEmpty();
        calendar.WorkingHoursOverrides[new LocalDate(2021, 4, 15)].Should().Equal(WorkingHoursRange.FromHours(9, 0, 11, 0), WorkingHoursRange.FromHours(13, 0, 15, 0));
        calendar.WorkingHoursOn(new LocalDate(2021, 4, 15)).Should().Equal(calendar.WorkingHoursOverrides[new LocalDate(2021, 4, 15)]);
    }

    [Fact]
    public void CountryEquality_UsesTheFullCalendarContent()
    {
        var a = new Country { Code = new CountryCode("ARE"), Name = "United Arab Emirates", Calendar = Uae().Build() };
        var same = a with { Calendar = Uae().Build() };
        var otherHours = a with { Calendar = Uae().SetWorkingHoursOn(new LocalDate(2021, 4, 16), []).Build() };

        a.Should().Be(same);
        a.GetHashCode().Should().Be(same.GetHashCode());
        a.Should().NotBe(otherHours);
    }

    [Fact]
    public void WorkingHours_Equality_ComparesEffectiveDateAndSpans()
    {
        var a = WorkingHours.Uniform(null, Weekdays, WorkingHoursRange.FromHours(8, 0, 16, 0));

        a.Should().Be(WorkingHours.Uniform(null, Weekdays, WorkingHoursRange.FromHours(8, 0, 16, 0)));
        a.GetHashCode().Should().Be(WorkingHours.Uniform(null, Weekdays, WorkingHoursRange.FromHours(8, 0, 16, 0)).GetHashCode());
        a.Should().NotBe(WorkingHours.Uniform(new LocalDate(2021, 1, 1), Weekdays, WorkingHoursRange.FromHours(8, 0, 16, 0)));
        a.Should().NotBe(WorkingHours.Uniform(null, Weekdays.Take(4), WorkingHoursRange.FromHours(8, 0, 16, 0)));
    }
}
