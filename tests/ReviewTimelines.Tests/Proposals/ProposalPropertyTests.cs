using CsCheck;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;
using static ReviewTimelines.Tests.Proposals.ProposalWorld;

namespace ReviewTimelines.Tests.Proposals;

/// <summary>Random small worlds: every proposed slot is checked against a brute-force oracle over the raw timetable.</summary>
public sealed class ProposalPropertyTests
{
    internal static readonly LocalDate Origin = new(2021, 1, 4);
    internal static readonly string[] People = ["p0", "p1", "p2", "p3"];
    internal static readonly MechanismId[] Mechanisms = [Greco, Wgb, Irm];
    internal static readonly string[] Countries = ["AUT", "DEU"];

    internal sealed record RandomVisit(int Mechanism, int Country, int Start, int Length, int PeopleMask, bool Pinned);

    internal static readonly Gen<RandomVisit> GenVisit =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1], Gen.Int[0, 80], Gen.Int[1, 5], Gen.Int[1, 15], Gen.Bool)
            .Select((m, c, s, l, p, pin) => new RandomVisit(m, c, s, l, p, pin));

    internal static Timetable BuildWorld(RandomVisit[] visits, (int Person, int Start, int Length)[] unavailable)
    {
        var world = new ProposalWorld()
            .Country("AUT", Austria)
            .Country("DEU", new WorkingCalendarBuilder("DEU", Tzdb["Europe/Berlin"]).AddPublicHoliday(new LocalDate(2021, 1, 6), "Epiphany").Build());
        for (var p = 0; p < People.Length; p++)
        {
            var person = p;
            world.Person(People[p], Vienna, [.. unavailable.Where(u => u.Person == person).Select(u => (ItemTiming)ItemTiming.AllDay(Origin.PlusDays(u.Start), Origin.PlusDays(u.Start + u.Length - 1), Vienna))]);
        }

        for (var i = 0; i < visits.Length; i++)
        {
            var v = visits[i];
            var people = People.Where((_, k) => (v.PeopleMask & (1 << k)) != 0).ToArray();
            world.Visit("V" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), Mechanisms[v.Mechanism], Countries[v.Country], Origin.PlusDays(v.Start), Origin.PlusDays(v.Start + v.Length - 1), people, v.Pinned);
        }

        return world.Build();
    }

    /// <summary>Brute force: the visit placed on <paramref name="dates"/> breaks no hard rule against the rest of the timetable as it stands.</summary>
    internal static IEnumerable<string> Violations(Timetable timetable, StageId visitId, DateInterval dates, int separation, IReadOnlySet<StageId> ignore)
    {
        var review = timetable.GetReviewOf(visitId);
        var calendar = timetable.GetCountry(review.StateUnderReview).Calendar;
        foreach (var d in dates)
        {
            if (!calendar.IsWorkingDay(d))
            {
                yield return "non-working day " + d;
            }
        }

        var start = dates.Start.AtStartOfDayInZone(calendar.Zone).ToInstant();
        var end = dates.End.PlusDays(1).AtStartOfDayInZone(calendar.Zone).ToInstant();
        var resources = timetable.ResourcesOf(visitId);
        foreach (var item in timetable.ScheduledItems())
        {
            if (item.Item == TimetableItemRef.For(visitId) || (item.Item.Kind == TimetableItemKind.Stage && ignore.Contains(new StageId(item.Item.Id))))
            {
                continue;
            }

            if (item.Range.Start < end && start < item.Range.End && item.Resources.Intersect(resources).Any())
            {
                yield return "overlaps " + item.Item;
            }

            if (item.Item.Kind == TimetableItemKind.Stage && timetable.GetStage(new StageId(item.Item.Id)).Kind == StageKind.CountryVisit)
            {
                var other = timetable.GetReviewOf(new StageId(item.Item.Id));
                if (other.StateUnderReview == review.StateUnderReview)
                {
                    var otherDates = item.Timing.LocalDates;
                    var gap = otherDates.End < dates.Start
                        ? CountBetween(calendar, otherDates.End, dates.Start)
                        : dates.End < otherDates.Start ? CountBetween(calendar, dates.End, otherDates.Start) : -1;
                    if (gap < separation)
                    {
                        yield return "separation from " + item.Item;
                    }
                }
            }
        }

        foreach (var person in timetable.Persons.Where(p => resources.Contains(TimetableResource.ForPerson(p.Id))))
        {
            foreach (var u in person.Unavailability)
            {
                var r = u.ToInstantRange();
                if (r.Start < end && start < r.End)
                {
                    yield return person.Id + " unavailable";
                }
            }
        }
    }

    private static int CountBetween(WorkingCalendar calendar, LocalDate earlierEnd, LocalDate laterStart)
    {
        var n = 0;
        for (var d = earlierEnd.PlusDays(1); d < laterStart; d = d.PlusDays(1))
        {
            n += calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return n;
    }

    [Fact]
    public void Propose_RandomWorlds_NoCandidateOverlapsBusyOrBreaksSeparation()
    {
        var gen = Gen.Select(GenVisit.Array[1, 10], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 80], Gen.Int[1, 10]).Array[0, 4], Gen.Int[0, 40], Gen.Int[5, 60], Gen.Int[1, 5]);
        var proposer = new VisitSlotProposer(new ProposalOptions { SeparationWorkingDays = 5 });
        gen.Sample(
            (visits, unavailable, windowStart, windowLength, days) =>
            {
                var timetable = BuildWorld(visits, unavailable);
                var window = new DateInterval(Origin.PlusDays(windowStart), Origin.PlusDays(windowStart + windowLength - 1));
                var proposal = proposer.Propose(timetable, new VisitSlotRequest { Visit = new StageId("V00"), Window = window, WorkingDays = days, MaxCandidates = 1000 });
                foreach (var c in proposal.Candidates)
                {
                    c.Dates.Dates.Length.Should().Be(days);
                    window.Contains(c.Dates.Start).Should().BeTrue();
                    window.Contains(c.Dates.End).Should().BeTrue();
                    Violations(timetable, new StageId("V00"), c.Dates.Dates, 5, new HashSet<StageId>()).Should().BeEmpty();
                }

                // Completeness: every run the oracle accepts is a candidate.
                var oracle = window.Where(d => d.PlusDays(days - 1) <= window.End)
                    .Select(d => new DateInterval(d, d.PlusDays(days - 1)))
                    .Count(r => !Violations(timetable, new StageId("V00"), r, 5, new HashSet<StageId>()).Any());
                proposal.Candidates.Length.Should().Be(oracle);
                proposal.Found.Should().Be(oracle > 0);
                if (oracle == 0)
                {
                    proposal.Blockers.Should().NotBeEmpty();
                }
            },
            iter: 1000);
    }
}
