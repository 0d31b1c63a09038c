using CsCheck;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Tests.Proposals;

/// <summary>Random participants in DST and odd-offset zones: every planned session lies in everyone's working hours and off their bookings, checked minute by minute in local time.</summary>
public sealed class VirtualSessionPropertyTests
{
    private static readonly string[] Zones = ["Europe/Vienna", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata"];

    [Fact]
    public void Plan_RandomParticipants_SessionsInsideLocalHoursAndOffBookings()
    {
        var gen = Gen.Select(Gen.Int[0, Zones.Length - 1], Gen.Int[5, 11], Gen.Int[4, 12], Gen.Int[0, 6 * 24], Gen.Int[1, 6])
            .Array[1, 3]
            .Select(Gen.Int[0, 365], (ps, day) => (ps, day));
        gen.Sample(
            t =>
            {
                var first = new LocalDate(2021, 1, 1).PlusDays(t.day);
                var participants = t.ps.Select((p, i) =>
                {
                    var zone = DateTimeZoneProviders.Tzdb[Zones[p.Item1]];
                    var calendar = new WorkingCalendarBuilder("P" + i, zone)
                        .AddWorkingHours(WorkingHours.Uniform(null, [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], WorkingHoursRange.FromHours(p.Item2, 0, p.Item2 + p.Item3, 0)))
                        .Build();
                    var booking = InstantRange.StartingAt(first.AtStartOfDayInZone(zone).ToInstant() + Duration.FromHours(p.Item4), Duration.FromHours(p.Item5));
                    return (new SessionParticipant("P" + i, calendar, InstantRangeSet.FromRanges(booking)), zone, p.Item2, p.Item2 + p.Item3, booking);
                }).ToArray();
                var planner = new VirtualSessionPlanner(new VirtualSessionOptions { HostZone = participants[0].zone, MaxLength = Duration.FromHours(3), MinLength = Duration.FromMinutes(30), Step = Duration.FromMinutes(30) });

                var plan = planner.Plan(first, 7, [.. participants.Select(p => p.Item1)]);

                (plan.Sessions.Length + plan.Unplaced.Length).Should().Be(7);
                foreach (var s in plan.Sessions)
                {
                    s.OutOfHours.Should().Be(Duration.Zero);
                    s.Range.Duration.Should().BeGreaterThanOrEqualTo(Duration.FromMinutes(30)).And.BeLessThanOrEqualTo(Duration.FromHours(3));
                    for (var at = s.Range.Start; at < s.Range.End; at += Duration.FromMinutes(1))
                    {
                        foreach (var (_, zone, from, to, booking) in participants)
                        {
                            var local = at.InZone(zone).LocalDateTime;
                            local.DayOfWeek.Should().NotBe(IsoDayOfWeek.Saturday).And.NotBe(IsoDayOfWeek.Sunday);
                            local.Hour.Should().BeInRange(from, to - 1);
                            booking.Contains(at).Should().BeFalse();
                        }
                    }
                }
            },
            iter: 1000);
    }
}
