using NodaTime;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using static ReviewTimelines.ReferenceData.ReferenceZones;

namespace ReviewTimelines.ReferenceData;

/// <summary>OECD Working Group on Bribery: REVIEW-MECHANISMS.md §3 and §8.3.</summary>
internal static class WgbData
{
    internal const string WgbPage = "http://www.oecd.org/daf/anti-bribery/oecdworkinggrouponbriberyininternationalbusinesstransactions.htm";
    internal const string Phase4 = "https://www.oecd.org/daf/anti-bribery/oecd-anti-bribery-convention-phase-4.htm";
    internal const string FollowUp = "https://www.oecd.org/en/topics/sub-issues/fighting-foreign-bribery/argentina-country-monitoring.html";
    internal const string Germany2018 = "http://www.oecd.org/fr/investissement/anti-corruption/call-for-contributions-phase-4-evaluations.htm ; http://www.fcpablog.com/blog/2018/7/17/compliance-alert-oecd-confirms-germany-as-leading-enforcer.html";

    private static readonly MechanismId Id = ReferenceMechanisms.OecdWgb;

    internal static MechanismProfile Create(ReferenceZones zones)
    {
        var paris = zones["Europe/Paris"];
        return new MechanismProfile(
            Id,
            "OECD WGB",
            "OECD Working Group on Bribery in International Business Transactions",
            Sourced("Paris (OECD)", S(WgbPage, "\"meets four times per year in Paris\"; zone Europe/Paris (§6.4)")),
            paris,
            RuleSet(),
            [
                new PlenaryPattern(
                    "WGB plenary",
                    MeetingKind.Plenary,
                    "Paris",
                    paris,
                    Sourced(new MeetingFrequency(4, 4, 1), S(WgbPage, "four times per year in Paris")),
                    Months(S(WgbPage, "March, June, October, December"), 3, 6, 10, 12),
                    Sourced(IsoDayOfWeek.Tuesday, SEx(WgbPage, "every listed start 2017-2019 and 2023 is a Tuesday")),
                    Sourced(new MeetingLength(3, 4), SEx(WgbPage, "Tue-Fri, sometimes Tue-Thu"))),
            ],
            Meetings(zones),
            [
                new(Id, "Phase 4 elements", "Standard and supplementary questionnaire, on-site visit of 2-4 days, preliminary report by two lead-examiner countries and the Secretariat in consultation with the evaluated country, evaluation and adoption in plenary, publication and press release.", S(Phase4)),
                new(Id, "Phase 4 launch", "Launched March 2016: the Phase 4 page says Ministerial 18 March 2016, the OECD newsroom announces it for Wednesday 16 March 2016 (conflict).", S(Phase4 + " ; https://www.oecd.org/newsroom/oecd-anti-bribery-ministerial-meeting-16-march-2016.htm")),
                new(Id, "Follow-up", "Follow-up reports are completed two years after the main phase reports and adopted by the WGB.", S(FollowUp)),
                new(Id, "Germany 2018", "Germany and Norway Phase 4: civil-society submissions due 15 Dec 2017; on-site visits January 2018; Germany report adopted 14 June 2018 at the 12-15 June plenary (visit to adoption about 5 months).", SEx(Germany2018)),
                new(Id, "On-site teams", "Experts from two WGB countries plus the OECD Secretariat; panels with non-government representatives.", S("http://www.oecd.org/fr/investissement/anti-corruption/call-for-contributions-phase-4-evaluations.htm")),
            ]);
    }

    internal static StageRuleSet RuleSet()
    {
        StageKey K(string key) => new(key);
        return new StageRuleSet(
            Id,
            "OECD WGB Phase 4 evaluation of one country",
            "the standard and supplementary questionnaires are sent (step W1)",
            [
                new StageRule(K("W1"), StageKind.Notification, "Questionnaires (standard and supplementary) sent", E("step S (" + Phase4 + "); timing E"))
                {
                    Party = ResponsibleParty.Seat,
                },
                new StageRule(K("W2"), StageKind.SelfAssessmentChecklist, "Questionnaire replies due", E("+2-3 months; 3 months chosen"))
                {
                    Predecessor = K("W1"), Duration = StageSpan.FromMonths(3),
                },
                new StageRule(K("W3"), StageKind.Deadline, "Call for civil-society input closes", E("one month after the replies is an estimate; its relation to the visit (W4) is S-ex"))
                {
                    Predecessor = K("W2"), Duration = StageSpan.FromMonths(1), Party = ResponsibleParty.Seat,
                },
                new StageRule(K("W4"), StageKind.CountryVisit, "On-site visit (two lead examiners and the Secretariat)", SEx(Germany2018, "about one month after the civil-society deadline (15 Dec 2017 -> January 2018); 2-4 days S (" + Phase4 + "), 3 working days chosen"))
                {
                    Predecessor = K("W3"), Offset = StageSpan.FromMonths(1), Duration = StageSpan.FromWorkingDays(3), Shape = StageShape.DateRange,
                },
                new StageRule(K("W5"), StageKind.DraftReport, "Preliminary report drafted and consulted with the country", E("about 3 months after the visit (Germany 2018: about 5 months visit to adoption, S-ex)"))
                {
                    Predecessor = K("W4"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromMonths(3), Shape = StageShape.DateRange, Party = ResponsibleParty.Seat,
                },
                new StageRule(K("W6"), StageKind.Adoption, "Evaluation and adoption at a plenary", SEx(Germany2018, "plenary about 4-6 months after the visit"))
                {
                    Predecessor = K("W4"),
                    AlsoAfter = [K("W5")],
                    Duration = StageSpan.FromDays(4),
                    Shape = StageShape.DateRange,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.FromMonths(4), StageSpan.FromMonths(6)),
                    IsPinned = true,
                },
                new StageRule(K("W7"), StageKind.Publication, "Publication and press release", E("step S (" + Phase4 + "); within weeks: 2 weeks chosen"))
                {
                    Predecessor = K("W6"), Duration = StageSpan.FromWeeks(2), Party = ResponsibleParty.Seat,
                },
                new StageRule(K("W8"), StageKind.FollowUp, "Two-year written follow-up report adopted at a plenary", S(FollowUp, "two years after the main report, at a plenary"))
                {
                    Predecessor = K("W6"),
                    Duration = StageSpan.FromDays(4),
                    Shape = StageShape.DateRange,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.FromMonths(24)),
                    IsPinned = true,
                },
            ]);
    }

    private static PublishedMeeting[] Meetings(ReferenceZones z)
    {
        const string Venue = "Paris";
        const string Zone = "Europe/Paris";
        var p = MeetingKind.Plenary;
        PublishedMeeting W(int y, int m, int d1, int d2) =>
            z.Meeting(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"WGB-{y:D4}-{m:D2}"),
                Id,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"WGB plenary {y:D4}-{m:D2}"),
                p,
                new LocalDate(y, m, d1),
                new LocalDate(y, m, d2),
                Venue,
                Zone,
                PublishedMeetingFormat.NotStated,
                SEx(WgbPage, y >= 2023 ? "2023 version of the page" : "2018 version of the page"));
        PublishedMeeting Month(int y, int m) =>
            z.MonthOnly(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"WGB-{y:D4}-{m:D2}"),
                Id,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"WGB plenary {y:D4}-{m:D2}"),
                p,
                new YearMonth(y, m),
                "Paris or virtual",
                Zone,
                PublishedMeetingFormat.NotStated,
                S(UncacData.Synergies2021, "month only; exact dates not found"));
        return
        [
            W(2017, 12, 12, 15),
            W(2018, 3, 13, 15),
            W(2018, 6, 12, 15),
            W(2018, 10, 9, 12),
            W(2018, 12, 11, 14),
            W(2019, 3, 5, 8),
            W(2019, 6, 25, 28),
            W(2019, 10, 8, 11),
            W(2019, 12, 10, 13),
            Month(2020, 10),
            Month(2020, 12),
            Month(2021, 3),
            W(2023, 3, 7, 10),
            W(2023, 6, 13, 16),
            W(2023, 10, 10, 13),
            z.Meeting("WGB-UNGASS-2021", Id, "WGB chair's UNGASS side event", MeetingKind.Other, new LocalDate(2021, 6, 3), new LocalDate(2021, 6, 3), "virtual", "America/New_York", PublishedMeetingFormat.Virtual, S(WgbPage, "side event of UNGASS 2021 (New York); dated in the UNGASS host's zone")),
        ];
    }
}
