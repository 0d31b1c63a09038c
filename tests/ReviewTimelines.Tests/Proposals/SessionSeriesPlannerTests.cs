using CsCheck;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Tests.Proposals;

/// <summary>Session series (issue 14, items 8–11): several sessions over weeks with caps, per-participant weekends and holidays, fair rotation of out-of-hours time, interpretation caps.</summary>
public sealed class SessionSeriesPlannerTests
{
    private static readonly IsoDayOfWeek[] SundayToThursday = [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday];
    private static readonly IsoDayOfWeek[] MondayToFriday = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static SessionParticipant Person(string name, string zone, IsoDayOfWeek[] days, WeekendRule weekend, params (LocalDate Date, string Name)[] holidays)
    {
        var builder = new WorkingCalendarBuilder(name, DateTimeZoneProviders.Tzdb[zone])
            .AddWeekendRule(weekend)
            .AddWorkingHours(WorkingHours.Uniform(null, days, WorkingHoursRange.FromHours(9, 0, 17, 0)));
        foreach (var (date, holiday) in holidays)
        {
            builder.AddPublicHoliday(date, holiday);
        }

        return new SessionParticipant(name, builder.Build());
    }

    private static SessionSeriesPlanner Planner(string hostZone, LocalDate first, int count, int perDay, int perWeek) => new(new SessionSeriesOptions
    {
        HostZone = DateTimeZoneProviders.Tzdb[hostZone],
        FirstDay = first,
        Weeks = 2,
        Count = count,
        Length = Duration.FromMinutes(90),
        MaxPerDay = perDay,
        MaxPerWeek = perWeek,
    });

    [Fact]
    public void Plan_ViennaBogotaTokyoTwoWeeks_SessionsWithStatedAndRotatedBurden()
    {
        // Bogotá (UTC-5) and Tokyo (UTC+9) are 14 hours apart: with 09:00-17:00 each, no window lies inside everyone's hours.
        var vienna = Person("Vienna", "Europe/Vienna", MondayToFriday, WeekendRule.SaturdaySunday);
        var bogota = Person("Bogota", "America/Bogota", MondayToFriday, WeekendRule.SaturdaySunday);
        var tokyo = Person("Tokyo", "Asia/Tokyo", MondayToFriday, WeekendRule.SaturdaySunday);

        var plan = Planner("Europe/Vienna", new LocalDate(2021, 11, 8), 6, 1, 3).Plan([vienna, bogota, tokyo]);

        plan.Sessions.Should().HaveCount(6);
        plan.Sessions.Should().OnlyContain(s => s.OutOfHours > Duration.Zero);

        // Every window within 5 h of all three working days leaves Tokyo out of hours for the whole 90 minutes (warned);
        // the rest rotates: Vienna (evening sessions) and Bogotá (early-morning sessions) take turns.
        plan.BurdenOf("Tokyo").OutOfHours.Should().Be(Duration.FromMinutes(540));
        plan.BurdenOf("Vienna").OutOfHours.Should().Be(Duration.FromMinutes(270));
        plan.BurdenOf("Bogota").OutOfHours.Should().Be(Duration.FromMinutes(270));
        plan.Warnings.Should().ContainSingle(w => w.StartsWith("No possible window lies inside the working hours of Tokyo", StringComparison.Ordinal));

        // The stated bound: those who have some window inside their hours differ by at most one session length.
        Math.Abs((plan.BurdenOf("Vienna").OutOfHours - plan.BurdenOf("Bogota").OutOfHours).TotalMinutes).Should().BeLessThanOrEqualTo(90);

        // Each session states who is out of hours by how much, in local time.
        var first = plan.Sessions[0];
        first.For("Vienna").Start.LocalDateTime.Should().Be(new LocalDateTime(2021, 11, 8, 10, 0));
        first.For("Bogota").Start.LocalDateTime.Should().Be(new LocalDateTime(2021, 11, 8, 4, 0));
        first.For("Bogota").OutOfHours.Should().Be(Duration.FromMinutes(90));
        first.For("Tokyo").Start.LocalDateTime.Should().Be(new LocalDateTime(2021, 11, 8, 18, 0));
        first.For("Vienna").OutOfHours.Should().Be(Duration.Zero);
        plan.Sessions.Select(s => s.Week).Should().Equal(1, 1, 1, 2, 2, 2);
    }

    [Fact]
    public void Plan_ViennaNairobiCairo_NoSessionOnCairoFridayNorOnMashujaaDay()
    {
        // Egypt's weekend is Friday-Saturday; Kenya's Mashujaa Day is 20 October (Wednesday in 2021).
        var vienna = Person("Vienna", "Europe/Vienna", MondayToFriday, WeekendRule.SaturdaySunday);
        var nairobi = Person("Nairobi", "Africa/Nairobi", MondayToFriday, WeekendRule.SaturdaySunday, (new LocalDate(2021, 10, 20), "Mashujaa Day"));
        var cairo = Person("Cairo", "Africa/Cairo", SundayToThursday, WeekendRule.FridaySaturday);

        var plan = Planner("Europe/Vienna", new LocalDate(2021, 10, 11), 8, 1, 4).Plan([vienna, nairobi, cairo]);

        // Common working days: Monday-Thursday, less Wednesday 20 October: 4 in week 1, 3 in week 2, one session a day.
        plan.Sessions.Select(s => s.For("Cairo").Start.Date).Should().Equal(
            new LocalDate(2021, 10, 11), new LocalDate(2021, 10, 12), new LocalDate(2021, 10, 13), new LocalDate(2021, 10, 14),
            new LocalDate(2021, 10, 18), new LocalDate(2021, 10, 19), new LocalDate(2021, 10, 21));
        plan.Sessions.Should().OnlyContain(s => s.For("Cairo").Start.DayOfWeek != IsoDayOfWeek.Friday);
        plan.Sessions.Should().OnlyContain(s => s.For("Nairobi").Start.Date != new LocalDate(2021, 10, 20));
        plan.Sessions.Should().OnlyContain(s => s.OutOfHours == Duration.Zero);
        plan.Warnings.Should().ContainSingle(w => w.StartsWith("Only 7 of 8 sessions could be placed", StringComparison.Ordinal));

        // Two a day: the eighth session fits on Monday 18 October after a break.
        var two = Planner("Europe/Vienna", new LocalDate(2021, 10, 11), 8, 2, 4).Plan([vienna, nairobi, cairo]);
        two.Sessions.Should().HaveCount(8);
        two.Sessions.Should().OnlyContain(s => s.For("Cairo").Start.DayOfWeek != IsoDayOfWeek.Friday && s.For("Nairobi").Start.Date != new LocalDate(2021, 10, 20));
        two.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Plan_NoSharedLanguage_NamesPairsAndKeepsInterpretationDailyCap()
    {
        var vienna = Person("Vienna", "Europe/Vienna", MondayToFriday, WeekendRule.SaturdaySunday).WithLanguages(["en", "de"]);
        var bogota = Person("Bogota", "America/Bogota", MondayToFriday, WeekendRule.SaturdaySunday).WithLanguages(["es"]);
        var cairo = Person("Cairo", "Africa/Cairo", SundayToThursday, WeekendRule.FridaySaturday).WithLanguages(["ar", "en"]);
        var options = new SessionSeriesOptions
        {
            HostZone = DateTimeZoneProviders.Tzdb["Europe/Vienna"],
            FirstDay = new LocalDate(2021, 11, 8),
            Weeks = 1,
            Count = 6,
            Length = Duration.FromMinutes(90),
            MaxPerDay = 4,
            MaxPerWeek = 6,
            InterpretationDailyCap = Duration.FromMinutes(180),
        };

        var plan = new SessionSeriesPlanner(options).Plan([vienna, bogota, cairo]);

        plan.LanguagePairs.Should().Equal(new LanguagePair("en", "es"));
        plan.Sessions.Should().OnlyContain(s => s.Interpreted);
        plan.Sessions.GroupBy(s => s.Date).Should().OnlyContain(g => g.Count() <= 2);

        options.Length = Duration.FromMinutes(200);
        var act = () => new SessionSeriesPlanner(options).Plan([vienna, bogota, cairo]);
        act.Should().Throw<ArgumentException>().WithMessage("*InterpretationSessionCap*");

        SessionSeriesPlanner.LanguagePairsFor([vienna, cairo]).Should().BeEmpty();
    }

    [Fact]
    public void Plan_RandomParticipants_WorkingDaysCapsBreaksAndStatedBurdenHold()
    {
        string[] zones = ["Europe/Vienna", "America/Bogota", "Asia/Tokyo", "Africa/Cairo", "Africa/Nairobi", "America/New_York", "Asia/Kathmandu"];
        var gen = Gen.Select(Gen.Int[0, zones.Length - 1], Gen.Int[6, 10], Gen.Int[6, 10], Gen.Bool, Gen.Int[0, 13], Gen.Int[0, 14 * 24])
            .Array[1, 3]
            .Select(Gen.Int[1, 10], Gen.Int[1, 3], Gen.Int[1, 5], Gen.Int[0, 6], Gen.Int[0, 60])
            .Select(Gen.Int[0, 200], (t, day) => (t, day));
        var placed = 0;
        gen.Sample(
            x =>
            {
                var (ps, count, perDay, perWeek, reachHours, breakMinutes) = x.t;
                var first = new LocalDate(2021, 1, 4).PlusDays(x.day);
                var people = ps.Select((p, i) =>
                {
                    var zone = DateTimeZoneProviders.Tzdb[zones[p.Item1]];
                    var friSat = p.Item4;
                    var builder = new WorkingCalendarBuilder("P" + i, zone)
                        .AddWeekendRule(friSat ? WeekendRule.FridaySaturday : WeekendRule.SaturdaySunday)
                        .AddWorkingHours(WorkingHours.Uniform(null, friSat ? SundayToThursday : MondayToFriday, WorkingHoursRange.FromHours(p.Item2, 0, p.Item2 + p.Item3, 0)))
                        .AddPublicHoliday(first.PlusDays(p.Item5), "Holiday");
                    var busy = InstantRange.StartingAt(first.AtStartOfDayInZone(zone).ToInstant() + Duration.FromHours(p.Item6), Duration.FromHours(3));
                    return (Participant: new SessionParticipant("P" + i, builder.Build(), InstantRangeSet.FromRanges(busy)), Zone: zone, From: p.Item2, To: p.Item2 + p.Item3, Busy: busy);
                }).ToArray();
                var options = new SessionSeriesOptions
                {
                    HostZone = people[0].Zone,
                    FirstDay = first,
                    Weeks = 2,
                    Count = count,
                    Length = Duration.FromMinutes(90),
                    MaxPerDay = perDay,
                    MaxPerWeek = perWeek,
                    MinBreak = Duration.FromMinutes(breakMinutes),
                    MaxReach = Duration.FromHours(reachHours),
                };

                var plan = new SessionSeriesPlanner(options).Plan([.. people.Select(p => p.Participant)]);

                plan.Sessions.Length.Should().BeLessThanOrEqualTo(count);
                if (plan.Sessions.Length < count)
                {
                    plan.Warnings.Should().Contain(w => w.StartsWith("Only ", StringComparison.Ordinal));
                }

                plan.Sessions.GroupBy(s => s.Date).All(g => g.Count() <= perDay).Should().BeTrue();
                plan.Sessions.GroupBy(s => s.Week).All(g => g.Count() <= perWeek).Should().BeTrue();
                Interlocked.Add(ref placed, plan.Sessions.Length);
                for (var a = 1; a < plan.Sessions.Length; a++)
                {
                    (plan.Sessions[a].Range.Start - plan.Sessions[a - 1].Range.End).Should().BeGreaterThanOrEqualTo(options.MinBreak);
                }

                foreach (var s in plan.Sessions)
                {
                    s.Date.Should().Be(s.Range.Start.InZone(people[0].Zone).Date);
                    foreach (var p in people)
                    {
                        // Brute-force oracle, minute by minute in local time.
                        var outside = 0;
                        for (var at = s.Range.Start; at < s.Range.End; at += Duration.FromMinutes(1))
                        {
                            var local = at.InZone(p.Zone).LocalDateTime;
                            p.Participant.Calendar.IsWorkingDay(local.Date).Should().BeTrue();
                            p.Busy.Contains(at).Should().BeFalse();
                            if (local.Hour < p.From || local.Hour >= p.To)
                            {
                                outside++;
                                // Distance to the nearest working hours: the same day's, or the previous evening's / next morning's
                                // when that day is a working day (a session just after midnight is reached from the evening before).
                                var minute = local.Hour * 60 + local.Minute;
                                var distance = local.Hour < p.From ? p.From * 60 - minute : minute - p.To * 60 + 1;
                                if (local.Hour < p.From && p.Participant.Calendar.IsWorkingDay(local.Date.PlusDays(-1)))
                                {
                                    distance = Math.Min(distance, minute + (24 * 60) - (p.To * 60) + 1);
                                }

                                if (local.Hour >= p.To && p.Participant.Calendar.IsWorkingDay(local.Date.PlusDays(1)))
                                {
                                    distance = Math.Min(distance, (p.From * 60) + (24 * 60) - minute);
                                }

                                distance.Should().BeLessThanOrEqualTo(reachHours * 60);
                            }
                        }

                        s.For(p.Participant.Name).OutOfHours.Should().Be(Duration.FromMinutes(outside));
                    }
                }

                foreach (var b in plan.Burdens)
                {
                    b.OutOfHours.Should().Be(plan.Sessions.Aggregate(Duration.Zero, (sum, s) => sum + s.For(b.Participant).OutOfHours));
                }
            },
            iter: 150);
        placed.Should().BeGreaterThan(100, "the random cases must place sessions for the checks to mean anything");
    }
}
