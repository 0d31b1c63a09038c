using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Benchmarks;

/// <summary>A full conflict check of a synthetic world (190 countries x 7 mechanisms x 10 years, about 53,000 items and 3,000 people) against the raw sweep over the same items (the baseline).</summary>
/// <remarks>Target (issue 4): the full check costs at most 5x the raw sweep, and well under a second.</remarks>
[Config(typeof(ShortJobConfig))]
[MemoryDiagnoser]
public class ConflictDetectorBenchmarks
{
    private Timetable timetable = Timetable.Empty;
    private SweepItem<int>[] rawItems = [];
    private OverlapSweep sweep = null!;
    private ConflictDetector detector = null!;
    private ConflictDetector parallelDetector = null!;

    /// <summary>Builds the synthetic world and the raw sweep items.</summary>
    [GlobalSetup]
    public void Setup()
    {
        timetable = SyntheticWorld.Build();
        var scheduled = timetable.ScheduledItems();
        rawItems = scheduled
            .Select((s, i) => (Item: s, Index: i))
            .Where(p => p.Item.Resources.Length > 0)
            .Select(p => new SweepItem<int>(p.Index, p.Item.Range, p.Item.Resources.Select(r => new ResourceKey(r.Kind.ToString(), r.Value))))
            .ToArray();
        sweep = new OverlapSweep(new OverlapSweepOptions());
        detector = new ConflictDetector();
        parallelDetector = new ConflictDetector(new ConflictDetectorOptions { MaxDegreeOfParallelism = -1 });
    }

    /// <summary>The raw sweep over every stage and meeting with every resource it holds.</summary>
    /// <returns>The number of clashes.</returns>
    [Benchmark(Baseline = true)]
    public int RawSweep() => sweep.FindClashes(rawItems).Count;

    /// <summary>The raw sweep including reading every item's instants and resources from the timetable (<see cref="Timetable.ScheduledItems"/>), the part of a full check that any rule needs first.</summary>
    /// <returns>The number of clashes.</returns>
    [Benchmark]
    public int RawSweepFromTimetable()
    {
        var scheduled = timetable.ScheduledItems();
        var items = new List<SweepItem<int>>(scheduled.Length);
        for (var i = 0; i < scheduled.Length; i++)
        {
            if (scheduled[i].Resources.Length > 0)
            {
                items.Add(new SweepItem<int>(i, scheduled[i].Range, scheduled[i].Resources.Select(r => new ResourceKey(r.Kind.ToString(), r.Value))));
            }
        }

        return sweep.FindClashes(items).Count;
    }

    /// <summary>The full check with every rule, from the timetable (sentences and ids are built on access, so not here).</summary>
    /// <returns>The number of conflicts.</returns>
    [Benchmark]
    public int FullCheck() => detector.Detect(timetable).Length;

    /// <summary>The full check with the rules run in parallel (<see cref="ConflictDetectorOptions.MaxDegreeOfParallelism"/> = -1); same result.</summary>
    /// <returns>The number of conflicts.</returns>
    [Benchmark]
    public int FullCheckParallelRules() => parallelDetector.Detect(timetable).Length;

    /// <summary>The full check, then every conflict's sentence and id read once (what a report or an export does).</summary>
    /// <returns>The total length of the sentences.</returns>
    [Benchmark]
    public long FullCheckWithSentences()
    {
        long total = 0;
        foreach (var conflict in detector.Detect(timetable))
        {
            total += conflict.Description.Length + conflict.Id.Value.Length;
        }

        return total;
    }
}

/// <summary>The full check of the synthetic world of <see cref="ConflictDetectorBenchmarks"/> when the timetable was never checked before: a new copy of the world before each single-invocation iteration, so nothing the model memoizes (all-day instants) survives from an earlier check.</summary>
[Config(typeof(ShortJobConfig))]
[MemoryDiagnoser]
[InvocationCount(1)]
public class ConflictDetectorFreshTimetableBenchmarks
{
    private readonly ConflictDetector detector = new();
    private Timetable fresh = Timetable.Empty;

    /// <summary>Builds a new copy of the world (not measured).</summary>
    [IterationSetup]
    public void BuildFreshWorld() => fresh = SyntheticWorld.Build();

    /// <summary>The full check (serial rules) of a timetable never checked before.</summary>
    /// <returns>The number of conflicts.</returns>
    [Benchmark]
    public int FullCheckFreshTimetable() => detector.Detect(fresh).Length;
}

/// <summary>The seeded synthetic world of <see cref="ConflictDetectorBenchmarks"/>.</summary>
internal static class SyntheticWorld
{
    private static readonly string[] ZoneIds =
    [
        "Europe/Vienna", "Europe/Paris", "Europe/London", "America/New_York", "America/Sao_Paulo", "Asia/Dubai",
        "Asia/Jerusalem", "Asia/Kolkata", "Asia/Tokyo", "Africa/Nairobi", "Australia/Sydney", "America/Mexico_City",
    ];

    /// <summary>Builds the world: per mechanism, country and year one review (questionnaire with a deadline, visit with
    /// two experts and a secretariat officer, a timed preparatory call, a draft report after the visit), plus four
    /// five-day plenaries a year per mechanism with its member States and staff.</summary>
    /// <returns>The validated timetable.</returns>
    internal static Timetable Build()
    {
        var rng = new Random(20211);
        var tzdb = DateTimeZoneProviders.Tzdb;
        var builder = new TimetableBuilder();
        var countries = new CountryCode[190];
        var zones = new DateTimeZone[190];
        for (var c = 0; c < countries.Length; c++)
        {
            countries[c] = new CountryCode(new string([(char)('A' + (c / 26 / 26)), (char)('A' + (c / 26 % 26)), (char)('A' + (c % 26))]));
            zones[c] = tzdb[ZoneIds[c % ZoneIds.Length]];
            var calendar = new WorkingCalendarBuilder(countries[c].Value, zones[c]);
            if (c % 10 == 6)
            {
                calendar.AddWeekendRule(WeekendRule.FridaySaturday);
            }

            for (var year = 2020; year < 2030; year++)
            {
                calendar.AddPublicHoliday(new LocalDate(year, 1, 1), "New Year");
                calendar.AddPublicHoliday(new LocalDate(year, 5, 1), "Labour Day");
                calendar.AddPublicHoliday(new LocalDate(year, 3 + (c % 9), 10 + (c % 15)), "National Day");
                if (c % 10 == 6)
                {
                    var start = new LocalDate(year, 3, 1).PlusDays(-11 * (year - 2020));
                    calendar.AddSoftPeriod(SoftPeriod.Religious("Ramadan " + year.ToString(CultureInfo.InvariantCulture), new DateInterval(start, start.PlusDays(29)), 1, SoftPeriodSeverity.Warning));
                }
            }

            builder.AddCountry(new Country { Code = countries[c], Name = "Country " + countries[c].Value, Calendar = calendar.Build() });
        }

        var people = new PersonId[3000];
        for (var p = 0; p < people.Length; p++)
        {
            people[p] = new PersonId("P" + p.ToString("D4", CultureInfo.InvariantCulture));
            var staff = p >= 2930;
            builder.AddPerson(new Person
            {
                Id = people[p],
                Name = (staff ? "Officer " : "Expert ") + p.ToString(CultureInfo.InvariantCulture),
                Role = staff ? PersonRole.SecretariatStaff : PersonRole.GovernmentalExpert,
                HomeZone = zones[p % 190],
                Country = staff ? null : countries[p % 190],
            });
        }

        for (var m = 0; m < 7; m++)
        {
            var mechanism = new MechanismId("M" + m.ToString(CultureInfo.InvariantCulture));
            var seatZone = tzdb[ZoneIds[m]];
            var staff = Enumerable.Range(2930 + (m * 10), 10).Select(i => people[i]).ToArray();
            var members = countries.Where((_, c) => (c + m) % 3 == 0).ToArray();
            builder.AddMechanism(new Mechanism
            {
                Id = mechanism,
                Name = "Mechanism " + m.ToString(CultureInfo.InvariantCulture),
                ShortName = "M" + m.ToString(CultureInfo.InvariantCulture),
                SeatName = "Seat " + m.ToString(CultureInfo.InvariantCulture),
                SeatZone = seatZone,
                SecretariatTeam = [.. staff],
                MemberStates = [.. members],
            });
            var cycle = new CycleId("M" + m.ToString(CultureInfo.InvariantCulture) + "-cycle");
            builder.AddCycle(new ReviewCycle { Id = cycle, Mechanism = mechanism, Name = "Cycle" });
            for (var year = 2020; year < 2030; year++)
            {
                for (var q = 0; q < 4; q++)
                {
                    var monday = new LocalDate(year, 1 + (q * 3), 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)).PlusWeeks(rng.Next(0, 8));
                    builder.AddMeeting(new Meeting
                    {
                        Id = new MeetingId(string.Create(CultureInfo.InvariantCulture, $"M{m}-plenary-{year}-{q}")),
                        Kind = MeetingKind.Plenary,
                        Mechanism = mechanism,
                        Name = string.Create(CultureInfo.InvariantCulture, $"M{m} plenary {year}/{q + 1}"),
                        Timing = ItemTiming.AllDay(monday, monday.PlusDays(4), seatZone),
                        VenueName = "Seat " + m.ToString(CultureInfo.InvariantCulture),
                        VenueZone = seatZone,
                        Seat = mechanism,
                        Delegations = [.. members],
                        Attendees = [.. staff.Take(3)],
                    });
                }

                for (var c = 0; c < countries.Length; c++)
                {
                    var id = string.Create(CultureInfo.InvariantCulture, $"M{m}-{countries[c].Value}-{year}");
                    var zone = zones[c];
                    var visit = new LocalDate(year, 3, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)).PlusWeeks(rng.Next(0, 36));
                    var experts = new[] { people[rng.Next(2930)], people[rng.Next(2930)] }.Distinct().ToArray();
                    var officer = staff[rng.Next(staff.Length)];
                    var call = visit.PlusDays(-14).At(new LocalTime(9 + rng.Next(0, 8), 0)).InZoneLeniently(zone).ToInstant();
                    builder.AddReview(new CountryReview
                    {
                        Id = new ReviewId(id),
                        Mechanism = mechanism,
                        Cycle = cycle,
                        StateUnderReview = countries[c],
                        SecretariatTeam = [officer],
                        Stages =
                        [
                            new Stage
                            {
                                Id = new StageId(id + "-questionnaire"),
                                Kind = StageKind.SelfAssessmentChecklist,
                                Name = "Questionnaire",
                                Timing = ItemTiming.AllDay(visit.PlusWeeks(-10), visit.PlusWeeks(-3), zone),
                                Deadline = new StageDeadline(visit.PlusWeeks(-3), TimetableResource.ForCountry(countries[c]), DeadlineRoll.NextWorkingDay),
                            },
                            new Stage
                            {
                                Id = new StageId(id + "-call"),
                                Kind = StageKind.Teleconference,
                                Name = "Preparatory call",
                                Timing = ItemTiming.Timed(InstantRange.StartingAt(call, Duration.FromHours(2)), zone),
                                Participants = [.. experts, officer],
                            },
                            new Stage
                            {
                                Id = new StageId(id + "-visit"),
                                Kind = StageKind.CountryVisit,
                                Name = "On-site visit",
                                Timing = ItemTiming.AllDay(visit, visit.PlusDays(4), zone),
                                Location = StageLocation.InCountryUnderReview,
                                Participants = [.. experts, officer],
                                Predecessors = [new StageId(id + "-questionnaire")],
                            },
                            new Stage
                            {
                                Id = new StageId(id + "-draft"),
                                Kind = StageKind.DraftReport,
                                Name = "Draft report",
                                Timing = ItemTiming.AllDay(visit.PlusDays(7), visit.PlusWeeks(8), zone),
                                Predecessors = [new StageId(id + "-visit")],
                            },
                        ],
                    });
                }
            }
        }

        return builder.Build();
    }
}
