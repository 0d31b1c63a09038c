using NodaTime;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using static ReviewTimelines.ReferenceData.ReferenceZones;

namespace ReviewTimelines.ReferenceData;

/// <summary>GRECO: REVIEW-MECHANISMS.md §2 and §8.2.</summary>
internal static class GrecoData
{
    internal const string Evaluations = "http://www.coe.int/en/web/greco/evaluations";
    internal const string Plenaries = "https://anticor.hse.ru/en/main/organization/GRECO";
    internal const string NoUrl = "REVIEW-MECHANISMS.md §2, dated plenaries list (no URL given)";
    internal const string Launch5 = "https://coe.int/en/web/greco/conferences/high-level-launch-fifth-evaluation-round";
    internal const string Greco77 = "https://www.coe.int/en/web/human-rights-rule-of-law/jan-kleijssen/opening-statement-strasbourg-2017-10-16";
    internal const string Romanian = "http://realitatea.net/stiri/actual/romania-criticata-din-nou-de-greco_5dcc9269406af85273d70cda";
    internal const string Greco84 = "http://anticorruzione.eu/2019/11/coe-strasbourg-2-6-dec-2019-greco-84th-plenary-meeting";
    internal const string Greco85 = "http://anticorruzione.eu/2020/01/coe-greco-strasbourg-16-20-mar-2020-85th-plenary-meeting/";
    internal const string Oct2020 = "https://www.coe.int/nl/web/portal/events";
    internal const string June2019 = "https://www.coe.int/en/web/portal/events";
    internal const string Mar2021 = "https://docslib.org/doc/4882549/";
    internal const string Greece2012 = "https://scribd.com/document/100925882/Greco-2012-14-DecisionsGR56-En";

    private static readonly MechanismId Id = ReferenceMechanisms.Greco;

    internal static MechanismProfile Create(ReferenceZones zones)
    {
        var paris = zones["Europe/Paris"];
        return new MechanismProfile(
            Id,
            "GRECO",
            "Group of States against Corruption (Council of Europe)",
            Sourced("Strasbourg (Council of Europe, Agora building)", S("https://en.wikipedia.org/wiki/Group_of_States_against_Corruption", "Strasbourg has no zone of its own: Europe/Paris (§6.4)")),
            paris,
            RuleSet(),
            [
                new PlenaryPattern(
                    "GRECO plenary",
                    MeetingKind.Plenary,
                    "Strasbourg",
                    paris,
                    Sourced(new MeetingFrequency(4, 4, 1), S(Plenaries, "plenary meetings and Bureau meetings four times a year")),
                    Months(SEx(NoUrl, "March, June, September or October, December; Sept vs Oct varies"), 3, 6, 9, 10, 12),
                    Sourced(IsoDayOfWeek.Monday, SEx(NoUrl, "Mon-Fri weeks; GRECO 56 (2012) ran Wed-Fri")),
                    Sourced(new MeetingLength(3, 5), SEx(NoUrl, "Mon-Fri, occasionally 3 days (GRECO 77: Mon-Wed)"))),
            ],
            Meetings(zones),
            [
                new(Id, "Procedure", "Questionnaire(s), on-site visit by an evaluation team, evaluation report examined and adopted at a plenary, then a separate compliance procedure.", S(Evaluations)),
                new(Id, "Publication", "Publication of a report requires the member's authorisation.", SEx(Greece2012, "only a mirror copy of the GR56 decisions found (S-ex, not S)")),
                new(Id, "Fifth round", "Launched 20 March 2017 before GRECO 75; first visits UK and Slovenia June 2017; Finland, Iceland, Luxembourg after the summer.", S(Launch5)),
                new(Id, "Elections", "Elections do not postpone evaluations: GRECO 83 refused Denmark's request (June 2019 general elections).", S(Greco84)),
                new(Id, "On-site visit length", "Typically one working week or less (not in the sources found).", E("§2")),
                new(Id, "COVID", "No on-site visits in 2020, yet six evaluation reports adopted; seven on-site visits in 2021, nine scheduled 2022.", S("https://eucrim.eu/news/greco-2020-general-activity-report/ ; https://rm.coe.int/20220506-en/1680a669c2")),
            ]);
    }

    internal static StageRuleSet RuleSet()
    {
        StageKey K(string key) => new(key);
        return new StageRuleSet(
            Id,
            "GRECO evaluation of one member in one round",
            "the questionnaire is sent to the member (step G1)",
            [
                new StageRule(K("G1"), StageKind.Notification, "Questionnaire sent", E("step S (" + Evaluations + "); timing E"))
                {
                    Party = ResponsibleParty.Seat,
                },
                new StageRule(K("G2"), StageKind.SelfAssessmentChecklist, "Questionnaire replies due", E("+2-3 months; 3 months chosen"))
                {
                    Predecessor = K("G1"), Duration = StageSpan.FromMonths(3),
                },
                new StageRule(K("G3"), StageKind.CountryVisit, "On-site visit", E("step S (" + Evaluations + "); +1-2 months (2 chosen) and 4-5 working days (5 chosen) are estimates"))
                {
                    Predecessor = K("G2"), Offset = StageSpan.FromMonths(2), Duration = StageSpan.FromWorkingDays(5), Shape = StageShape.DateRange,
                },
                new StageRule(K("G4"), StageKind.DraftReport, "Draft evaluation report to the member for comments", E("+2 months"))
                {
                    Predecessor = K("G3"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromMonths(2), Shape = StageShape.DateRange, Party = ResponsibleParty.Seat,
                },
                new StageRule(K("G5"), StageKind.Adoption, "Examination and adoption at a plenary", E("step S (" + Evaluations + "); next plenary at least about 4 months after the visit is an estimate"))
                {
                    Predecessor = K("G3"),
                    AlsoAfter = [K("G4")],
                    Duration = StageSpan.FromDays(5),
                    Shape = StageShape.DateRange,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.FromMonths(4)),
                    IsPinned = true,
                },
                new StageRule(K("G6"), StageKind.Publication, "Publication after the member's authorisation", E("rule S (" + Greece2012 + "); delay days to months, 1 month chosen"))
                {
                    Predecessor = K("G5"), Duration = StageSpan.FromMonths(1),
                },
                new StageRule(K("G7"), StageKind.FollowUp, "Situation report on measures taken", R("GRECO Rules of Procedure Rule 30/31 (not found in store)", "about 18 months after adoption"))
                {
                    Predecessor = K("G5"), Duration = StageSpan.FromMonths(18),
                },
                new StageRule(K("G8"), StageKind.Adoption, "Compliance report adopted at a plenary", E("step S (" + Evaluations + "); next plenary 2-4 months after the situation report is an estimate"))
                {
                    Predecessor = K("G7"),
                    Duration = StageSpan.FromDays(5),
                    Shape = StageShape.DateRange,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.FromMonths(2), StageSpan.FromMonths(4)),
                    IsPinned = true,
                },
                new StageRule(K("G9"), StageKind.FollowUp, "Rule 32 progress report (only if \"globally unsatisfactory\")", SEx(Greece2012, "Greece: compliance report adopted at GRECO 56 (20-22 Jun 2012), report due 31 Dec 2012, about 6 months"))
                {
                    Predecessor = K("G8"), Duration = StageSpan.FromMonths(6),
                },
            ]);
    }

    private static PublishedMeeting[] Meetings(ReferenceZones z)
    {
        const string Venue = "Strasbourg";
        const string Zone = "Europe/Paris";
        var p = MeetingKind.Plenary;
        return
        [
            z.Meeting("GRECO-75", Id, "GRECO 75th plenary", p, new LocalDate(2017, 3, 20), new LocalDate(2017, 3, 24), Venue, Zone, PublishedMeetingFormat.NotStated, SEx(Launch5 + " ; https://docslib.org/doc/2997695/75th-greco-plenary-meeting-official-launch-of-the-fifth-evaluation")),
            z.Meeting("GRECO-77", Id, "GRECO 77th plenary", p, new LocalDate(2017, 10, 16), new LocalDate(2017, 10, 18), Venue, Zone, PublishedMeetingFormat.NotStated, SEx(Greco77, "Mon-Wed, shortened for budget reasons")),
            z.Meeting("GRECO-79", Id, "GRECO 79th plenary", p, new LocalDate(2018, 3, 19), new LocalDate(2018, 3, 23), Venue, Zone, PublishedMeetingFormat.NotStated, SEx(NoUrl)),
            z.Meeting("GRECO-2018-06", Id, "GRECO plenary (June 2018; number not given)", p, new LocalDate(2018, 6, 18), new LocalDate(2018, 6, 22), Venue, Zone, PublishedMeetingFormat.NotStated, SEx(Romanian, "the excerpt gives 18-22 June without the year; 2018 inferred (Mon-Fri fits) and listed under June 2018 in §7")),
            z.Meeting("GRECO-82", Id, "GRECO 82nd plenary", p, new LocalDate(2019, 3, 18), new LocalDate(2019, 3, 22), Venue, Zone, PublishedMeetingFormat.NotStated, SEx(NoUrl)),
            z.Meeting("GRECO-83", Id, "GRECO 83rd plenary", p, new LocalDate(2019, 6, 17), new LocalDate(2019, 6, 21), Venue, Zone, PublishedMeetingFormat.InPerson, S(June2019 + " ; " + Greco84, "Council of Europe events page: 20th anniversary conference (17 June) and plenary, Palais de l'Europe, 17-21 June 2019")),
            z.Meeting("GRECO-84", Id, "GRECO 84th plenary", p, new LocalDate(2019, 12, 2), new LocalDate(2019, 12, 6), Venue, Zone, PublishedMeetingFormat.NotStated, SEx(Greco84)),
            z.Meeting("GRECO-85", Id, "GRECO 85th plenary (planned)", p, new LocalDate(2020, 3, 16), new LocalDate(2020, 3, 20), Venue, Zone, PublishedMeetingFormat.NotStated, SEx(Greco85, "planned; 20th activity report adopted 25 March 2020, which suggests a written procedure; §7 tags it S"), status: MeetingStatus.Planned),
            z.Meeting("GRECO-2020-10", Id, "GRECO plenary (October 2020; probably GRECO 86, not confirmed)", p, new LocalDate(2020, 10, 26), new LocalDate(2020, 10, 30), Venue, Zone, PublishedMeetingFormat.NotStated, S(Oct2020, "agenda: fifth-round reports on Albania, Germany, Norway; format not stated")),
            z.MonthOnly("GRECO-2021-03", Id, "GRECO plenary (March 2021)", p, new YearMonth(2021, 3), Venue, Zone, PublishedMeetingFormat.NotStated, SEx(Mar2021, "month only: 21st activity report adopted March 2021; exact days not found; only a mirror copy found (S-ex, not S)")),
        ];
    }
}
