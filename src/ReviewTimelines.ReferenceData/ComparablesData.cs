using NodaTime;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using static ReviewTimelines.ReferenceData.ReferenceZones;

namespace ReviewTimelines.ReferenceData;

/// <summary>FATF, AU ABC, OECD ACN IAP and Arab ACAC: what REVIEW-MECHANISMS.md §5 and §8.5 support (no stage rule sets).</summary>
internal static class ComparablesData
{
    internal const string FatfFaq = "https://www.fatf-gafi.org/faq/mutualevaluations/";
    internal const string FatfFeb2020 = "https://www.blockchainwg.eu/fatf-hosts-plenary-discusses-progress-of-the-implementation-of-its-standards-on-virtual-assets-and-related-providers/";
    internal const string FatfOct2020 = "https://eurasiangroup.org/en/outcomes-fatf-plenary-21-23-october-2020";
    internal const string FatfFeb2021 = "https://complyport.com/fatf-plenary-22-to-25-february-2021/";
    internal const string FatfJun2021 = "https://www.regulationtomorrow.com/eu/recent-fatf-papers/";
    internal const string FatfOct2021 = "https://www.fatf-gafi.org/en/publications/Fatfgeneral/Outcomes-fatf-plenary-october-2021.html";
    internal const string AuabcLaw = "http://www.auanticorruption.org/organs/african-union-advisory-board-on-corruption";
    internal const string Auabc24 = "https://vdocument.in/executive-council-thirty-second-ordinary-session-22-26-cl-10-excl1059xxxii.html";
    internal const string Auabc46 = "https://edemsenanu.org/2024/04/12/communique-of-the-46th-ordinary-session-of-the-african-union-advisory-board-against-corruption/";
    internal const string Iap = "https://www.oecd.org/en/publications/istanbul-anti-corruption-plan_a630e0b9-en.html";
    internal const string Acn2024 = "https://www.oecd.org/en/events/2024/09/acn-plenary-2024.html";
    internal const string Acac2015 = "http://www.undp-aciac.org/resources/ac/newsDetails.aspx?nid=1219";
    internal const string Acac2022 = "https://anticor.hse.ru/en/main/news_page/riyadh_hosts_a_regular_session_of_the_conference_of_the_states_parties_to_the_arab_anticorruption_convention";
    internal const string Acac2020Announce = "https://english.aawsat.com/home/article/2063351/rabat-hosts-cosp-arab-anti-corruption-convention";
    internal const string Acac2020Opened = "https://english.aawsat.com/home/article/2072626/conference-states-parties-arab%C2%A0anti-corruption-convention%C2%A0holds-3rd-session";
    internal const string Acac2017 = "https://ayamm.org/en/sultanate-attends-arab-anti-graft-meet-in-morocco/";
    internal const string Acac2024 = "http://www.leagueofarabstates.net:80/en/news/Pages/NewsDetails.aspx?RID=2714";

    internal static MechanismProfile Fatf(ReferenceZones zones)
    {
        var id = ReferenceMechanisms.Fatf;
        var paris = zones["Europe/Paris"];
        var plenary = MeetingKind.Plenary;
        return new MechanismProfile(
            id,
            "FATF",
            "Financial Action Task Force (comparable)",
            Sourced("Paris (FATF secretariat at the OECD)", S(FatfFaq, "plenaries usually in Paris, sometimes in a host city (Singapore, June 2024)")),
            paris,
            FatfRuleSet(id),
            [
                new PlenaryPattern(
                    "FATF plenary",
                    plenary,
                    "usually Paris, sometimes a host city",
                    paris,
                    Sourced(new MeetingFrequency(3, 3, 1), S("FATF/UFA page (search excerpt; no URL in REVIEW-MECHANISMS.md §5.1)", "\"The FATF meets three times a year in plenary\"")),
                    Months(SEx(FatfFeb2020 + " ; " + FatfOct2020 + " ; " + FatfJun2021), 2, 6, 10),
                    null,
                    Sourced(new MeetingLength(3, 6), SEx(FatfFeb2020 + " ; " + FatfJun2021, "3-6 days in the dated plenaries"))),
            ],
            [
                zones.Meeting("FATF-2020-02", id, "FATF plenary February 2020", plenary, new LocalDate(2020, 2, 19), new LocalDate(2020, 2, 21), "Paris", "Europe/Paris", PublishedMeetingFormat.NotStated, SEx(FatfFeb2020, "§7 tags it S")),
                zones.Meeting("FATF-2020-10", id, "FATF plenary October 2020", plenary, new LocalDate(2020, 10, 21), new LocalDate(2020, 10, 23), "virtual", "Europe/Paris", PublishedMeetingFormat.Virtual, SEx(FatfOct2020, "§7 tags it S")),
                zones.Meeting("FATF-2021-02", id, "FATF plenary February 2021", plenary, new LocalDate(2021, 2, 22), new LocalDate(2021, 2, 25), "virtual", "Europe/Paris", PublishedMeetingFormat.Virtual, SEx(FatfFeb2021, "third virtual plenary; §7 tags it S")),
                zones.Meeting("FATF-2021-06", id, "FATF plenary June 2021", plenary, new LocalDate(2021, 6, 20), new LocalDate(2021, 6, 25), "virtual", "Europe/Paris", PublishedMeetingFormat.Virtual, SEx(FatfJun2021, "§7 tags it S; virtual, Sun 20-Fri 25 June 2021: the source's dates include a weekend day")),
                zones.Meeting("FATF-2021-10", id, "FATF plenary October 2021", plenary, new LocalDate(2021, 10, 19), new LocalDate(2021, 10, 21), "Paris", "Europe/Paris", PublishedMeetingFormat.Hybrid, SEx(FatfOct2021, "\"after five completely virtual Plenary events\"; §7 tags it S")),
            ],
            [
                new(id, "Assessment length", "Each mutual evaluation takes 14 months for the team to complete.", S(FatfFaq)),
                new(id, "Civil-society input", "Input from NPOs/CSOs no less than two months before the indicated on-site date.", S(FatfFaq)),
                new(id, "Plenary load", "Two mutual evaluation reports discussed and adopted per plenary; cycle 7-8 years; follow-up assessment after 5 years.", SEx("https://finintercontrolnet.org/mutual-evaluations/", "near-verbatim clone of the FATF FAQ; only a mirror copy found (S-ex, not S)")),
                new(id, "On-site visit", "About 2 weeks; the draft, face-to-face meeting and pre-plenary deadlines are in the 4th-round Procedures, body text not retrievable.", R("FATF 4th-round Procedures (2013, updated 2019/2021)", "§5.1 tags R/E")),
                new(id, "MONEYVAL", "On-site visits of 6-7 days (27 Oct-2 Nov 2003; 15-20 Sep 2008; 3-8 Mar 2014), reports adopted about 6-15 months later.", SEx("https://www.coe.int/en/web/moneyval/jurisdictions/montenegro")),
                new(id, "CFATF", "Draft follow-up reports circulated at least 5 weeks before the plenary; 2 weeks for written comments.", S("https://cfatf-gafic.org/home/cfatf-news/510-amendments-to-the-cfatf-procedures-for-the-4th-round-of-aml-cft-mutual-evaluations")),
            ]);
    }

    /// <summary>A FATF mutual evaluation as a comparable: only the FAQ's figures are sourced (14 months to adoption, civil-society input two months before the visit); the 4th-round Procedures' timeline annex was not reachable.</summary>
    internal static StageRuleSet FatfRuleSet(MechanismId id)
    {
        StageKey K(string key) => new(key);
        return new StageRuleSet(
            id,
            "FATF mutual evaluation of one member (comparable)",
            "the assessment starts (the 14 months the FAQ counts run from here)",
            [
                new StageRule(K("F1"), StageKind.Notification, "Assessment starts", E("T0: the FAQ gives the assessment's length, not the event that opens it"))
                {
                    Party = ResponsibleParty.Seat,
                },
                new StageRule(K("F2"), StageKind.Deadline, "Civil-society and NPO input due", E("4 months after the start is a proposed default; its relation to the visit (F3) is S"))
                {
                    Predecessor = K("F1"), Duration = StageSpan.FromMonths(4), Party = ResponsibleParty.Seat,
                },
                new StageRule(K("F3"), StageKind.CountryVisit, "On-site visit", R("FATF 4th-round Procedures (2013, updated 2019/2021) ; " + FatfFaq, "input \"no less than two months prior to the indicated onsite date\" (FAQ, S); about two weeks on site (R): 10 working days chosen"))
                {
                    Predecessor = K("F2"), Offset = StageSpan.FromMonths(2), Duration = StageSpan.FromWorkingDays(10), Shape = StageShape.DateRange,
                    MaySpanNonWorkingDays = true, // two weeks on site: the weekend between them is part of the visit
                },
                new StageRule(K("F4"), StageKind.Adoption, "Discussion and adoption at a FATF plenary", S(FatfFaq, "\"Each assessment takes 14 months for the team to complete\": the next plenary at least 14 months after the start; 5-day fallback (plenaries last 3-6 days, S-ex)"))
                {
                    Predecessor = K("F1"),
                    Duration = StageSpan.FromDays(5),
                    Shape = StageShape.DateRange,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.FromMonths(14)),
                    IsPinned = true,
                },
                new StageRule(K("F5"), StageKind.FollowUp, "Follow-up assessment at a plenary", SEx("https://finintercontrolnet.org/mutual-evaluations/", "\"follow-up assessment after 5 years\"; only a clone of the FATF FAQ found"))
                {
                    Predecessor = K("F4"),
                    Duration = StageSpan.FromDays(5),
                    Shape = StageShape.DateRange,
                    Party = ResponsibleParty.Seat,
                    Alignment = new PlenaryAlignment(StageSpan.FromMonths(60)),
                    IsPinned = true,
                },
            ]);
    }

    internal static MechanismProfile AuAbc(ReferenceZones zones)
    {
        var id = ReferenceMechanisms.AuAbc;
        var arusha = zones["Africa/Dar_es_Salaam"];
        return new MechanismProfile(
            id,
            "AU ABC",
            "African Union Advisory Board on Corruption",
            Sourced("Arusha", SEx(Auabc46, "Arusha International Conference Centre; zone Africa/Dar_es_Salaam (§6.4)")),
            arusha,
            null,
            [
                new PlenaryPattern(
                    "AUABC ordinary session",
                    MeetingKind.Plenary,
                    "Arusha",
                    arusha,
                    Sourced(new MeetingFrequency(3, 4, 1), E("about 3-4 ordinary sessions a year; frequency not found")),
                    null,
                    null,
                    Sourced(new MeetingLength(5, 6), SEx(Auabc24 + " ; " + Auabc46, "sessions may span weekends (46th: Thu 21-Tue 26 Mar 2024)"))),
            ],
            [
                zones.Meeting("AUABC-46", id, "AUABC 46th ordinary session", MeetingKind.Plenary, new LocalDate(2024, 3, 21), new LocalDate(2024, 3, 26), "Arusha International Conference Centre", "Africa/Dar_es_Salaam", PublishedMeetingFormat.InPerson, SEx(Auabc46, "Thu 21-Tue 26 Mar 2024: the session spans the weekend (source dates)")),
                zones.Meeting("AUABC-24", id, "AUABC 24th ordinary session", MeetingKind.Plenary, new LocalDate(2017, 10, 2), new LocalDate(2017, 10, 7), "not stated (Board seat: Arusha)", "Africa/Dar_es_Salaam", PublishedMeetingFormat.NotStated, SEx(Auabc24, "venue not stated in the source; dates read in the seat's zone; Mon 2-Sat 7 Oct 2017: the source's dates include a weekend day")),
            ],
            [
                new(id, "Convention", "AU Convention adopted Maputo 11 Jul 2003, in force 5 Aug 2006; Board created 26 May 2009.", S(AuabcLaw)),
                new(id, "Board", "11 members, 2-year terms renewable once; reports regularly to the AU Executive Council (Art. 22).", SEx("https://docest.com/doc/84277/african-union-convention-on-preventing-and-combating-corruption", "only a mirror copy of the Convention text found (S-ex, not S)")),
                new(id, "State reviews", "State review reports pass through successive readings at ordinary sessions (46th session, 21-26 Mar 2024: second reading of Egypt's report).", SEx(Auabc46)),
                new(id, "Step durations", "Review-step durations not found.", E("§5.2")),
            ]);
    }

    internal static MechanismProfile OecdAcnIap(ReferenceZones zones)
    {
        var id = ReferenceMechanisms.OecdAcnIap;
        var paris = zones["Europe/Paris"];
        return new MechanismProfile(
            id,
            "OECD ACN IAP",
            "OECD Anti-Corruption Network for Eastern Europe and Central Asia: Istanbul Anti-Corruption Action Plan",
            Sourced("Paris (OECD)", SEx(Acn2024, "reports adopted at ACN plenary/monitoring meetings in Paris")),
            paris,
            null,
            [
                new PlenaryPattern(
                    "ACN plenary / IAP monitoring meeting",
                    MeetingKind.Plenary,
                    "Paris",
                    paris,
                    Sourced(new MeetingFrequency(1, 1, 1), E("1 plenary a year plus Steering Group meetings")),
                    Months(SEx(Acn2024, "September (2007 and 2024 meetings)"), 9),
                    null,
                    Sourced(new MeetingLength(3, 4), SEx(Acn2024, "26-28 Sep 2007; 16-19 Sep 2024"))),
            ],
            [
                zones.Meeting("ACN-2024-09", id, "ACN plenary (23rd IAP monitoring meeting, 29th Steering Group)", MeetingKind.Plenary, new LocalDate(2024, 9, 16), new LocalDate(2024, 9, 19), "Paris (OECD)", "Europe/Paris", PublishedMeetingFormat.NotStated, S(Acn2024)),
            ],
            [
                new(id, "Launch", "Launched 2003 (ACN General Meeting, Istanbul, September 2003).", S(Iap)),
                new(id, "Methodology", "4th-round methodology endorsed by the Steering Group 22 Apr 2016, amended September 2017; 5th round indicator-based, piloted first.", S("https://www.oecd.org/en/publications/istanbul-anti-corruption-action-plan_ec412e11-en.html ; https://www.oecd.org/en/about/projects/acn-istanbul-anti-corruption-action-plan.html")),
                new(id, "Adoption", "Reports adopted at monitoring meetings in Paris with 2-3 rapporteur countries (Kazakhstan report adopted 28 Sep 2007; ACN plenary 16-19 Sep 2024 = 23rd IAP monitoring meeting).", SEx(Acn2024 + " ; http://fayllar.org/istanbul-anti-corruption-action-plan-for/fayllar.org/istanbul-anti-corruption-action-plan-for.html?page=3")),
                new(id, "Visit length", "On-site visit about 1 week (not found).", E("§5.3")),
            ]);
    }

    internal static MechanismProfile ArabAcac(ReferenceZones zones)
    {
        var id = ReferenceMechanisms.ArabAcac;
        var cairo = zones["Africa/Cairo"];
        return new MechanismProfile(
            id,
            "Arab ACAC",
            "Arab Anti-Corruption Convention implementation review mechanism (League of Arab States)",
            Sourced("Cairo (League of Arab States headquarters)", S(Acac2015 + " ; " + Acac2024)),
            cairo,
            null,
            [
                new PlenaryPattern(
                    "Conference of the States Parties",
                    MeetingKind.ConferenceOfStatesParties,
                    "Arab League headquarters, Cairo (4th session: Riyadh)",
                    cairo,
                    Sourced(new MeetingFrequency(1, 1, 2), S(Acac2015, "the Conference convenes every 2 years")),
                    null,
                    null,
                    Sourced(new MeetingLength(2, 3), SEx(Acac2015 + " ; " + Acac2020Announce + " ; " + Acac2022 + " ; " + Acac2024, "no fixed first weekday: Sun 27 Dec 2015 and Sun 5 May 2024 (Cairo), Tue 7 Jan 2020 (Rabat), Tue 22 Mar 2022 (Riyadh)"))),
            ],
            [
                zones.MonthOnly("ACAC-COSP-02", id, "ACAC Conference of the States Parties, 2nd session", MeetingKind.ConferenceOfStatesParties, new YearMonth(2017, 12), "Arab League headquarters, Cairo", "Africa/Cairo", PublishedMeetingFormat.NotStated, SEx(Acac2017 + " ; " + Acac2020Announce, "month only: held at the Arab League headquarters in 2017 (Oman News Agency) in December (Asharq Al-Awsat, truncated); days not found")),
                zones.Meeting("ACAC-COSP-03", id, "ACAC Conference of the States Parties, 3rd session", MeetingKind.ConferenceOfStatesParties, new LocalDate(2020, 1, 7), new LocalDate(2020, 1, 8), "Rabat", "Africa/Casablanca", PublishedMeetingFormat.InPerson, SEx(Acac2020Announce + " ; " + Acac2020Opened + " ; " + Acac2017, "two days from Tuesday 7 January 2020: an Arab forum on national strategies on the first day, the States parties' delegations on the second; press reports")),
                zones.Meeting("ACAC-COSP-04", id, "ACAC Conference of the States Parties, 4th session", MeetingKind.ConferenceOfStatesParties, new LocalDate(2022, 3, 22), new LocalDate(2022, 3, 23), "Riyadh", "Asia/Riyadh", PublishedMeetingFormat.NotStated, S(Acac2022, "adopted the implementation review mechanism of the Convention")),
                zones.Meeting("ACAC-COSP-05", id, "ACAC Conference of the States Parties, 5th session", MeetingKind.ConferenceOfStatesParties, new LocalDate(2024, 5, 5), new LocalDate(2024, 5, 7), "Arab League headquarters, Cairo", "Africa/Cairo", PublishedMeetingFormat.InPerson, S(Acac2024, "Sun-Tue (Egypt's weekend is Fri-Sat); the 6th open-ended expert meeting sat on 5 May at the same venue")),
            ],
            [
                new(id, "Convention", "Adopted 21 Dec 2010; 1st Conference of States Parties 27-28 Dec 2015, Cairo (Sun-Mon); open-ended governmental group set up.", S(Acac2015)),
                new(id, "Review mechanism", "The 4th session (Riyadh, 22-23 Mar 2022) adopted the implementation review mechanism.", S(Acac2022)),
                new(id, "Review group", "1st session of the implementation review group: Arab League headquarters, two days, starting on a Sunday; agenda included the review schedule and drawing of lots.", S("http://www.gulf-times.com/story/724473/Arab-anti-corruption-convention-s-implementation-group-session-kicks-off")),
                new(id, "5th Conference", "5-7 May 2024 (Sun-Tue), Arab League headquarters Cairo; 6th open-ended expert meeting 5 May.", S(Acac2024)),
                new(id, "Step durations", "None published; the template follows UNCAC (draw of lots, then review).", E("§5.4, §8.5: mirror UNCAC IRM")),
            ]);
    }
}
