using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

/// <summary>Builds a random but valid timetable (no validation errors) from a seed, covering every part of the model.</summary>
internal static class RandomTimetables
{
    private static readonly string[] ZoneIds =
    [
        "Europe/Vienna", "Asia/Dubai", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham",
        "Asia/Kathmandu", "UTC", "Europe/London", "America/Sao_Paulo", "Africa/Casablanca",
    ];

    private static readonly LocalDate Earliest = new(2019, 1, 1);

    internal static TimetableDocument Create(int seed)
    {
        var random = new Random(seed);
        var zones = DateTimeZoneProviders.Tzdb;
        DateTimeZone Zone() => zones[ZoneIds[random.Next(ZoneIds.Length)]];
        LocalDate Date() => Earliest.PlusDays(random.Next(5 * 365));
        string Text(string prefix) => prefix + " " + random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture) + (random.Next(4) == 0 ? " Ü \"q\" \\ é" : string.Empty);
        IEnumerable<T> Some<T>(IReadOnlyList<T> items, int max) => items.OrderBy(_ => random.Next()).Take(random.Next(Math.Min(max, items.Count) + 1));
        ParticipationRole? RoleOrNull() => random.Next(3) == 0 ? (ParticipationRole)random.Next(3) : null;
        ImmutableArray<Participation> Overrides(List<PersonId> people) =>
            [.. people.Where(_ => random.Next(3) == 0).Select(p => new Participation(p, (ParticipationRole)random.Next(3)))];
        Instant? LastModified() => random.Next(3) == 0 ? null : Instant.FromUtc(2020, 1, 1, 0, 0) + Duration.FromSeconds(random.Next(0, 300_000_000)) + Duration.FromMilliseconds(random.Next(2) == 0 ? 0 : random.Next(1000));
        SourceReference? Source() => random.Next(3) == 0 ? null : new SourceReference(random.Next(4) == 0 ? string.Empty : Text("https://example.org/"), (Confidence)random.Next(4), random.Next(2) == 0 ? null : Text("note"));

        WorkingCalendar Calendar(string name, DateTimeZone zone)
        {
            var b = new WorkingCalendarBuilder(name, zone);
            if (random.Next(3) == 0)
            {
                b.WithLocalTimeResolution(LocalTimeResolution.Strict);
            }

            var ruleDates = new HashSet<LocalDate?>();
            for (var i = random.Next(3); i > 0; i--)
            {
                LocalDate? from = random.Next(2) == 0 ? null : Date();
                if (ruleDates.Add(from))
                {
                    b.AddWeekendRule(new WeekendRule(from, Some(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).ToList(), 3)));
                }
            }

            for (var i = random.Next(5); i > 0; i--)
            {
                b.AddNonWorkingDay(new NonWorkingDay(Date(), Text("holiday"), (NonWorkingDayKind)random.Next(2)));
            }

            for (var i = random.Next(3); i > 0; i--)
            {
                var first = Date();
                b.AddSoftPeriod(new SoftPeriod(Text("period"), new DateInterval(first, first.PlusDays(random.Next(40))), (SoftPeriodKind)random.Next(3), (SoftPeriodSeverity)random.Next(2), random.Next(4)));
            }

            var hoursDates = new HashSet<LocalDate?>();
            for (var i = random.Next(3); i > 0; i--)
            {
                LocalDate? from = random.Next(2) == 0 ? null : Date();
                if (!hoursDates.Add(from))
                {
                    continue;
                }

                var spans = new List<KeyValuePair<IsoDayOfWeek, WorkingHoursRange>>();
                foreach (var day in Some(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).ToList(), 7))
                {
                    var start = random.Next(6, 10);
                    spans.Add(KeyValuePair.Create(day, WorkingHoursRange.FromHours(start, 15 * random.Next(4), start + 3, 0)));
                    if (random.Next(2) == 0)
                    {
                        spans.Add(KeyValuePair.Create(day, WorkingHoursRange.FromHours(14, 0, random.Next(15, 24), 30)));
                    }
                }

                b.AddWorkingHours(new WorkingHours(from, spans));
            }

            for (var o = random.Next(0, 3); o > 0; o--)
            {
                var start = random.Next(6, 12);
                b.SetWorkingHoursOn(Date(), random.Next(4) == 0 ? [] : [WorkingHoursRange.FromHours(start, 0, start + 2, 30), WorkingHoursRange.FromHours(20, 0, 1, 0)]);
            }

            return b.Build();
        }

        ItemTiming Timing()
        {
            var zone = Zone();
            if (random.Next(2) == 0)
            {
                var first = Date();
                return ItemTiming.AllDay(first, first.PlusDays(random.Next(10)), zone);
            }

            var start = Date().AtStartOfDayInZone(zone).ToInstant() + Duration.FromNanoseconds(random.NextInt64(NodaConstants.NanosecondsPerDay));
            var length = random.Next(4) == 0 ? Duration.Zero : Duration.FromMinutes(random.Next(1, 6 * 24 * 60)) + Duration.FromNanoseconds(random.Next(1000));
            return ItemTiming.Timed(InstantRange.StartingAt(start, length), zone);
        }

        var countries = Enumerable.Range(0, random.Next(1, 6))
            .Select(i => new CountryCode(((char)('A' + i)).ToString() + "X" + ((char)('A' + random.Next(26))).ToString()))
            .DistinctBy(c => c.Value)
            .Select(code =>
            {
                var zone = Zone();
                return new Country { Code = code, Name = Text("Country"), Calendar = random.Next(3) == 0 ? new WorkingCalendarBuilder(code.Value, zone).Build() : Calendar(random.Next(2) == 0 ? code.Value : Text("cal"), zone) };
            })
            .ToList();
        var persons = Enumerable.Range(0, random.Next(0, 8)).Select(i =>
        {
            var zone = Zone();
            return new Person
            {
                Id = new PersonId("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Name = Text("Person"),
                Role = (PersonRole)random.Next(5),
                HomeZone = zone,
                Country = random.Next(3) == 0 ? null : countries[random.Next(countries.Count)].Code,
                Calendar = random.Next(3) == 0 ? Calendar(random.Next(2) == 0 ? "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) : Text("cal"), random.Next(4) == 0 ? Zone() : zone) : null,
                Unavailability = [.. Enumerable.Range(0, random.Next(3)).Select(_ => Timing())],
            };
        }).ToList();
        var mechanisms = Enumerable.Range(0, random.Next(1, 4)).Select(i =>
        {
            var zone = Zone();
            var id = i switch { 0 => "GRECO", 1 => "M1", _ => "OECD-WGB" };
            var fromCatalog = id != "M1" && random.Next(2) == 0;
            return new Mechanism
            {
                Id = new MechanismId(id),
                Name = fromCatalog && id == "GRECO" ? "Group of States against Corruption (Council of Europe)" : Text("Mechanism"),
                ShortName = Text("M"),
                SeatName = Text("Seat"),
                SeatZone = zone,
                SeatCalendar = random.Next(2) == 0 ? Calendar(random.Next(2) == 0 ? id : Text("seat"), random.Next(4) == 0 ? Zone() : zone) : null,
                SecretariatTeam = [.. Some(persons, 2).Select(p => p.Id)],
                MemberStates = [.. Some(countries, 3).Select(c => c.Code)],
                PlenaryPattern = random.Next(2) == 0 ? null : Text("pattern"),
            };
        }).ToList();
        var cycles = mechanisms.Select((m, i) => new ReviewCycle
        {
            Id = new CycleId("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Mechanism = m.Id,
            Name = Text("Cycle"),
            Dates = random.Next(2) == 0 ? null : new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2040, 12, 31)),
        }).ToList();

        TimetableResource Party(out DeadlineRoll roll)
        {
            var kind = random.Next(3);
            roll = (DeadlineRoll)random.Next(3);
            if (kind == 1 && persons.Count > 0)
            {
                var p = persons[random.Next(persons.Count)];
                roll = p.Calendar is null && p.Country is null ? DeadlineRoll.None : roll;
                return TimetableResource.ForPerson(p.Id);
            }

            if (kind == 2)
            {
                var m = mechanisms[random.Next(mechanisms.Count)];
                roll = m.SeatCalendar is null ? DeadlineRoll.None : roll;
                return TimetableResource.ForSeat(m.Id);
            }

            return TimetableResource.ForCountry(countries[random.Next(countries.Count)].Code);
        }

        var stageNumber = 0;
        var reviews = Enumerable.Range(0, random.Next(0, 4)).Select(i =>
        {
            var m = random.Next(mechanisms.Count);
            var state = countries[random.Next(countries.Count)].Code;
            var candidates = persons.Where(p => p.Country != state).ToList();
            var experts = Some(candidates, 3).Select(p => p.Id).ToList();
            var others = persons.Where(p => !experts.Contains(p.Id)).ToList();
            var stages = new List<Stage>();
            for (var s = random.Next(0, 5); s > 0; s--)
            {
                var party = Party(out var roll);
                var participants = Some(persons, 3).Select(p => p.Id).ToList();
                stages.Add(new Stage
                {
                    Id = new StageId("s" + (stageNumber++).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Kind = (StageKind)random.Next(14),
                    Name = Text("Stage"),
                    Timing = Timing(),
                    Deadline = random.Next(2) == 0 ? null : new StageDeadline(Date(), party, roll),
                    IsPinned = random.Next(2) == 0,
                    Participants = [.. participants],
                    ParticipantRole = RoleOrNull(),
                    ParticipantRoles = Overrides(participants),
                    Location = random.Next(4) switch
                    {
                        0 => null,
                        1 => StageLocation.InCountryUnderReview,
                        2 => StageLocation.Virtual,
                        _ => StageLocation.AtSeat(mechanisms[random.Next(mechanisms.Count)].Id),
                    },
                    Predecessors = [.. Some(stages, 2).Select(x => x.Id)],
                    Source = Source(),
                    Revision = random.Next(3),
                    LastModified = LastModified(),
                });
            }

            return new CountryReview
            {
                Id = new ReviewId("R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Mechanism = mechanisms[m].Id,
                Cycle = cycles[m].Id,
                StateUnderReview = state,
                ReviewingStates = [.. Some(countries.Where(c => c.Code != state).ToList(), 2).Select(c => c.Code)],
                GovernmentalExperts = [.. experts],
                FocalPoint = others.Count > 0 && random.Next(2) == 0 ? others[random.Next(others.Count)].Id : null,
                SecretariatTeam = [.. Some(persons, 2).Select(p => p.Id)],
                Note = random.Next(2) == 0 ? null : Text("Note"),
                Stages = [.. stages],
            };
        }).ToList();
        var meetings = Enumerable.Range(0, random.Next(0, 4)).Select(i =>
        {
            var mechanism = random.Next(3) == 0 ? (MechanismId?)null : mechanisms[random.Next(mechanisms.Count)].Id;
            var attendees = Some(persons, 3).Select(p => p.Id).ToList();
            return new Meeting
            {
                Id = new MeetingId("G" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Kind = (MeetingKind)random.Next(5),
                Mechanism = mechanism,
                Name = Text("Meeting"),
                Timing = Timing(),
                VenueName = Text("Venue"),
                VenueZone = Zone(),
                Seat = random.Next(2) == 0 ? null : mechanisms[random.Next(mechanisms.Count)].Id,
                Format = (MeetingFormat)random.Next(4),
                Delegations = [.. Some(countries, 3).Select(c => c.Code)],
                AllMemberStates = mechanism is not null && random.Next(2) == 0,
                Attendees = [.. attendees],
                ParticipantRole = RoleOrNull(),
                ParticipantRoles = Overrides(attendees),
                IsPinned = random.Next(3) != 0,
                Source = Source(),
                Revision = random.Next(3),
                LastModified = LastModified(),
            };
        }).ToList();
        var blackouts = Enumerable.Range(0, random.Next(0, 4)).Select(i =>
        {
            var first = Date();
            return new Blackout
            {
                Id = new BlackoutId("B" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Scope = Party(out _),
                Name = Text("Blackout"),
                Dates = ZonedDateRange.FromDates(first, first.PlusDays(random.Next(15)), Zone()),
                Kind = (BlackoutKind)random.Next(5),
                Severity = (BlackoutSeverity)random.Next(2),
                Source = Source(),
                LastModified = LastModified(),
            };
        }).ToList();
        var builder = new TimetableBuilder().WithNote(random.Next(2) == 0 ? null : Text("Timetable note"));
        mechanisms.ForEach(m => builder.AddMechanism(m));
        cycles.ForEach(c => builder.AddCycle(c));
        countries.ForEach(c => builder.AddCountry(c));
        persons.ForEach(p => builder.AddPerson(p));
        reviews.ForEach(r => builder.AddReview(r));
        meetings.ForEach(m => builder.AddMeeting(m));
        blackouts.ForEach(b => builder.AddBlackout(b));
        var feeds = Enumerable.Range(0, random.Next(3)).Select(i =>
            new IcsFeedReference("feeds/f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".ics", Party(out _), Zone(), random.Next(2) == 0 ? null : Zone()));
        return new TimetableDocument(builder.Build(), feeds);
    }
}
