using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Benchmarks;

/// <summary>
/// Proposals in a synthetic world: slot proposals for one visit with 5 participants over a one-year window among 600
/// other visits, and resolution of 200 visits crowded into two months.
/// </summary>
[Config(typeof(ShortJobConfig))]
[MemoryDiagnoser]
public class ProposalsBenchmarks
{
    private static readonly string[] Zones = ["Europe/Vienna", "Europe/Paris", "America/New_York", "Asia/Tokyo", "Africa/Casablanca", "Asia/Kathmandu", "America/Bogota", "Asia/Dubai"];

    private Timetable yearWorld = null!;
    private Timetable crowded = null!;
    private VisitSlotProposer proposer = null!;
    private TimetableResolver resolver = null!;
    private VisitSlotRequest request = null!;

    /// <summary>Builds the two synthetic timetables.</summary>
    [GlobalSetup]
    public void Setup()
    {
        yearWorld = World(countries: 40, persons: 60, visits: 600, firstDay: new LocalDate(2021, 1, 4), spreadDays: 360, seed: 11, targetParticipants: 5);
        crowded = World(countries: 20, persons: 40, visits: 200, firstDay: new LocalDate(2021, 3, 1), spreadDays: 60, seed: 13, targetParticipants: 3);
        proposer = new VisitSlotProposer(new ProposalOptions());
        resolver = new TimetableResolver(new ResolverOptions { ExactSearchMaxItems = 0 });
        request = new VisitSlotRequest
        {
            Visit = new StageId("V0000"),
            Window = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)),
            PreferredStart = new LocalDate(2021, 6, 14),
            MaxCandidates = 10,
        };
    }

    /// <summary>Ranked slots for one 4-working-day visit with 5 participants over a one-year window.</summary>
    /// <returns>The best candidate's score (or -1).</returns>
    [Benchmark(Baseline = true)]
    public int ProposeOneVisitOverYear()
    {
        var p = proposer.Propose(yearWorld, request);
        return p.Found ? p.Candidates[0].Score : -1;
    }

    /// <summary>Greedy resolution of 200 visits crowded into March and April 2021.</summary>
    /// <returns>The total displacement in days plus the unplaced count.</returns>
    [Benchmark]
    public int Resolve200CrowdedVisits()
    {
        var r = resolver.Resolve(crowded, MoveWindows.Around(45));
        return r.TotalDisplacementDays + r.Unplaced.Length;
    }

    private static Timetable World(int countries, int persons, int visits, LocalDate firstDay, int spreadDays, int seed, int targetParticipants)
    {
        var rng = new Random(seed);
        var tzdb = DateTimeZoneProviders.Tzdb;
        var mechanisms = new[] { "GRECO", "WGB", "IRM", "MESICIC" };
        var b = new TimetableBuilder();
        foreach (var m in mechanisms)
        {
            b.AddMechanism(new Mechanism { Id = new MechanismId(m), Name = m, ShortName = m, SeatName = m, SeatZone = tzdb["Europe/Paris"] })
                .AddCycle(new ReviewCycle { Id = new CycleId("C-" + m), Mechanism = new MechanismId(m), Name = m });
        }

        for (var c = 0; c < countries; c++)
        {
            var zone = tzdb[Zones[c % Zones.Length]];
            var calendar = new WorkingCalendarBuilder(Code(c), zone);
            for (var h = 0; h < 12; h++)
            {
                calendar.AddPublicHoliday(firstDay.PlusDays(rng.Next(0, 365)), "holiday " + h.ToString(CultureInfo.InvariantCulture));
            }

            b.AddCountry(new Country { Code = new CountryCode(Code(c)), Name = Code(c), Calendar = calendar.Build() });
        }

        for (var p = 0; p < persons; p++)
        {
            b.AddPerson(new Person { Id = new PersonId(Person(p)), Name = Person(p), Role = PersonRole.GovernmentalExpert, HomeZone = tzdb[Zones[p % Zones.Length]] });
        }

        for (var v = 0; v < visits; v++)
        {
            var country = rng.Next(0, countries);
            var start = firstDay.PlusDays(rng.Next(0, spreadDays));
            var people = Enumerable.Range(0, v == 0 ? targetParticipants : rng.Next(1, 4)).Select(_ => new PersonId(Person(rng.Next(0, persons)))).Distinct();
            var mechanism = mechanisms[rng.Next(0, mechanisms.Length)];
            var id = "V" + v.ToString("D4", CultureInfo.InvariantCulture);
            b.AddReview(new CountryReview
            {
                Id = new ReviewId("R" + id),
                Mechanism = new MechanismId(mechanism),
                Cycle = new CycleId("C-" + mechanism),
                StateUnderReview = new CountryCode(Code(country)),
                Stages =
                [
                    new Stage
                    {
                        Id = new StageId(id),
                        Kind = StageKind.CountryVisit,
                        Name = id,
                        Timing = ItemTiming.AllDay(start, start.PlusDays(3), tzdb[Zones[country % Zones.Length]]),
                        Location = StageLocation.InCountryUnderReview,
                        Participants = [.. people],
                    },
                ],
            });
        }

        return b.Build();
    }

    private static string Code(int c) => "C" + ((char)('A' + (c / 26))).ToString() + ((char)('A' + (c % 26))).ToString();

    private static string Person(int p) => "P" + p.ToString("D3", CultureInfo.InvariantCulture);
}
