using NodaTime;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using static ReviewTimelines.ReferenceData.ReferenceZones;

namespace ReviewTimelines.ReferenceData;

/// <summary>OAS MESICIC: REVIEW-MECHANISMS.md §4 and §8.4.</summary>
internal static class MesicicData
{
    internal const string FifthRound = "SG/MESICIC/doc.442/15 rev.2, https://vdocuments.mx/schedule-for-the-fifth-round-of-review-twenty-fifth-meeting-of-the-committee-of.html";
    internal const string Sched2005 = "http://www.oas.org/juridico/english/mec_sched_2005.htm";
    internal const string Sched2007 = "http://www.oas.org/juridico/english/mec_sched_2007.htm";
    internal const string Minutes31 = "https://docslib.org/doc/8393888/minutes-of-the-thirty-first-meeting-of-the-committee-of-experts-of-the-mechanism-for-follow-up-on-implementation-of-the-inter-american-convention-against-corruption";
    internal const string Minutes35 = "SG/MESICIC/doc.591/21 (minutes of the 35th meeting), https://docslib.org/doc/5687090/minutes-of-the-thirty-fifth-meeting-of-the-committee-of-experts-of-the-mechanism-for-follow-up-on-implementation-of-the-inter-american-convention-against-corruption";
    internal const string Meetings = "https://vdocuments.net/351rico-3ra-ronda-ing-doc-2011-9-28-mechanism-for-follow-up-on-the-oeaserl.html";

    private static readonly MechanismId Id = ReferenceMechanisms.OasMesicic;

    internal static MechanismProfile Create(ReferenceZones zones)
    {
        var washington = zones["America/New_York"];
        return new MechanismProfile(
            Id,
            "OAS MESICIC",
            "Follow-up Mechanism for the Implementation of the Inter-American Convention against Corruption (OAS)",
            Sourced("Washington DC (OAS headquarters)", SEx(Meetings + " ; " + Minutes31, "zone America/New_York (§6.4); only a mirror copy found (S-ex, not S)")),
            washington,
            RuleSet(),
            [
                new PlenaryPattern(
                    "Committee of Experts plenary",
                    MeetingKind.Plenary,
                    "OAS headquarters, Washington DC",
                    washington,
                    Sourced(new MeetingFrequency(2, 2, 1), S(Sched2005, "TWO annual meetings (SIX reports per meeting)")),
                    Months(SEx(Meetings + " ; " + Minutes31, "March and September"), 3, 9),
                    Sourced(IsoDayOfWeek.Monday, SEx(Meetings + " ; " + Minutes31)),
                    Sourced(new MeetingLength(4, 6), SEx(Meetings + " ; " + Minutes31))),
            ],
            [
                zones.Meeting("MESICIC-31", Id, "MESICIC Committee of Experts, 31st meeting", MeetingKind.Plenary, new LocalDate(2018, 9, 10), new LocalDate(2018, 9, 13), "OAS headquarters, Washington DC", "America/New_York", PublishedMeetingFormat.NotStated, SEx(Minutes31)),
                zones.Meeting("MESICIC-35", Id, "MESICIC Committee of Experts, 35th meeting", MeetingKind.Plenary, new LocalDate(2021, 3, 8), new LocalDate(2021, 3, 11), "online (convened from Washington DC)", "America/New_York", PublishedMeetingFormat.Virtual, SEx(Minutes35, "held online on account of the COVID-19 pandemic; only a mirror copy of the minutes found")),
            ],
            [
                new(Id, "Subgroups", "Review subgroups of two States drawn by lot; at least one of the same legal tradition; no reciprocal review.", S("http://www.oas.org/juridico/english/mec_ron1_sub.htm")),
                new(Id, "On-site visits", "Methodology adopted March 2011; visits used from the Fourth Round (2012) with the reviewed State's consent.", S("http://www.oas.org/juridico/newsletter/nl_en_60.htm ; http://www.oas.org/juridico/newsletter/nl_en_91.htm")),
                new(Id, "Visit length", "2-3 days per State (not stated in the sources).", E("§4")),
                new(Id, "End to end", "Questionnaire to adoption about 12 months (start March 2015; adoption at the following March meeting inferred, not seen).", SEx(FifthRound)),
                new(Id, "Earlier meetings", "7th plenary 7-12 Mar 2005; 19th 12-16 Sep 2011; 25th 16-20 Mar 2015 (outside the 2017-2022 meeting list).", SEx(Meetings)),
            ]);
    }

    /// <summary>The Fifth Round first-group schedule; the day counts reproduce the published 2015-16 table.</summary>
    internal static StageRuleSet RuleSet()
    {
        StageKey K(string key) => new(key);
        var range = StageShape.DateRange;
        return new StageRuleSet(
            Id,
            "MESICIC review of a group of States in one round (Fifth Round, first group)",
            "the questionnaire reply period opens (30 March 2015 for the Fifth Round's first group)",
            [
                new StageRule(K("M1"), StageKind.SelfAssessmentChecklist, "Questionnaire replies and civil-society input due", SEx(FifthRound, "30 Mar-30 Jun 2015, about 13 weeks: 3 months"))
                {
                    Duration = StageSpan.FromMonths(3),
                },
                new StageRule(K("M2"), StageKind.Dialogue, "On-site visit agenda and logistics coordinated", SEx(FifthRound, "1 Jul-4 Sep 2015 (66 days, about 9 weeks)"))
                {
                    Predecessor = K("M1"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromDays(66), Shape = range, Party = ResponsibleParty.Seat,
                },
                new StageRule(K("M3"), StageKind.CountryVisit, "On-site visits window (group of States)", SEx(FifthRound, "7 Sep-16 Oct 2015 (40 days, a six-week window of weekdays); 2-3 days per State E"))
                {
                    Predecessor = K("M2"), Offset = StageSpan.FromDays(3), Duration = StageSpan.FromDays(40), Shape = range,
                },
                new StageRule(K("M4"), StageKind.DraftReport, "Secretariat drafts preliminary reports (art. 23 a, b)", SEx(FifthRound, "19 Oct-19 Nov 2015 (32 days, about one month)"))
                {
                    Predecessor = K("M3"), Offset = StageSpan.FromDays(3), Duration = StageSpan.FromDays(32), Shape = range, Party = ResponsibleParty.Seat,
                },
                new StageRule(K("M5"), StageKind.Translation, "Translation; drafts sent to the review subgroups", SEx(FifthRound, "20 Nov-17 Dec 2015 (4 weeks)"))
                {
                    Predecessor = K("M4"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromWeeks(4), Shape = range, Party = ResponsibleParty.Seat,
                },
                new StageRule(K("M6"), StageKind.DeskReview, "Subgroup comments due (art. 23 c)", SEx(FifthRound, "18 Dec 2015-12 Jan 2016 (about 3.5 weeks: 26 days)"))
                {
                    Predecessor = K("M5"), Duration = StageSpan.FromDays(26), Party = ResponsibleParty.Experts,
                },
                new StageRule(K("M7"), StageKind.Translation, "Translation of comments", SEx(FifthRound, "13-18 Jan 2016 (6 days)"))
                {
                    Predecessor = K("M6"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromDays(6), Shape = range, Party = ResponsibleParty.Seat,
                },
                new StageRule(K("M8"), StageKind.Dialogue, "State's reply to the comments due (art. 23 e)", SEx(Sched2007, "later Fifth Round rows truncated; second round: 24 Apr-14 May 2007, 3 weeks"))
                {
                    Predecessor = K("M7"), Duration = StageSpan.FromWeeks(3),
                },
                new StageRule(K("M9"), StageKind.DraftReport, "Secretariat revises drafts (art. 23 f) and translates them", SEx(Sched2005, "first round: 11-31 Jan 2005 (3 weeks) + 1-14 Feb 2005 (2 weeks)"))
                {
                    Predecessor = K("M8"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromWeeks(5), Shape = range, Party = ResponsibleParty.Seat,
                },
                new StageRule(K("M10"), StageKind.DeskReview, "Committee members consider the drafts", SEx(Sched2005, "first round: 15 Feb-6 Mar 2005, about 3 weeks"))
                {
                    Predecessor = K("M9"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromWeeks(3), Shape = range, Party = ResponsibleParty.Experts,
                },
                new StageRule(K("M11"), StageKind.Dialogue, "Preliminary review subgroup meetings (art. 24)", SEx(Sched2005, "3-4 Mar 2005: the two working days just before the 7-12 Mar 2005 plenary; counted from the start of M10 because they overlap it"))
                {
                    Predecessor = K("M10"),
                    Anchor = OffsetAnchor.PredecessorStart,
                    AlsoAfter = [K("M10")],
                    Duration = StageSpan.FromWorkingDays(2),
                    Shape = range,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.Zero, null, 2),
                    IsPinned = true,
                },
                new StageRule(K("M12"), StageKind.Adoption, "Adoption at the Committee of Experts plenary", SEx(Sched2005, "e.g. 7-12 Mar 2005; March or September"))
                {
                    Predecessor = K("M11"),
                    AlsoAfter = [K("M10")],
                    Duration = StageSpan.FromDays(5),
                    Shape = range,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.Zero),
                    IsPinned = true,
                },
            ]);
    }
}
