using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using static ReviewTimelines.ReferenceData.ReferenceZones;

namespace ReviewTimelines.ReferenceData;

/// <summary>UNCAC IRM: REVIEW-MECHANISMS.md §1 and §8.1.</summary>
internal static class UncacData
{
    internal const string Slide = "https://slideplayer.com./amp/7416701";
    internal const string Video = "https://greekheraldry.com/civil-society-and-the-uncac-review-process-the-review-process/";
    internal const string IrgZh = "https://www.unodc.org/unodc/zh/corruption/IRG/implementation-review-group.html";
    internal const string IrgSessions = "http://www.unodc.org/unodc/en/treaties/CAC/IRG-sessions.html";
    internal const string IrmPage = "https://www.unodc.org/unodc/en/corruption/implementation-review-mechanism.html";
    internal const string Coalition11 = "uncaccoalition.org report on the 11th IRG session, as cited in REVIEW-MECHANISMS.md §1.4 (no URL given)";
    internal const string Synergies2021 = "UNODC 2021 report on synergies among review mechanisms (issued 29 March 2021 for the 12th IRG session)";
    internal const string Cosp8 = "https://unodc.org/unodc/en/frontpage/2019/December/fight-corruption-to-achieve-sustainable-development-progress_-un-convention-against-corruption-conference-begins-in-abu-dhabi.html";
    internal const string Cosp9 = "CAC/COSP/2021/3, https://readkong.com/page/conference-of-the-states-parties-to-the-united-nations-7193763";
    internal const string CospBiennial = "https://newscentral.africa/egypt-hosts-ninth-session-of-un-anti-corruption-conference";
    internal const string Cosp10 = "UNIS/MA/330 (21 September 2023), https://unis.unvienna.org/unis/en/pressrels/2023/unisma330.html ; UNIS/CP/1173 (15 December 2023), https://unis.unvienna.org/unis/pressrels/2023/uniscp1173.html";
    internal const string Cosp11 = "http://s.thepeninsula.qa/article/16/12/2025/states-parties-negotiating-11-draft-resolutions-for-adoption-at-cosp-11 ; https://afro-asia-media.org/anticipating-the-eleventh-session-of-the-un-anti-corruption-conference-in-doha/?amp=1";
    internal const string Irg14 = "https://uncaccoalition.org/the-uncac/uncac-bodies/implementation-review-group-irg/14th-irg/";
    internal const string Ungass = "https://www.un.org/pga/75/special-session-against-corruption ; https://unodc.org/corruption/en/uncac/ungass-2021.html";

    private static readonly MechanismId Id = ReferenceMechanisms.UncacIrm;

    internal static MechanismProfile Create(ReferenceZones zones)
    {
        var vienna = zones["Europe/Vienna"];
        return new MechanismProfile(
            Id,
            "UNCAC IRM",
            "Implementation Review Mechanism of the United Nations Convention against Corruption",
            Sourced("Vienna (UNODC)", S(IrgSessions, "\"The Group meets two times a year in Vienna\"; zone Europe/Vienna (§6.4)")),
            vienna,
            RuleSet(),
            Patterns(vienna),
            Meetings(zones),
            Facts());
    }

    internal static StageRuleSet RuleSet()
    {
        StageKey K(string key) => new(key);
        return new StageRuleSet(
            Id,
            "UNCAC IRM country review (second-cycle model schedule)",
            "the secretariat notifies the State under review that its review starts (step U1)",
            [
                new StageRule(K("U1"), StageKind.Notification, "Notification / start of review", SEx(Slide, "T0; only a mirror copy found (S-ex, not S)"))
                {
                    Party = ResponsibleParty.Seat,
                },
                new StageRule(K("U2"), StageKind.FocalPointAppointment, "Focal point appointed", SEx(Slide, "within three weeks; only a mirror copy found (S-ex, not S)"))
                {
                    Predecessor = K("U1"), Duration = StageSpan.FromWeeks(3),
                },
                new StageRule(K("U3"), StageKind.Teleconference, "Organisational teleconference (SACL date, language, division of labour)", SEx(Slide, "within one month; limit paired to the step by the slide order; only a mirror copy found (S-ex, not S)"))
                {
                    Predecessor = K("U1"), Duration = StageSpan.FromMonths(1), Party = ResponsibleParty.Seat,
                },
                new StageRule(K("U4"), StageKind.SelfAssessmentChecklist, "Self-assessment checklist (SACL) response submitted", SEx(Slide, "within two months of the request (at U3); conflict: the TI/Coalition video says one month; only a mirror copy found (S-ex, not S)"))
                {
                    Predecessor = K("U3"), Duration = StageSpan.FromMonths(2),
                },
                new StageRule(K("U5"), StageKind.Translation, "Translation and circulation of the SACL to the reviewing experts", E("2-4 weeks; 3 weeks chosen; the step itself is sourced (slide), its duration is not"))
                {
                    Predecessor = K("U4"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromWeeks(3), Shape = StageShape.DateRange, Party = ResponsibleParty.Seat,
                },
                new StageRule(K("U6"), StageKind.DeskReview, "Desk-review outcome submitted", SEx(Slide + " ; " + Video, "within one month of receipt; only a mirror copy found (S-ex, not S)"))
                {
                    Predecessor = K("U5"), Duration = StageSpan.FromMonths(1), Party = ResponsibleParty.Experts,
                },
                new StageRule(K("U7"), StageKind.Dialogue, "Desk-review teleconference and active dialogue", SEx(Video, "\"dialogue of about two months\"; only a mirror copy found (S-ex, not S)"))
                {
                    Predecessor = K("U6"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromMonths(2), Shape = StageShape.DateRange, Party = ResponsibleParty.Experts,
                },
                new StageRule(K("U8"), StageKind.CountryVisit, "Country visit (or joint meeting in Vienna)", E("timing S (slide: by about T0 + 5 months); the one-week gap after the desk review and the 3 working days are estimates"))
                {
                    Predecessor = K("U6"), Offset = StageSpan.FromWeeks(1), Duration = StageSpan.FromWorkingDays(3), Shape = StageShape.DateRange,
                },
                new StageRule(K("U9"), StageKind.DraftReport, "Draft report agreed; executive summary", SEx(Slide + " ; " + Video, "slide: visit within five months, end within six months; modelled as one month after the visit (\"very tight six-month schedule\"); only a mirror copy found (S-ex, not S)"))
                {
                    Predecessor = K("U8"), AlsoAfter = [K("U7")], Duration = StageSpan.FromMonths(1), Party = ResponsibleParty.Seat,
                },
                new StageRule(K("U10"), StageKind.Translation, "Executive summary translated into the six UN languages, issued for the next IRG session", E("+1-3 months; aligned to the next IRG session; 5-day fallback = IRG session length"))
                {
                    Predecessor = K("U9"),
                    Duration = StageSpan.FromDays(5),
                    Shape = StageShape.DateRange,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.FromMonths(1), StageSpan.FromMonths(3)),
                },
            ]);
    }

    private static PlenaryPattern[] Patterns(DateTimeZone vienna) =>
    [
        new PlenaryPattern(
            "IRG session",
            MeetingKind.ImplementationReviewGroupSession,
            "Vienna",
            vienna,
            Sourced(new MeetingFrequency(1, 1, 1), S(IrgZh, "\"one session and a maximum of two resumed sessions per year\"")),
            Months(SEx(IrgZh, "last week of May or a June week"), 5, 6),
            Sourced(IsoDayOfWeek.Monday, SEx(IrgZh, "main sessions 2011-2019 start on Mondays")),
            Sourced(new MeetingLength(3, 5), SEx(IrgZh))),
        new PlenaryPattern(
            "IRG resumed session",
            MeetingKind.ImplementationReviewGroupSession,
            "Vienna (in COSP years one may sit at the COSP venue, the week of COSP)",
            vienna,
            Sourced(new MeetingFrequency(0, 2, 1), S(IrgZh, "a maximum of two resumed sessions per year")),
            Months(SEx(IrgZh, "Aug-Sep and Oct-Dec"), 8, 9, 10, 11, 12),
            null,
            Sourced(new MeetingLength(2, 3), SEx(IrgZh))),
        new PlenaryPattern(
            "Conference of the States Parties (COSP)",
            MeetingKind.ConferenceOfStatesParties,
            "rotating host city",
            null,
            Sourced(new MeetingFrequency(1, 1, 2), S(CospBiennial, "every two years; odd years per the dated sessions [S-ex]")),
            Months(SEx(Cosp8, "Oct-Dec"), 10, 11, 12),
            Sourced(IsoDayOfWeek.Monday, SEx(Cosp8, "Mon-Fri")),
            Sourced(new MeetingLength(5, 5), SEx(Cosp8, "Mon-Fri"))),
    ];

    private static PublishedMeeting[] Meetings(ReferenceZones z)
    {
        var irg = MeetingKind.ImplementationReviewGroupSession;
        const string Vienna = "Vienna";
        const string ViennaZone = "Europe/Vienna";
        return
        [
            z.Meeting("IRG-08", Id, "IRG 8th session", irg, new LocalDate(2017, 6, 19), new LocalDate(2017, 6, 23), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, SEx(IrgZh)),
            z.Meeting("IRG-08-R1", Id, "IRG resumed 8th session", irg, new LocalDate(2017, 11, 7), new LocalDate(2017, 11, 8), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, SEx(IrgZh)),
            z.Meeting("IRG-09", Id, "IRG 9th session", irg, new LocalDate(2018, 6, 4), new LocalDate(2018, 6, 6), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, SEx(IrgZh)),
            z.Meeting("IRG-09-R1", Id, "IRG resumed 9th session (first)", irg, new LocalDate(2018, 9, 3), new LocalDate(2018, 9, 5), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, SEx(IrgZh)),
            z.Meeting("IRG-09-R2", Id, "IRG resumed 9th session (second)", irg, new LocalDate(2018, 11, 12), new LocalDate(2018, 11, 14), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, SEx(IrgZh)),
            z.Meeting("IRG-10", Id, "IRG 10th session", irg, new LocalDate(2019, 5, 27), new LocalDate(2019, 5, 29), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, SEx(IrgZh)),
            z.Meeting("IRG-10-R1", Id, "IRG resumed 10th session (first)", irg, new LocalDate(2019, 9, 2), new LocalDate(2019, 9, 4), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, SEx(IrgZh)),
            z.Meeting("IRG-10-R2", Id, "IRG resumed 10th session (second), at COSP 8", irg, new LocalDate(2019, 12, 17), new LocalDate(2019, 12, 18), "Abu Dhabi", "Asia/Dubai", PublishedMeetingFormat.NotStated, SEx(IrgZh, "held at the COSP venue")),
            z.Meeting("IRG-11", Id, "IRG 11th session", irg, new LocalDate(2020, 6, 29), new LocalDate(2020, 7, 1), "virtual", ViennaZone, PublishedMeetingFormat.Virtual, S(Coalition11 + " ; " + IrgZh, "source writes 29 Jun(-1 Jul) 2020; the UNODC IRG page lists the first day only (\"29 June 2020, Virtual format\"): end uncertain; originally planned 8-10 Jun 2020"), MeetingDatePrecision.EndUncertain),
            z.Meeting("IRG-11-R1", Id, "IRG resumed 11th session (first)", irg, new LocalDate(2020, 8, 31), new LocalDate(2020, 9, 2), Vienna, ViennaZone, PublishedMeetingFormat.Hybrid, S(Coalition11, "in person + virtual")),
            z.MonthOnly("IRG-2020-11", Id, "IRG resumed session (November 2020)", irg, new YearMonth(2020, 11), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, S(Synergies2021, "month only; the report calls it the 10th session's second resumed session, which conflicts with §1.4 (17-18 Dec 2019, Abu Dhabi); the reading 'second resumed eleventh session, Vienna, 16-18 November 2020' was not found in any session document the search reached (the UNODC IRG page snapshot stops at the first resumed eleventh session): days and number left open")),
            z.Meeting("IRG-12", Id, "IRG 12th session", irg, new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, S(Synergies2021, "cover page")),
            z.Meeting("COSP-08", Id, "COSP 8th session", MeetingKind.ConferenceOfStatesParties, new LocalDate(2019, 12, 16), new LocalDate(2019, 12, 20), "Abu Dhabi", "Asia/Dubai", PublishedMeetingFormat.NotStated, SEx(Cosp8, "Mon 16-Fri 20 Dec 2019: Friday was a weekend day in the UAE until 2022 (§6.1); the source dates the session so")),
            z.Meeting("COSP-09", Id, "COSP 9th session", MeetingKind.ConferenceOfStatesParties, new LocalDate(2021, 12, 13), new LocalDate(2021, 12, 17), "Sharm el-Sheikh", "Africa/Cairo", PublishedMeetingFormat.NotStated, SEx(Cosp9, "§7 tags it S; Mon-Fri: Friday 17 Dec is a weekend day in Egypt (§6.1), dated so by the session documents")),
            z.MonthOnly("IRG-14", Id, "IRG 14th session", irg, new YearMonth(2023, 6), Vienna, ViennaZone, PublishedMeetingFormat.NotStated, SEx(Irg14, "month only: held in the week of 12-16 June 2023 together with the Working Group on Prevention; the IRG's own days are not given")),
            z.Meeting("COSP-10", Id, "COSP 10th session", MeetingKind.ConferenceOfStatesParties, new LocalDate(2023, 12, 11), new LocalDate(2023, 12, 15), "Atlanta (Georgia World Congress Center)", "America/New_York", PublishedMeetingFormat.InPerson, S(Cosp10)),
            z.Meeting("COSP-11", Id, "COSP 11th session", MeetingKind.ConferenceOfStatesParties, new LocalDate(2025, 12, 15), new LocalDate(2025, 12, 19), "Doha (Sheraton Doha)", "Asia/Qatar", PublishedMeetingFormat.InPerson, SEx(Cosp11, "press reports (The Peninsula, 16 Dec 2025: opened the day before; concluding on Friday, a weekend day in Qatar (§6.1)); no UNODC document found")),
            z.Meeting("UNGASS-2021", Id, "UNGA special session against corruption", MeetingKind.Other, new LocalDate(2021, 6, 2), new LocalDate(2021, 6, 4), "UN Headquarters, New York", "America/New_York", PublishedMeetingFormat.Hybrid, S(Ungass, "Wed-Fri; plenary meetings 10:00-13:00 and 15:00-18:00; political declaration adopted 2 June")),
        ];
    }

    private static ReferenceFact[] Facts() =>
    [
        new(Id, "Cycles", "Each review phase has two review cycles of five years; one fourth of the States parties are reviewed in each of the first four years.", S("https://unodc.org/unodc/en/treaties/CAC/CAC-COSP-session3-resolutions.html", "COSP resolution 3/1")),
        new(Id, "Second cycle", "Second cycle launched November 2015; initially 2015-2020, extended by COSP to June 2024.", S(IrmPage + " ; https://uncaccoalition.org/uncacreviewstatustracker")),
        new(Id, "Drawing of lots", "Each State party is reviewed by two peers (one from the same regional group), drawn by lot at the beginning of each year of the cycle, on the first day of an IRG session (Vienna), before T0.", S(IrmPage + " ; https://unis.unvienna.org/unis/en/pressrels/2019/uniscp1089.html")),
        new(Id, "No mutual reviews", "Reviewing States parties shall not undertake mutual reviews.", R("http://www.unodc.org/unodc/en/treaties/CAC/IRG-country-pairings.html")),
        new(Id, "Report sizes", "Country review report 80-300 pages; executive summary 7-12 pages; full report published only with the reviewed State's agreement.", S("https://uncaccoalition.org/%25cma-thread-slug%25/how-does-the-uncac-review-process-work/")),
        new(Id, "Country visit length", "Practice commonly 2-3 working days (not stated in the sources found).", E("§1.3")),
        new(Id, "Realistic duration", "The 6-month schedule is an indicative target; first-year reviews of 2010 were expected to be final before May 2011 (about 10-11 months).", SEx("https://uncaccoalition.org/update-on-the-uncac-review-process/")),
        new(Id, "Typical slippage", "Realistic end of a country review: T0 + 12-24 months.", E("§1.3, §8.1")),
    ];
}
