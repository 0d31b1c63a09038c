using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;

namespace ReviewTimelines.ReferenceData;

/// <summary>The illustrative 2021 sample of the reference timetable (see <see cref="ReferenceTimetable"/>).</summary>
/// <remarks>
/// <para>The situations planted on purpose (all dates 2021, all-day in the country's zone unless said otherwise):</para>
/// <list type="number">
/// <item><description>Country visit overlap, country:AUT — GRECO 5th-round on-site visit 27 Sep–1 Oct and OECD WGB Phase 4 on-site
/// visit 29 Sep–1 Oct (Europe/Vienna).</description></item>
/// <item><description>Person double-booked, person:ESP-EXPERT-1 — the Spanish expert examines Austria for GRECO (27 Sep–1 Oct, Vienna)
/// and reviews the UAE for the UNCAC IRM (27–29 Sep, Asia/Dubai).</description></item>
/// <item><description>Visit during plenary — the UNCAC IRM visit to Colombia 15–16 Jun (America/Bogota) falls in the 12th IRG session
/// 14–18 Jun (Vienna), which the Peruvian reviewing expert attends (person:PER-EXPERT-1) and Colombia's delegation attends as a
/// State party (country:COL).</description></item>
/// <item><description>Visit during a soft period — the Arab ACAC visit to the UAE 4–6 May (Tue–Thu) falls in Ramadan 13 Apr–12 May
/// (±1 day, a warning-level soft period of the UAE calendar).</description></item>
/// <item><description>Deadline on a non-working day — the UAE's UNCAC self-assessment checklist is due Friday 2 Jul, a weekend day in
/// the UAE in 2021 (Friday–Saturday weekend until 31 Dec 2021), with no roll.</description></item>
/// <item><description>Joint-visit opportunity, country:COL — MESICIC visit 19–21 May and UNCAC IRM visit 15–16 Jun, 27 days apart from start to start
/// (16 Colombian working days between them in the sample calendar, more than the 10-working-day buffer of REVIEW-MECHANISMS.md §8.6), sharing the Mexican
/// expert.</description></item>
/// </list>
/// <para>T0s are chosen so that no other deadline of the sample falls on a weekend, holiday or soft period of its party, and no other
/// visit overlaps a meeting its country or people attend; tests check this.</para>
/// </remarks>
internal sealed class SampleTimetableData(ReferenceZones zones, ReferenceCatalog catalog)
{
    internal const string Tag = " (illustrative)";

    private static readonly MechanismId Uncac = ReferenceMechanisms.UncacIrm;
    private static readonly MechanismId Greco = ReferenceMechanisms.Greco;
    private static readonly MechanismId Wgb = ReferenceMechanisms.OecdWgb;
    private static readonly MechanismId Mesicic = ReferenceMechanisms.OasMesicic;
    private static readonly MechanismId Acac = ReferenceMechanisms.ArabAcac;

    private static readonly CountryCode Aut = new("AUT");
    private static readonly CountryCode Col = new("COL");
    private static readonly CountryCode Are = new("ARE");

    private readonly List<KeyValuePair<StageId, SourceReference>> stageSources = [];
    private readonly List<string> warnings = [];
    private readonly Dictionary<CountryCode, Country> countries = [];
    private readonly Dictionary<MechanismId, WorkingCalendar> seatCalendars = [];

    internal static ReviewId GrecoAut { get; } = new("SAMPLE-GRECO5-AUT");

    internal static ReviewId WgbAut { get; } = new("SAMPLE-WGB4-AUT");

    internal static ReviewId UncacAre { get; } = new("SAMPLE-IRM2-ARE");

    internal static ReviewId AcacAre { get; } = new("SAMPLE-ACAC-ARE");

    internal static ReviewId UncacCol { get; } = new("SAMPLE-IRM2-COL");

    internal static ReviewId MesicicCol { get; } = new("SAMPLE-MESICIC-COL");

    internal ReferenceTimetable Build()
    {
        var builder = new TimetableBuilder().WithNote(
            "Reference timetable: the published 2020-2022 meetings of the reference catalog (real, each with its source) and illustrative 2021 sample reviews. "
            + ReferenceTimetable.Notice);
        AddCountries(builder);
        var members = Memberships();
        foreach (var profile in catalog.Mechanisms)
        {
            var seat = SeatCalendar(profile);
            seatCalendars[profile.Id] = seat;
            builder.AddMechanism(ReferenceMapping.ToMechanism(profile, seat) with
            {
                SecretariatTeam = [.. Persons().Where(p => p.Role == PersonRole.SecretariatStaff && StaffOf(p.Id) == profile.Id).Select(p => p.Id)],
                MemberStates = members.TryGetValue(profile.Id, out var m) ? m : [],
            });
        }

        foreach (var person in Persons())
        {
            builder.AddPerson(person);
        }

        AddCycles(builder);

        var mapped = ReferenceMapping.ToMeetings(catalog, ReferenceTimetable.FirstMonth, ReferenceTimetable.LastMonth);
        foreach (var meeting in mapped.Meetings)
        {
            // Illustrative attendance: the Peruvian expert is Peru's delegate at the 12th IRG session (planted situation 3).
            builder.AddMeeting(meeting.Id.Value == "IRG-12" ? meeting with { Attendees = [Person("PER-EXPERT-1")] } : meeting);
        }

        var reviews = new[]
        {
            GrecoAustria(),
            WgbAustria(),
            UncacUae(),
            AcacUae(),
            UncacColombia(),
            MesicicColombia(),
        };
        foreach (var review in reviews)
        {
            builder.AddReview(review);
        }

        foreach (var blackout in Blackouts())
        {
            builder.AddBlackout(blackout);
        }

        return ReferenceTimetable.From(catalog, builder.Build(), mapped.Skipped, stageSources, [.. warnings], Planted());
    }

    private static PersonId Person(string id) => new(id);

    private static StageId StageOf(ReviewId review, string key) => new(review.Value + "/" + key);

    private static MechanismId? StaffOf(PersonId id) => id.Value switch
    {
        "UNODC-STAFF-1" or "UNODC-STAFF-2" => Uncac,
        "COE-STAFF-1" => Greco,
        "OECD-STAFF-1" => Wgb,
        "OAS-STAFF-1" => Mesicic,
        "LAS-STAFF-1" => Acac,
        _ => null,
    };

    private static ImmutableArray<PlantedSituation> Planted()
    {
        static TimetableItemRef S(ReviewId review, string key) => TimetableItemRef.For(StageOf(review, key));
        return
        [
            new(
                PlantedSituationKind.CountryVisitOverlap,
                TimetableResource.ForCountry(Aut),
                [S(GrecoAut, "G3"), S(WgbAut, "W4")],
                "GRECO (27 Sep-1 Oct 2021) and the OECD WGB (29 Sep-1 Oct 2021) both visit Austria in the same week."),
            new(
                PlantedSituationKind.PersonDoubleBooked,
                TimetableResource.ForPerson(Person("ESP-EXPERT-1")),
                [S(GrecoAut, "G3"), S(UncacAre, "U8")],
                "The Spanish expert is on the GRECO visit to Austria (27 Sep-1 Oct 2021) and the UNCAC visit to the UAE (27-29 Sep 2021)."),
            new(
                PlantedSituationKind.VisitDuringPlenary,
                TimetableResource.ForPerson(Person("PER-EXPERT-1")),
                [S(UncacCol, "U8"), TimetableItemRef.For(new MeetingId("IRG-12"))],
                "The UNCAC visit to Colombia (15-16 Jun 2021) falls in the 12th IRG session (14-18 Jun 2021, Vienna), which the Peruvian reviewing expert and Colombia's delegation attend."),
            new(
                PlantedSituationKind.VisitDuringSoftPeriod,
                TimetableResource.ForCountry(Are),
                [S(AcacAre, "U8")],
                "The Arab ACAC visit to the UAE (4-6 May 2021) falls in Ramadan (13 Apr-12 May 2021, +/-1 day)."),
            new(
                PlantedSituationKind.DeadlineOnNonWorkingDay,
                TimetableResource.ForCountry(Are),
                [S(UncacAre, "U4")],
                "The UAE's UNCAC self-assessment checklist is due Friday 2 Jul 2021, a weekend day in the UAE in 2021."),
            new(
                PlantedSituationKind.JointVisitOpportunity,
                TimetableResource.ForCountry(Col),
                [S(MesicicCol, "M3"), S(UncacCol, "U8")],
                "MESICIC (19-21 May 2021) and the UNCAC IRM (15-16 Jun 2021) visit Colombia less than four weeks apart with a shared expert: one joint visit could serve both."),
        ];
    }

    private static Dictionary<MechanismId, ImmutableArray<CountryCode>> Memberships()
    {
        static ImmutableArray<CountryCode> C(params string[] codes) => [.. codes.Select(c => new CountryCode(c))];
        return new Dictionary<MechanismId, ImmutableArray<CountryCode>>
        {
            [Uncac] = C("ARE", "ARG", "AUT", "CHE", "COL", "DEU", "EGY", "ESP", "JOR", "MEX", "PER", "SVN"),
            [Greco] = C("AUT", "CHE", "DEU", "ESP", "SVN"),
            [Wgb] = C("ARG", "AUT", "CHE", "COL", "DEU", "ESP", "MEX", "PER", "SVN"),
            [Mesicic] = C("ARG", "COL", "MEX", "PER"),
            [ReferenceMechanisms.Fatf] = C("ARG", "AUT", "CHE", "DEU", "ESP", "MEX"),
            [Acac] = C("ARE", "EGY", "JOR"),
        };
    }

    private static WorkingCalendar SeatCalendar(MechanismProfile profile)
    {
        var builder = new WorkingCalendarBuilder("seat:" + profile.Id.Value + " (weekends only; closure days not modelled, REVIEW-MECHANISMS.md §6.3 [E])", profile.SeatZone);
        if (profile.SeatZone.Id == "Africa/Cairo")
        {
            builder.AddWeekendRule(WeekendRule.FridaySaturday);
        }

        return builder.Build();
    }

    private void AddCountries(TimetableBuilder builder)
    {
        // Public holidays 2021: only fixed or Easter-based dates that are certain; marked illustrative because the sample calendars are not complete.
        var austria = new WorkingCalendarBuilder("AUT (illustrative sample calendar, holidays 2021)", zones["Europe/Vienna"]);
        foreach (var (date, name) in new[]
        {
            (new LocalDate(2021, 1, 1), "New Year's Day"),
            (new LocalDate(2021, 1, 6), "Epiphany"),
            (new LocalDate(2021, 4, 5), "Easter Monday"),
            (new LocalDate(2021, 5, 1), "Labour Day"),
            (new LocalDate(2021, 5, 13), "Ascension Day"),
            (new LocalDate(2021, 5, 24), "Whit Monday"),
            (new LocalDate(2021, 6, 3), "Corpus Christi"),
            (new LocalDate(2021, 8, 15), "Assumption Day"),
            (new LocalDate(2021, 10, 26), "National Day"),
            (new LocalDate(2021, 11, 1), "All Saints' Day"),
            (new LocalDate(2021, 12, 8), "Immaculate Conception"),
            (new LocalDate(2021, 12, 25), "Christmas Day"),
            (new LocalDate(2021, 12, 26), "St Stephen's Day"),
        })
        {
            austria.AddPublicHoliday(date, name + Tag);
        }

        var colombia = new WorkingCalendarBuilder("COL (illustrative sample calendar, fixed-date holidays 2021 only)", zones["America/Bogota"]);
        foreach (var (date, name) in new[]
        {
            (new LocalDate(2021, 1, 1), "New Year's Day"),
            (new LocalDate(2021, 4, 1), "Maundy Thursday"),
            (new LocalDate(2021, 4, 2), "Good Friday"),
            (new LocalDate(2021, 5, 1), "Labour Day"),
            (new LocalDate(2021, 7, 20), "Independence Day"),
            (new LocalDate(2021, 8, 7), "Battle of Boyaca"),
            (new LocalDate(2021, 12, 8), "Immaculate Conception"),
            (new LocalDate(2021, 12, 25), "Christmas Day"),
        })
        {
            colombia.AddPublicHoliday(date, name + Tag);
        }

        // UAE weekends per REVIEW-MECHANISMS.md §6.1 [S]: Thu-Fri, Fri-Sat from 1 Sep 2006, Sat-Sun from 1 Jan 2022 (Friday half-day not modelled).
        // Ramadan 2021 per §6.2 [S]: fasting 13 Apr-12 May, +/-1 day by moon sighting; a warning-level soft period.
        var uae = new WorkingCalendarBuilder("ARE (illustrative sample calendar, holidays 2021)", zones["Asia/Dubai"])
            .AddWeekendRule(new WeekendRule(null, [IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday]))
            .AddWeekendRule(WeekendRule.FridaySaturday.From(new LocalDate(2006, 9, 1)))
            .AddWeekendRule(WeekendRule.SaturdaySunday.From(new LocalDate(2022, 1, 1)))
            .AddPublicHoliday(new LocalDate(2021, 1, 1), "New Year's Day" + Tag)
            .AddPublicHoliday(new LocalDate(2021, 12, 2), "National Day" + Tag)
            .AddSoftPeriod(SoftPeriod.Religious("Ramadan 2021", new DateInterval(new LocalDate(2021, 4, 13), new LocalDate(2021, 5, 12)), 1, SoftPeriodSeverity.Warning));

        Add(builder, Aut, "Austria", austria.Build());
        Add(builder, Col, "Colombia", colombia.Build());
        Add(builder, Are, "United Arab Emirates", uae.Build());
        foreach (var (code, name, zone) in new[]
        {
            ("ARG", "Argentina", "America/Argentina/Buenos_Aires"),
            ("CHE", "Switzerland", "Europe/Zurich"),
            ("DEU", "Germany", "Europe/Berlin"),
            ("ESP", "Spain", "Europe/Madrid"),
            ("MEX", "Mexico", "America/Mexico_City"),
            ("PER", "Peru", "America/Lima"),
            ("SVN", "Slovenia", "Europe/Ljubljana"),
        })
        {
            Add(builder, new CountryCode(code), name, new WorkingCalendarBuilder(code + " (illustrative sample calendar, weekends only)", zones[zone]).Build());
        }

        foreach (var (code, name, zone) in new[] { ("EGY", "Egypt", "Africa/Cairo"), ("JOR", "Jordan", "Asia/Amman") })
        {
            Add(builder, new CountryCode(code), name, new WorkingCalendarBuilder(code + " (illustrative sample calendar, weekends only)", zones[zone]).AddWeekendRule(WeekendRule.FridaySaturday).Build());
        }
    }

    private void Add(TimetableBuilder builder, CountryCode code, string name, WorkingCalendar calendar)
    {
        var country = new Country { Code = code, Name = name, Calendar = calendar };
        countries[code] = country;
        builder.AddCountry(country);
    }

    private IEnumerable<Person> Persons()
    {
        Person P(string id, string name, PersonRole role, string zone, string? country) => new()
        {
            Id = Person(id),
            Name = name + Tag,
            Role = role,
            HomeZone = zones[zone],
            Country = country is null ? null : new CountryCode(country),
        };

        return
        [
            P("ARE-FOCAL-1", "UAE focal point (UNCAC and ACAC)", PersonRole.FocalPoint, "Asia/Dubai", "ARE"),
            P("ARG-EXPERT-1", "Argentine governmental expert", PersonRole.GovernmentalExpert, "America/Argentina/Buenos_Aires", "ARG"),
            P("AUT-FOCAL-1", "Austrian focal point (GRECO)", PersonRole.FocalPoint, "Europe/Vienna", "AUT"),
            P("AUT-FOCAL-2", "Austrian focal point (OECD WGB)", PersonRole.FocalPoint, "Europe/Vienna", "AUT"),
            P("CHE-EXPERT-1", "Swiss lead examiner", PersonRole.LeadExaminer, "Europe/Zurich", "CHE"),
            P("COE-STAFF-1", "GRECO secretariat officer", PersonRole.SecretariatStaff, "Europe/Paris", null),
            P("COL-FOCAL-1", "Colombian focal point (UNCAC and MESICIC)", PersonRole.FocalPoint, "America/Bogota", "COL"),
            P("DEU-EXPERT-1", "German lead examiner", PersonRole.LeadExaminer, "Europe/Berlin", "DEU"),
            P("EGY-EXPERT-1", "Egyptian governmental expert", PersonRole.GovernmentalExpert, "Africa/Cairo", "EGY"),
            P("ESP-EXPERT-1", "Spanish governmental expert (GRECO and UNCAC)", PersonRole.GovernmentalExpert, "Europe/Madrid", "ESP"),
            P("JOR-EXPERT-1", "Jordanian governmental expert (UNCAC and ACAC)", PersonRole.GovernmentalExpert, "Asia/Amman", "JOR"),
            P("LAS-STAFF-1", "League of Arab States secretariat officer", PersonRole.SecretariatStaff, "Africa/Cairo", null),
            P("MEX-EXPERT-1", "Mexican governmental expert (UNCAC and MESICIC)", PersonRole.GovernmentalExpert, "America/Mexico_City", "MEX"),
            P("OAS-STAFF-1", "MESICIC technical secretariat officer", PersonRole.SecretariatStaff, "America/New_York", null),
            P("OECD-STAFF-1", "OECD WGB secretariat officer", PersonRole.SecretariatStaff, "Europe/Paris", null),
            P("PER-EXPERT-1", "Peruvian governmental expert", PersonRole.GovernmentalExpert, "America/Lima", "PER"),
            P("SVN-EXPERT-1", "Slovenian governmental expert", PersonRole.GovernmentalExpert, "Europe/Ljubljana", "SVN"),
            P("UNODC-STAFF-1", "UNODC secretariat officer (UAE review)", PersonRole.SecretariatStaff, "Europe/Vienna", null),
            P("UNODC-STAFF-2", "UNODC secretariat officer (Colombia review)", PersonRole.SecretariatStaff, "Europe/Vienna", null),
        ];
    }

    private static void AddCycles(TimetableBuilder builder)
    {
        builder.AddCycle(new ReviewCycle { Id = new CycleId("UNCAC-IRM-2"), Mechanism = Uncac, Name = "Second review cycle (launched Nov 2015, extended to Jun 2024)" });
        builder.AddCycle(new ReviewCycle { Id = new CycleId("GRECO-5"), Mechanism = Greco, Name = "Fifth evaluation round (launched 20 Mar 2017)" });
        builder.AddCycle(new ReviewCycle { Id = new CycleId("WGB-P4"), Mechanism = Wgb, Name = "Phase 4 evaluations (launched Mar 2016)" });
        builder.AddCycle(new ReviewCycle { Id = new CycleId("MESICIC-SAMPLE"), Mechanism = Mesicic, Name = "Review round" + Tag });
        builder.AddCycle(new ReviewCycle { Id = new CycleId("ACAC-SAMPLE"), Mechanism = Acac, Name = "Review cycle" + Tag + "; the ACAC review mechanism was adopted only at the 4th conference, March 2022" });
    }

    private IEnumerable<Blackout> Blackouts()
    {
        var illustrative = SourceReference.Estimate(ReferenceTimetable.Notice);
        return
        [
            new Blackout
            {
                Id = new BlackoutId("SAMPLE-ESP-EXPERT-1-LEAVE"),
                Scope = TimetableResource.ForPerson(Person("ESP-EXPERT-1")),
                Name = "Annual leave" + Tag,
                Dates = ZonedDateRange.FromDates(new LocalDate(2021, 8, 2), new LocalDate(2021, 8, 13), zones["Europe/Madrid"]),
                Kind = BlackoutKind.Other,
                Source = illustrative,
            },
            new Blackout
            {
                Id = new BlackoutId("SAMPLE-OECD-YEAR-END"),
                Scope = TimetableResource.ForSeat(Wgb),
                Name = "Year-end closure of the OECD secretariat" + Tag,
                Dates = ZonedDateRange.FromDates(new LocalDate(2021, 12, 24), new LocalDate(2021, 12, 31), zones["Europe/Paris"]),
                Kind = BlackoutKind.Closure,
                Source = SourceReference.Estimate("REVIEW-MECHANISMS.md §6.3: seat closure days are estimates [E]. " + ReferenceTimetable.Notice),
            },
            new Blackout
            {
                Id = new BlackoutId("SAMPLE-COL-ELECTIONS-2022"),
                Scope = TimetableResource.ForCountry(Col),
                Name = "Legislative elections (13 Mar 2022) and the week before" + Tag,
                Dates = ZonedDateRange.FromDates(new LocalDate(2022, 3, 7), new LocalDate(2022, 3, 13), zones["America/Bogota"]),
                Kind = BlackoutKind.ElectionPeriod,
                Severity = BlackoutSeverity.Soft,
                Source = SourceReference.Estimate("Election periods are soft constraints (REVIEW-MECHANISMS.md §6.3); the window is illustrative. " + ReferenceTimetable.Notice),
            },
        ];
    }

    private CountryReview GrecoAustria() => Review(
        GrecoAut,
        Greco,
        "GRECO-5",
        Aut,
        ["ESP", "SVN"],
        ["ESP-EXPERT-1", "SVN-EXPERT-1"],
        "AUT-FOCAL-1",
        ["COE-STAFF-1"],
        catalog[Greco].RuleSet!,
        new LocalDate(2021, 4, 28),
        [new StageActual(new StageKey("G3"), new DateInterval(new LocalDate(2021, 9, 27), new LocalDate(2021, 10, 1)))]);

    private CountryReview WgbAustria() => Review(
        WgbAut,
        Wgb,
        "WGB-P4",
        Aut,
        ["CHE", "DEU"],
        ["CHE-EXPERT-1", "DEU-EXPERT-1"],
        "AUT-FOCAL-2",
        ["OECD-STAFF-1"],
        catalog[Wgb].RuleSet!,
        new LocalDate(2021, 4, 30),
        [new StageActual(new StageKey("W4"), new DateInterval(new LocalDate(2021, 9, 29), new LocalDate(2021, 10, 1)))]);

    private CountryReview UncacUae() => Review(
        UncacAre,
        Uncac,
        "UNCAC-IRM-2",
        Are,
        ["ESP", "JOR"],
        ["ESP-EXPERT-1", "JOR-EXPERT-1"],
        "ARE-FOCAL-1",
        ["UNODC-STAFF-1"],
        catalog[Uncac].RuleSet!,
        new LocalDate(2021, 3, 15),
        [
            StageActual.On(new StageKey("U4"), new LocalDate(2021, 7, 2)),
            new StageActual(new StageKey("U8"), new DateInterval(new LocalDate(2021, 9, 27), new LocalDate(2021, 9, 29))),
        ]);

    private CountryReview AcacUae() => Review(
        AcacAre,
        Acac,
        "ACAC-SAMPLE",
        Are,
        ["EGY", "JOR"],
        ["EGY-EXPERT-1", "JOR-EXPERT-1"],
        "ARE-FOCAL-1",
        ["LAS-STAFF-1"],
        MirrorOfUncac(),
        new LocalDate(2020, 11, 30),
        [new StageActual(new StageKey("U8"), new DateInterval(new LocalDate(2021, 5, 4), new LocalDate(2021, 5, 6)))]);

    private CountryReview UncacColombia() => Review(
        UncacCol,
        Uncac,
        "UNCAC-IRM-2",
        Col,
        ["MEX", "PER"],
        ["MEX-EXPERT-1", "PER-EXPERT-1"],
        "COL-FOCAL-1",
        ["UNODC-STAFF-2"],
        catalog[Uncac].RuleSet!,
        new LocalDate(2021, 1, 12),
        [
            new StageActual(new StageKey("U8"), new DateInterval(new LocalDate(2021, 6, 15), new LocalDate(2021, 6, 16))),
        ]);

    private CountryReview MesicicColombia() => Review(
        MesicicCol,
        Mesicic,
        "MESICIC-SAMPLE",
        Col,
        ["ARG", "MEX"],
        ["ARG-EXPERT-1", "MEX-EXPERT-1"],
        "COL-FOCAL-1",
        ["OAS-STAFF-1"],
        catalog[Mesicic].RuleSet!,
        new LocalDate(2020, 12, 8),
        [
            new StageActual(new StageKey("M3"), new DateInterval(new LocalDate(2021, 5, 19), new LocalDate(2021, 5, 21))),
        ]);

    /// <summary>The Arab ACAC has no published step durations; REVIEW-MECHANISMS.md §8.5 says "[E: mirror UNCAC IRM]".</summary>
    private StageRuleSet MirrorOfUncac()
    {
        var uncac = catalog[Uncac].RuleSet!;
        var note = "Arab ACAC: no published step durations; mirrors the UNCAC IRM rule (REVIEW-MECHANISMS.md §8.5 [E])";
        return new StageRuleSet(
            Acac,
            "Arab ACAC review (mirrors the UNCAC IRM model schedule [E])",
            uncac.StartDescription,
            uncac.Rules.Select(r => r with { Source = SourceReference.Estimate(note + "; UNCAC source: " + r.Source.Citation) }));
    }

    private CountryReview Review(
        ReviewId id,
        MechanismId mechanism,
        string cycle,
        CountryCode country,
        string[] reviewingStates,
        string[] experts,
        string focalPoint,
        string[] staff,
        StageRuleSet rules,
        LocalDate start,
        StageActual[] agreed)
    {
        var calendars = new PlanningCalendars(countries[country].Calendar, seatCalendars[mechanism]);
        var plenaries = catalog[mechanism].Meetings
            .Where(m => m.Dates is not null && m.Kind is MeetingKind.Plenary or MeetingKind.ImplementationReviewGroupSession)
            .Select(m => m.Dates!.Value);
        var planner = new Planner(rules);
        var first = planner.Plan(start, calendars, plenaries);
        var replanned = planner.Replan(first, agreed);
        var plan = replanned.Plan;
        // The re-plan keeps pinned stages' first-plan warnings itself (they kept those dates).
        warnings.AddRange(plan.Warnings
            .Concat(replanned.Violations.Select(v => v.Message))
            .Distinct()
            .Select(w => id.Value + ": " + w));

        var team = experts.Append(focalPoint).Concat(staff).Select(Person).ToImmutableArray();
        var stages = ReferenceMapping.ToStages(plan, id.Value, country, mechanism)
            .Select(s => s with
            {
                Name = s.Name + Tag,
                Participants = s.Kind == StageKind.CountryVisit ? team : [],
            })
            .ToImmutableArray();
        foreach (var planned in plan.Stages)
        {
            stageSources.Add(new(StageOf(id, planned.Key.Value), planned.Source));
        }

        return new CountryReview
        {
            Id = id,
            Mechanism = mechanism,
            Cycle = new CycleId(cycle),
            StateUnderReview = country,
            ReviewingStates = [.. reviewingStates.Select(c => new CountryCode(c))],
            GovernmentalExperts = [.. experts.Select(Person)],
            FocalPoint = Person(focalPoint),
            SecretariatTeam = [.. staff.Select(Person)],
            Note = ReferenceTimetable.Notice,
            Stages = stages,
        };
    }
}
