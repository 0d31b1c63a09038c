using NodaTime;
using NodaTime.Testing.TimeZones;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Calendars;

public class WorkingHoursTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    private static readonly WeekendRule NoWeekend = new(null, []);
    private static readonly IsoDayOfWeek[] EveryDay =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    [Fact]
    public void BC22a_LosAngelesMondayAndThursdayHours_ExpandInTheOwnersZone()
    {
        var expert = LosAngelesExpert().Build();

        var hours = expert.ExpandWorkingHours(new DateInterval(new LocalDate(2023, 6, 12), new LocalDate(2023, 6, 18)));

        hours.Should().Equal(
            InstantRange.FromInstants(Instant.FromUtc(2023, 6, 13, 0, 0), Instant.FromUtc(2023, 6, 13, 1, 0)),
            InstantRange.FromInstants(Instant.FromUtc(2023, 6, 15, 23, 0), Instant.FromUtc(2023, 6, 16, 1, 0)));
        HourlySlots(hours).Should().Equal(Instant.FromUtc(2023, 6, 13, 0, 0), Instant.FromUtc(2023, 6, 15, 23, 0), Instant.FromUtc(2023, 6, 16, 0, 0));
        hours.Select(r => r.Start.InZone(expert.Zone).DayOfWeek).Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday);
        hours.Select(r => r.Start.InUtc().DayOfWeek).Should().Equal(IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday);
    }

    [Fact]
    public void BC22a_OverridesOnLocalMondayAndThursday_ReplaceThoseDaysHours()
    {
        var expert = LosAngelesExpert()
            .SetWorkingHoursOn(new LocalDate(2023, 6, 12), [WorkingHoursRange.FromHours(9, 0, 10, 0)])
            .SetWorkingHoursOn(new LocalDate(2023, 6, 15), [])
            .Build();

        var hours = expert.ExpandWorkingHours(new DateInterval(new LocalDate(2023, 6, 12), new LocalDate(2023, 6, 18)));

        hours.Should().Equal(InstantRange.FromInstants(Instant.FromUtc(2023, 6, 12, 16, 0), Instant.FromUtc(2023, 6, 12, 17, 0)));
        expert.WorkingHoursOn(new LocalDate(2023, 6, 15)).Should().BeEmpty();
        expert.WorkingHoursOn(new LocalDate(2023, 6, 22)).Should().Equal(WorkingHoursRange.FromHours(16, 0, 18, 0));
        expert.WorkingHoursOn(new LocalDate(2023, 6, 13)).Should().BeEmpty("Tuesday has no hours");
    }

    [Fact]
    public void BC22b_BerlinOutOfOfficeDay_BlocksFrom2300ZTo2300Z()
    {
        var blocked = ZonedDateRange.ForDay(new LocalDate(2025, 12, 22), Tzdb["Europe/Berlin"]).ToInstantRange();
        var kolkata = Tzdb["Asia/Kolkata"];

        blocked.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 12, 21, 23, 0), Instant.FromUtc(2025, 12, 22, 23, 0)));
        blocked.Start.InZone(kolkata).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 22, 4, 30));
        blocked.End.InZone(kolkata).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 23, 4, 30));
    }

    [Fact]
    public void BC22b_KolkataBookerOnDecember23_FirstFreeSlotIs0430Ist()
    {
        var berlin = Tzdb["Europe/Berlin"];
        var kolkata = Tzdb["Asia/Kolkata"];
        var expert = new WorkingCalendarBuilder("expert", berlin)
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, EveryDay, new WorkingHoursRange(LocalTime.Midnight, LocalTime.Midnight)))
            .Build();
        var around = new DateInterval(new LocalDate(2025, 12, 20), new LocalDate(2025, 12, 25));
        var outOfOffice = InstantRangeSet.FromRanges(ZonedDateRange.ForDay(new LocalDate(2025, 12, 22), berlin).ToInstantRange());
        var bookerDay = ZonedDateRange.ForDay(new LocalDate(2025, 12, 23), kolkata).ToInstantRange();

        var free = expert.ExpandWorkingHours(around).Except(outOfOffice).ClipTo(bookerDay);
        var firstSlot = free.First(r => r.Duration >= Duration.FromMinutes(30)).Start;

        firstSlot.InZone(kolkata).LocalDateTime.Should().Be(new LocalDateTime(2025, 12, 23, 4, 30));
        free.Overlaps(InstantRange.FromInstants(bookerDay.Start, firstSlot)).Should().BeFalse("nothing is offered from 00:00 to 04:30 IST");
        free.Covers(InstantRange.StartingAt(firstSlot, Duration.FromMinutes(30))).Should().BeTrue();
    }

    [Fact]
    public void BC22b_OutOfOfficeAsClosure_CalendarExpansionEqualsAvailabilityMinusBlockedDay()
    {
        var berlin = Tzdb["Europe/Berlin"];
        var builder = new WorkingCalendarBuilder("expert", berlin)
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, EveryDay, new WorkingHoursRange(LocalTime.Midnight, LocalTime.Midnight)));
        var available = builder.Build();
        var withLeave = builder.AddClosure(new DateInterval(new LocalDate(2025, 12, 22), new LocalDate(2025, 12, 22)), "Out of office").Build();
        var around = new DateInterval(new LocalDate(2025, 12, 20), new LocalDate(2025, 12, 25));
        var blocked = InstantRangeSet.FromRanges(ZonedDateRange.ForDay(new LocalDate(2025, 12, 22), berlin).ToInstantRange());

        withLeave.ExpandWorkingHours(around).Should().Equal(available.ExpandWorkingHours(around).Except(blocked));
    }

    [Fact]
    public void BC01_VisitHoursAcrossSpringForward_ExpandTo2Hours()
    {
        var calendar = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"])
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Sunday], WorkingHoursRange.FromHours(1, 0, 4, 0)))
            .Build();

        var visit = calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 3, 30), new LocalDate(2025, 3, 30)));

        visit.Should().Equal(InstantRange.FromInstants(Instant.FromUtc(2025, 3, 30, 0, 0), Instant.FromUtc(2025, 3, 30, 2, 0)));
        visit.TotalDuration.Should().Be(Duration.FromHours(2));
    }

    [Theory]
    [InlineData("Spring-forward night", 2025, 3, 29, 7)]
    [InlineData("Fall-back night", 2025, 10, 25, 9)]
    [InlineData("Ordinary night", 2025, 6, 14, 8)]
    public void ExpandWorkingHours_OvernightShiftAcrossDstChange_LastsExactElapsedTime(string name, int year, int month, int day, int hours)
    {
        var calendar = new WorkingCalendarBuilder("night desk", Tzdb["Europe/Berlin"])
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Saturday], WorkingHoursRange.FromHours(22, 0, 6, 0)))
            .Build();
        var date = new LocalDate(year, month, day);

        var shift = calendar.ExpandWorkingHours(new DateInterval(date, date));

        shift.Should().ContainSingle(name);
        shift.TotalDuration.Should().Be(Duration.FromHours(hours), name);
    }

    [Fact]
    public void ExpandWorkingHours_MidnightCrossingSpan_BelongsToTheDayItStartsOn()
    {
        var berlin = Tzdb["Europe/Berlin"];
        var calendar = new WorkingCalendarBuilder("DEU", berlin)
            .AddPublicHoliday(new LocalDate(2025, 12, 2), "Invented Tuesday holiday")
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Monday, IsoDayOfWeek.Friday], WorkingHoursRange.FromHours(22, 0, 2, 0)))
            .Build();

        var hours = calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 7)));

        // Monday's span runs into the Tuesday holiday and Friday's into the Saturday weekend: both still count.
        hours.Should().Equal(
            InstantRange.FromInstants(Instant.FromUtc(2025, 12, 1, 21, 0), Instant.FromUtc(2025, 12, 2, 1, 0)),
            InstantRange.FromInstants(Instant.FromUtc(2025, 12, 5, 21, 0), Instant.FromUtc(2025, 12, 6, 1, 0)));
    }

    [Fact]
    public void ExpandWorkingHours_CrossingSpanRunningIntoNextDaysSpan_MergesIntoOneRange()
    {
        var calendar = new WorkingCalendarBuilder("UTC desk", DateTimeZone.Utc)
            .AddWorkingHours(new WorkingHours(null,
            [
                KeyValuePair.Create(IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(22, 0, 2, 0)),
                KeyValuePair.Create(IsoDayOfWeek.Tuesday, WorkingHoursRange.FromHours(1, 0, 9, 0)),
            ]))
            .Build();

        var hours = calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 2)));

        hours.Should().Equal(InstantRange.FromInstants(Instant.FromUtc(2025, 12, 1, 22, 0), Instant.FromUtc(2025, 12, 2, 9, 0)));
    }

    [Fact]
    public void ExpandWorkingHours_HolidayAndWeekend_ContributeNothing()
    {
        var calendar = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"])
            .AddPublicHoliday(new LocalDate(2025, 6, 9), "Whit Monday")
            .AddWorkingHours(WorkingHours.Uniform(null, EveryDay, WorkingHoursRange.FromHours(9, 0, 17, 0)))
            .Build();

        var hours = calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 6, 7), new LocalDate(2025, 6, 10)));

        hours.Should().Equal(InstantRange.FromInstants(Instant.FromUtc(2025, 6, 10, 7, 0), Instant.FromUtc(2025, 6, 10, 15, 0)));
    }

    [Fact]
    public void ExpandWorkingHours_LenientSpanStraddlingTheGap_ContributesNothing()
    {
        var calendar = new WorkingCalendarBuilder("DEU", Tzdb["Europe/Berlin"])
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Sunday], WorkingHoursRange.FromHours(2, 30, 3, 15)))
            .Build();

        // 02:30 is skipped and moves forward by the gap to 03:30 CEST (01:30Z), after 03:15 CEST (01:15Z).
        calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 3, 30), new LocalDate(2025, 3, 30))).Should().BeEmpty();
        calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 4, 6), new LocalDate(2025, 4, 6))).TotalDuration.Should().Be(Duration.FromMinutes(45));
    }

    [Fact]
    public void ExpandWorkingHours_StrictBoundaryInGap_ThrowsSkippedTimeException()
    {
        var calendar = new WorkingCalendarBuilder("DEU", Tzdb["Europe/Berlin"])
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Sunday], WorkingHoursRange.FromHours(2, 30, 4, 0)))
            .WithLocalTimeResolution(LocalTimeResolution.Strict)
            .Build();

        var act = () => calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 3, 30), new LocalDate(2025, 3, 30)));

        act.Should().Throw<SkippedTimeException>();
        calendar.Resolution.Should().Be(LocalTimeResolution.Strict);
    }

    [Fact]
    public void ExpandWorkingHours_StrictBoundaryRepeated_ThrowsAmbiguousTimeException()
    {
        var calendar = new WorkingCalendarBuilder("DEU", Tzdb["Europe/Berlin"])
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Saturday], WorkingHoursRange.FromHours(22, 0, 2, 30)))
            .WithLocalTimeResolution(LocalTimeResolution.Strict)
            .Build();

        var act = () => calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 10, 25), new LocalDate(2025, 10, 25)));

        act.Should().Throw<AmbiguousTimeException>();
    }

    [Fact]
    public void ExpandWorkingHours_LenientEndRepeated_EndsAtFirstOccurrence()
    {
        var calendar = new WorkingCalendarBuilder("DEU", Tzdb["Europe/Berlin"])
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Saturday], WorkingHoursRange.FromHours(22, 0, 2, 30)))
            .Build();

        var shift = calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 10, 25), new LocalDate(2025, 10, 25)));

        shift.Should().Equal(InstantRange.FromInstants(Instant.FromUtc(2025, 10, 25, 20, 0), Instant.FromUtc(2025, 10, 26, 0, 30)));
    }

    [Fact]
    public void ExpandWorkingHours_AllDayHoursInSyntheticZoneSkippingMidnight_MatchZonedDateRange()
    {
        // Offset -4 until 2025-09-07T04:00Z, then -3: local midnight of 2025-09-07 is skipped (as in Santiago, BC-03 c).
        var zone = new SingleTransitionDateTimeZone(Instant.FromUtc(2025, 9, 7, 4, 0), -4, -3);
        var calendar = new WorkingCalendarBuilder("CHL-like", zone)
            .AddWeekendRule(NoWeekend)
            .AddWorkingHours(WorkingHours.Uniform(null, EveryDay, new WorkingHoursRange(LocalTime.Midnight, LocalTime.Midnight)))
            .Build();
        var dates = new DateInterval(new LocalDate(2025, 9, 6), new LocalDate(2025, 9, 8));

        var hours = calendar.ExpandWorkingHours(dates);

        hours.Should().Equal(new ZonedDateRange(dates, zone).ToInstantRange());
        hours.TotalDuration.Should().Be(Duration.FromHours(71));
    }

    [Fact]
    public void ExpandWorkingHours_DateEffectivePatterns_UseThePatternInForce()
    {
        var calendar = new WorkingCalendarBuilder("UTC desk", DateTimeZone.Utc)
            .AddWorkingHours(WorkingHours.Uniform(null, EveryDay, WorkingHoursRange.FromHours(9, 0, 17, 0)))
            .AddWorkingHours(WorkingHours.Uniform(new LocalDate(2025, 6, 4), EveryDay, WorkingHoursRange.FromHours(8, 0, 12, 0)))
            .Build();

        var hours = calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 6, 3), new LocalDate(2025, 6, 4)));

        hours.Should().Equal(
            InstantRange.FromInstants(Instant.FromUtc(2025, 6, 3, 9, 0), Instant.FromUtc(2025, 6, 3, 17, 0)),
            InstantRange.FromInstants(Instant.FromUtc(2025, 6, 4, 8, 0), Instant.FromUtc(2025, 6, 4, 12, 0)));
    }

    [Fact]
    public void ExpandWorkingHours_NoHours_ThrowsInvalidOperation()
    {
        var calendar = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"]).Build();

        var act = () => calendar.ExpandWorkingHours(new DateInterval(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 6)));

        act.Should().Throw<InvalidOperationException>().WithMessage("*AUT*");
        calendar.HasWorkingHours.Should().BeFalse();
    }

    [Fact]
    public void WorkingHours_OverlappingSpansOnOneDay_ThrowsArgument()
    {
        var act = () => new WorkingHours(null,
        [
            KeyValuePair.Create(IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(22, 0, 2, 0)),
            KeyValuePair.Create(IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(23, 0, 23, 30)),
        ]);

        act.Should().Throw<ArgumentException>().WithParameterName("spans").WithMessage("*Monday*");
    }

    [Fact]
    public void WorkingHours_ToString_ListsDaysInOrder()
    {
        var hours = new WorkingHours(new LocalDate(2023, 6, 1),
        [
            KeyValuePair.Create(IsoDayOfWeek.Thursday, WorkingHoursRange.FromHours(16, 0, 18, 0)),
            KeyValuePair.Create(IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(17, 0, 18, 0)),
        ]);

        hours.ToString().Should().Be("Mon 17:00/18:00, Thu 16:00/18:00 from 2023-06-01");
    }

    [Theory]
    [InlineData("Same day", 9, 0, 17, 0, false, 8 * 60)]
    [InlineData("Crosses midnight", 22, 0, 2, 0, true, 4 * 60)]
    [InlineData("Whole day", 0, 0, 0, 0, true, 24 * 60)]
    [InlineData("Ends at midnight", 18, 0, 0, 0, true, 6 * 60)]
    public void WorkingHoursRange_CrossesMidnightAndNominalLength(string name, int sh, int sm, int eh, int em, bool crosses, int minutes)
    {
        var span = WorkingHoursRange.FromHours(sh, sm, eh, em);

        span.CrossesMidnight.Should().Be(crosses, name);
        span.NominalLength.Should().Be(Duration.FromMinutes(minutes), name);
    }

    [Fact]
    public void WorkingHoursRange_ToStringAndOn_AreIsoAndRollToNextDay()
    {
        var span = WorkingHoursRange.FromHours(22, 0, 2, 0);

        span.ToString().Should().Be("22:00/02:00");
        span.On(new LocalDate(2025, 12, 1)).Should().Be((new LocalDateTime(2025, 12, 1, 22, 0), new LocalDateTime(2025, 12, 2, 2, 0)));
    }

    private static WorkingCalendarBuilder LosAngelesExpert() =>
        new WorkingCalendarBuilder("expert", Tzdb["America/Los_Angeles"])
            .AddWorkingHours(new WorkingHours(null,
            [
                KeyValuePair.Create(IsoDayOfWeek.Monday, WorkingHoursRange.FromHours(17, 0, 18, 0)),
                KeyValuePair.Create(IsoDayOfWeek.Thursday, WorkingHoursRange.FromHours(16, 0, 18, 0)),
            ]));

    private static List<Instant> HourlySlots(InstantRangeSet hours)
    {
        var slots = new List<Instant>();
        foreach (var range in hours)
        {
            for (var start = range.Start; start + Duration.FromHours(1) <= range.End; start += Duration.FromHours(1))
            {
                slots.Add(start);
            }
        }

        return slots;
    }
}
