using CsCheck;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Calendars;

/// <summary>Property tests of working-day arithmetic and working-hours expansion against brute-force oracles.</summary>
public class WorkingCalendarPropertyTests
{
    private const int Iterations = 1000;
    private static readonly LocalDate Origin = new(2000, 1, 1);
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    // Zones with odd transitions: EU and US DST, a skipped midnight (Santiago), a 30-minute shift (Lord Howe), no DST (Kolkata).
    private static readonly string[] ZoneIds =
        ["Europe/Berlin", "America/Los_Angeles", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata", "Asia/Jerusalem"];

    private static readonly Gen<LocalDate> GenDate = Gen.Int[0, 365 * 30].Select(i => Origin.PlusDays(i));

    // A weekend mask over bits 1 (Monday) to 7 (Sunday); never all seven days.
    private static readonly Gen<IsoDayOfWeek[]> GenWeekend = Gen.Int[0, 126].Select(mask =>
        Enumerable.Range(1, 7).Where(d => (mask & (1 << (d - 1))) != 0).Select(d => (IsoDayOfWeek)d).ToArray());

    private static readonly Gen<WorkingHoursRange> GenSpan = Gen.Select(Gen.Int[0, 47], Gen.Int[1, 40]).Select((start, halfHours) =>
        new WorkingHoursRange(new LocalTime(start / 2, start % 2 * 30), new LocalTime(start / 2, start % 2 * 30).PlusMinutes(halfHours * 30)));

    private static readonly Gen<WorkingCalendarBuilder> GenBuilder =
        Gen.Select(GenWeekend.Array[1, 4], GenDate.Array[0, 3], GenDate.Array[0, 60], Gen.Int[0, ZoneIds.Length - 1])
            .Select((weekends, changes, holidays, zone) =>
            {
                var builder = new WorkingCalendarBuilder("random", Tzdb[ZoneIds[zone]]).AddWeekendRule(new WeekendRule(null, weekends[0]));
                var dates = changes.Distinct().ToArray();
                for (var i = 0; i < dates.Length && i + 1 < weekends.Length; i++)
                {
                    builder.AddWeekendRule(new WeekendRule(dates[i], weekends[i + 1]));
                }

                foreach (var holiday in holidays)
                {
                    builder.AddPublicHoliday(holiday, "holiday");
                }

                return builder;
            });

    private static readonly Gen<WorkingCalendar> GenCalendar = GenBuilder.Select(b => b.Build());

    [Fact]
    public void AddWorkingDays_ThenCount_GivesN_AndMatchesDayByDayOracle()
    {
        Gen.Select(GenCalendar, GenDate, Gen.Int[-1500, 1500]).Sample((calendar, date, n) =>
        {
            var result = calendar.AddWorkingDays(date, n);

            result.Should().Be(OracleAddWorkingDays(calendar, date, n));
            if (n > 0)
            {
                calendar.CountWorkingDays(new DateInterval(date.PlusDays(1), result)).Should().Be(n);
            }
            else if (n < 0)
            {
                calendar.CountWorkingDays(new DateInterval(result, date.PlusDays(-1))).Should().Be(-n);
            }

            (n == 0 || calendar.IsWorkingDay(result)).Should().BeTrue();
        }, iter: Iterations);
    }

    [Fact]
    public void IsWorkingDay_MatchesWeekendRuleAndHolidayLookup_InsideAndOutsideThePrecomputedYears()
    {
        var genWideDate = Gen.Int[-365 * 200, 365 * 300].Select(i => Origin.PlusDays(i));
        Gen.Select(GenCalendar, genWideDate).Sample((calendar, date) =>
        {
            var expected = !calendar.WeekendRuleOn(date).IsWeekend(date.DayOfWeek) && calendar.NonWorkingDayOn(date) is null;

            calendar.IsWorkingDay(date).Should().Be(expected);
            calendar.IsWeekend(date).Should().Be(calendar.WeekendRuleOn(date).IsWeekend(date.DayOfWeek));
        }, iter: Iterations * 10);
    }

    [Fact]
    public void CountWorkingDays_MatchesDayByDayOracle()
    {
        Gen.Select(GenCalendar, GenDate, Gen.Int[0, 3000]).Sample((calendar, start, length) =>
        {
            var dates = new DateInterval(start, start.PlusDays(length));

            calendar.CountWorkingDays(dates).Should().Be(dates.Count(calendar.IsWorkingDay));
        }, iter: Iterations);
    }

    [Fact]
    public void AddWorkingDays_ThereAndBack_LandsOnTheRollOfTheStart()
    {
        Gen.Select(GenCalendar, GenDate, Gen.Int[1, 1500], Gen.Bool).Sample((calendar, date, n, forward) =>
        {
            var there = calendar.AddWorkingDays(date, forward ? n : -n);
            var back = calendar.AddWorkingDays(there, forward ? -n : n);

            // A working day returns to itself; a non-working day to its neighbour on the side the trip started from.
            back.Should().Be(calendar.Roll(date, forward ? DeadlineRoll.PreviousWorkingDay : DeadlineRoll.NextWorkingDay));
            if (calendar.IsWorkingDay(date))
            {
                back.Should().Be(date);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Roll_IsIdempotent_AndLandsOnAWorkingDay()
    {
        Gen.Select(GenCalendar, GenDate, Gen.Int[0, 2]).Sample((calendar, date, rule) =>
        {
            var roll = (DeadlineRoll)rule;
            var once = calendar.Roll(date, roll);

            calendar.Roll(once, roll).Should().Be(once);
            if (roll != DeadlineRoll.None)
            {
                calendar.IsWorkingDay(once).Should().BeTrue();
                var between = roll == DeadlineRoll.NextWorkingDay ? new DateInterval(date, once) : new DateInterval(once, date);
                calendar.CountWorkingDays(between).Should().Be(1, "no working day is skipped");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void ExpandWorkingHours_EveryInstantLiesInAWorkingDay()
    {
        var genHours = GenSpan.Array[7].Select(spans => new WorkingHours(null, spans.Select((s, i) => KeyValuePair.Create((IsoDayOfWeek)(i + 1), s))));
        Gen.Select(GenBuilder, genHours, Gen.Int[0, 365 * 3], Gen.Int[0, 60]).Sample((builder, hours, offset, length) =>
        {
            var calendar = builder.AddWorkingHours(hours).Build();
            var start = new LocalDate(2024, 1, 1).PlusDays(offset);

            var expansion = calendar.ExpandWorkingHours(new DateInterval(start, start.PlusDays(length)));

            foreach (var range in expansion)
            {
                foreach (var instant in new[] { range.Start, range.Start + (range.Duration / 2), range.End - Duration.Epsilon })
                {
                    var local = instant.InZone(calendar.Zone).Date;
                    var previous = local.PlusDays(-1);
                    var belongs = calendar.IsWorkingDay(local) ||
                        (calendar.IsWorkingDay(previous) && calendar.WorkingHoursOn(previous).Any(s => s.CrossesMidnight));
                    belongs.Should().BeTrue($"{instant} ({local}) in {calendar.Zone.Id}");
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void ExpandWorkingHours_WholeDayHours_EqualTheWorkingDaysAsZonedDateRanges()
    {
        var wholeDay = WorkingHours.Uniform(null, Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d), new WorkingHoursRange(LocalTime.Midnight, LocalTime.Midnight));
        Gen.Select(GenBuilder, Gen.Int[0, 365 * 3], Gen.Int[0, 60]).Sample((builder, offset, length) =>
        {
            var calendar = builder.AddWorkingHours(wholeDay).Build();
            var dates = new DateInterval(new LocalDate(2024, 1, 1).PlusDays(offset), new LocalDate(2024, 1, 1).PlusDays(offset + length));

            var oracle = InstantRangeSet.FromRanges(dates.Where(calendar.IsWorkingDay).Select(d => ZonedDateRange.ForDay(d, calendar.Zone).ToInstantRange()));

            calendar.ExpandWorkingHours(dates).Should().Equal(oracle);
        }, iter: Iterations);
    }

    private static LocalDate OracleAddWorkingDays(WorkingCalendar calendar, LocalDate date, int n)
    {
        var current = date;
        for (var remaining = Math.Abs(n); remaining > 0;)
        {
            current = current.PlusDays(Math.Sign(n));
            if (calendar.IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }
}
