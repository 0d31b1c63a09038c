using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Model;
using static ReviewTimelines.ReferenceData.ReferenceZones;

namespace ReviewTimelines.ReferenceData;

/// <summary>
/// Membership of the mechanisms, as compact tables: one line per State, <c>ISO3 joined</c> or <c>ISO3 -</c> (join date
/// not given). Only what the cited sources give; docs/reference-data.md ("Membership") lists what is missing.
/// </summary>
internal static class MembershipData
{
    internal const string GrecoList = "https://piglix.com/piglix/Group_of_States_Against_Corruption";
    internal const string Greco2024 = "https://unipd-centrodirittiumani.it/en/pages/the-group-of-states-against-corruption-greco";
    internal const string Greco2024Kaz = "https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Group_of_States_Against_Corruption";
    internal const string WgbObserver = "OECD Observer No 225 (March 2001), https://oecdobserver.org/news/archivestory.php/aid/475/Two_more_countries_ratify_anti-bribery_convention.html";
    internal const string WgbCommittee = "https://www.oecd.org/en/about/committees/working-group-on-bribery.html";
    internal const string Mesicic35 = MesicicData.Minutes35;
    internal const string Mesicic2012 = "https://www.oas.org/es/centro_noticias/comunicado_prensa.asp?sCodigo=C-314/12";
    internal const string Acac2020 = ComparablesData.Acac2020Announce;
    internal const string Acac2024 = ComparablesData.Acac2024;
    internal const string Oman2014 = ComparablesData.Acac2017;
    internal const string Mesicic2012Round4 = "El Nuevo Siglo (Bogota), \"OEA investiga corrupcion en Colombia\", https://www.elnuevosiglo.com.co/oea-investiga-corrupcion-en-colombia";
    internal const string OasNl13 = "OAS Department of Legal Cooperation newsletter No 13 (December 2007), http://www.oas.org/juridico/newsletter/nl_en_13.htm";
    internal const string OasNl60 = "OAS Department of Legal Cooperation newsletter No 60 (August 2011), http://www.oas.org/juridico/newsletter/nl_en_60.htm";
    internal const string OasNl135 = "OAS Department of Legal Cooperation newsletter No 135 (August 2013), http://www.oas.org/juridico/newsletter/nl_en_135.htm";
    internal const string OasNl225 = "OAS Department of Legal Cooperation newsletter No 225 (March 2015), http://www.oas.org/juridico/newsletter/nl_en_225.htm";
    internal const string Mesicic31 = "SG/MESICIC/doc.536/18, minutes of the 31st meeting (10-13 September 2018), https://docslib.org/doc/8393888/minutes-of-the-thirty-first-meeting-of-the-committee-of-experts-of-the-mechanism-for-follow-up-on-implementation-of-the-inter-american-convention-against-corruption";
    internal const string OasAgRes2034 = "AG/RES. 2034 (XXXIV-O/04), 8 June 2004, http://www.oas.org/juridico/spanish/ag04/agres_2034.htm";
    internal const string Untc = "UN Treaty Collection, chapter XVIII-14, status as at 20 April 2024, https://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=3&mtdsg_no=XVIII-14&chapter=18&lang=en";
    internal const string Trb2006 = "Tractatenblad 2006, 266 (Netherlands Treaty Series: the Convention's party data), https://zoek.officielebekendmakingen.nl/trb-2006-266.html";
    internal const string DeWikiCopy = "German Wikipedia article on the Convention (machine-translated copy), https://denl.qaz.wiki/wiki/%C3%9Cbereinkommen_der_Vereinten_Nationen_gegen_Korruption";
    internal const string JapanUncac = "https://www.lexology.com/library/detail.aspx?g=5149f586-be38-49c8-b62d-9f7204bcfae8 ; UNODC press release of 12 July 2017 (copy), http://intlawinfo.globelaw.info/unodc-chief-welcomes-japans-decision-to-join-crime-and-corruption-conventions/";
    internal const string IrelandUncac = "http://www.inhouselawyer.co.uk/wgd_question/to-which-international-anti-corruption-conventions-is-your-country-party/";
    internal const string NewZealandUncac = "Xinhua, 2 December 2015, http://en.chinagate.cn/2015-12/02/content_37214855.htm ; https://www.transparency.org.nz/blog/whats-on-this-year-for-anti-corruption-efforts-in-new-zealand";
    internal const string VanuatuUncac = "UNDP Pacific Centre, 29 July 2011, http://www.fj.undp.org/content/fiji/en/home/presscenter/articles/2011/07/29/un-welcomes-vanuatu-s-accession-to-the-un-convention-against-corruption.html";
    internal const string UndpPacific2020 = "UNDP Pacific anti-corruption factsheet, 30 August 2020, https://www.pacific.undp.org/content/pacific/en/home/library/eg/pacific-anticorruption-factsheet.html";

    /// <summary>The day the UN Convention against Corruption entered into force (art. 68(1): 90 days after the 30th instrument, Ecuador's of 15 September 2005).</summary>
    internal static readonly LocalDate UncacEntryIntoForce = new(2005, 12, 14);

    /// <summary>The mechanisms whose member list is complete in the data: a State not listed is not a member.</summary>
    internal static readonly MechanismId[] Complete = [ReferenceMechanisms.Greco, ReferenceMechanisms.OecdWgb];

    // GRECO: founding members on 1 May 1999 and the later members with their dates, as listed on the Council of Europe
    // page (copy on piglix); Kazakhstan and Russia's exit from later sources.
    private const string GrecoFounders = "BEL BGR CYP DEU ESP EST FIN FRA GRC IRL ISL LTU LUX ROU SVK SVN SWE";

    private static readonly string[] GrecoJoined =
    [
        "ALB 2001-04-27", "AND 2005-01-28", "ARM 2004-01-20", "AUT 2006-12-01", "AZE 2004-06-01", "BIH 2000-02-25",
        "BLR 2011-01-13", "CHE 2006-07-01", "CZE 2002-02-09", "DNK 2000-08-03", "GBR 1999-09-18", "GEO 1999-09-16",
        "HRV 2000-12-02", "HUN 1999-07-09", "ITA 2007-06-30", "LIE 2010-01-01", "LVA 2000-07-27", "MCO 2007-07-01",
        "MDA 2001-06-28", "MKD 2000-10-07", "MLT 2001-05-11", "MNE 2006-06-06", "NLD 2001-12-18", "NOR 2001-01-06",
        "POL 1999-05-20", "PRT 2002-01-01", "RUS 2007-02-01", "SMR 2010-08-13", "SRB 2003-04-01", "TUR 2004-01-01",
        "UKR 2006-01-01", "USA 2000-09-20",
    ];

    // OECD WGB: the 30 countries that had ratified the Anti-Bribery Convention by 8 February 2001 (OECD Observer);
    // the other 16 of the 46 Parties named on the WGB committee page (undated: all 38 OECD countries, Croatia, Peru,
    // Romania, the Russian Federation, South Africa), whose dates are not in the data.
    private const string Wgb2001 = "ARG AUS AUT BEL BGR BRA CAN CHE CZE DEU DNK ESP FIN FRA GBR GRC HUN ISL ITA JPN KOR MEX NLD NOR POL PRT SVK SWE TUR USA";
    private const string WgbUndated = "CHL COL CRI EST HRV IRL ISR LTU LUX LVA NZL PER ROU SVN ZAF";

    // MESICIC: States parties named in the 2021 minutes (mirror copy); the other sightings are in Create (full list not found).
    private const string Mesicic2021 = "ARG ATG BLZ BOL BRA CAN CHL";
    private const string MesicicVisits2012 = "BOL BRA ECU MEX PRY SLV";

    // MESICIC: States named in a press report on the fourth round: the group whose analysis began with its replies of
    // 12 December 2012 (Chile, Colombia, Guatemala, Panama, Uruguay, Venezuela) and the ten States visited during 2012
    // (Argentina, Bolivia, Brazil, Costa Rica, El Salvador, Honduras, Mexico, Paraguay, Peru, Trinidad and Tobago).
    // Venezuela is left out: it denounced the OAS Charter (2017-2019) and its participation afterwards is not in the data.
    private const string MesicicRound4 = "ARG BOL BRA CHL COL CRI GTM HND MEX PAN PER PRY SLV TTO URY";

    // UNCAC: deposits of instruments (ratification, acceptance, approval or accession), ISO3 then date, as the UN
    // Treaty Collection status page gives them (its first rows, Afghanistan to Burundi; Bhutan is left out: the copy's
    // date, 27 Sep 2023, contradicts the IRG's welcome of Bhutan as a new State party in November 2016).
    private static readonly string[] UncacDepositsUntc =
    [
        "AFG 2008-08-25", "ALB 2006-05-25", "DZA 2004-08-25", "AGO 2006-08-29", "ATG 2006-06-21", "ARG 2006-08-28",
        "ARM 2007-03-08", "AUS 2005-12-07", "AUT 2006-01-11", "AZE 2005-11-01", "BHS 2008-01-10", "BHR 2010-10-05",
        "BGD 2007-02-27", "BRB 2023-10-10", "BLR 2005-02-17", "BEL 2008-09-25", "BLZ 2016-12-12", "BEN 2004-10-14",
        "BOL 2005-12-05", "BIH 2006-10-26", "BWA 2011-06-27", "BRA 2005-06-15", "BRN 2008-12-02", "BGR 2006-09-20",
        "BFA 2006-10-10", "BDI 2006-03-10",
    ];

    // UNCAC: further deposits from the Netherlands Treaty Series (Tractatenblad 2006, 266, which also gives the dates of
    // entry into force that UncacPartyFrom reproduces) and, for three Council of Europe States, the German Wikipedia.
    private static readonly string[] UncacDepositsTrb = ["CAF 2006-10-06", "CHL 2006-09-13", "CHN 2006-01-13", "COL 2006-10-27", "COG 2006-07-13"];
    private static readonly string[] UncacDepositsDeWiki = ["CHE 2009-09-24", "DEU 2014-11-12", "LIE 2010-07-08"];

    // Arab ACAC: States parties named by the Conference announcements of January 2020 and May 2024.
    private const string Acac2020Parties = "BHR DZA EGY IRQ JOR KWT MAR OMN PSE QAT SAU SDN TUN";
    private const string Acac2024New = "ARE SOM";

    internal static IReadOnlyList<StateMembership> Create()
    {
        var list = new List<StateMembership>();
        var greco = ReferenceMechanisms.Greco;
        foreach (var s in Codes(GrecoFounders))
        {
            list.Add(new(greco, s, Day("1999-05-01"), Day("1999-05-01"), null, null, SEx(GrecoList, "founding member (1 May 1999); only a mirror copy of the Council of Europe list found")));
        }

        foreach (var line in GrecoJoined)
        {
            var (state, joined) = (new CountryCode(line[..3]), Day(line[4..]));
            list.Add(state.Value == "RUS"
                ? new(greco, state, joined, Day("2019-06-17"), null, Day("2024-12-31"), SEx(GrecoList + " ; " + GrecoData.June2019 + " ; " + Greco2024, "joined 1 Feb 2007; compliance reports on Russia on the GRECO 83 agenda (17-21 June 2019); not among the 49 members listed in 2024 (46 Council of Europe States, Belarus, Kazakhstan, USA): exit date not in the data"))
                : new(greco, state, joined, joined, null, null, SEx(GrecoList, "only a mirror copy of the Council of Europe list found")));
        }

        list.Add(new(greco, new CountryCode("KAZ"), null, Day("2024-02-29"), null, null, SEx(Greco2024Kaz + " ; " + Greco2024, "member in the February 2024 encyclopaedia snapshot and the 2024 list; join date not in the data")));

        var wgb = ReferenceMechanisms.OecdWgb;
        foreach (var s in Codes(Wgb2001))
        {
            list.Add(new(wgb, s, null, Day("2001-02-08"), null, null, S(WgbObserver, "among the 30 countries that had ratified by 8 February 2001 (Argentina's deposit, the latest named); join date not in the data")));
        }

        foreach (var s in Codes(WgbUndated))
        {
            list.Add(new(wgb, s, null, null, null, null, S(WgbCommittee, "one of the 46 Parties named on the undated committee page; date not in the data")));
        }

        list.Add(new(wgb, new CountryCode("RUS"), null, Day("2022-02-23"), Day("2022-02-24"), null, S(WgbCommittee, "membership suspended on 24 February 2022 (a member the day before); join date not in the data")));

        // MESICIC: every sighting of a State as a State party, dated; each State keeps its earliest (a confirmed
        // membership continues until a recorded exit, and none is recorded).
        var mesicic = ReferenceMechanisms.OasMesicic;
        (string Codes, string On, SourceReference Source)[] sightings =
        [
            ("BHS CHL COL DOM PAN SLV", "2007-12-07", S(OasNl13, "second-round report adopted at the meetings that ended on 7 December 2007")),
            ("ARG BLZ BOL BRA COL CRI GTM GUY KNA PAN PRY SLV URY USA", "2011-08-31", S(OasNl60, "among the States parties that had consented to on-site visits by August 2011")),
            (MesicicVisits2012, "2012-09-14", S(Mesicic2012, "on-site visit March-April 2012 (Ecuador: approved for 2013), reports adopted at the 20th meeting (10-14 September 2012)")),
            (MesicicRound4, "2012-12-12", SEx(Mesicic2012Round4, "named in the fourth round of analysis: visited during 2012 or in the group whose replies were sent on 12 December 2012; press report")),
            ("ATG BHS KNA USA", "2015-03-20", S(OasNl225, "fourth-round report adopted at the 25th meeting (16-20 March 2015); Venezuela, also reviewed then, is left out (its participation after its OAS Charter denunciation is not in the data)")),
            ("HTI JAM", "2018-09-10", SEx(Mesicic31, "represented as a State party at the 31st meeting (10-13 September 2018); only a mirror copy of the minutes found")),
            (Mesicic2021, "2021-03-08", SEx(Mesicic35, "represented as a State party at the 35th meeting (8-11 March 2021); only a mirror copy of the minutes found")),
        ];
        foreach (var group in sightings.SelectMany(x => Codes(x.Codes).Select(c => (State: c, On: Day(x.On), x.Source))).GroupBy(x => x.State))
        {
            var first = group.OrderBy(x => x.On).First();
            list.Add(new(mesicic, first.State, null, first.On, null, null, first.Source));
        }

        AddUncac(list);

        var acac = ReferenceMechanisms.ArabAcac;
        foreach (var s in Codes(Acac2020Parties))
        {
            list.Add(s.Value == "OMN"
                ? new(acac, s, null, Day("2014-05-21"), null, null, SEx(Oman2014 + " ; " + Acac2020, "ratified by Royal Decree 28/2014 of 21 May 2014 (Oman News Agency); the date of becoming a party is not in the data"))
                : new(acac, s, null, Day("2020-01-07"), null, null, SEx(Acac2020, "named among the States parties for the 3rd Conference (Rabat, 7-8 January 2020); press report")));
        }

        foreach (var s in Codes(Acac2024New))
        {
            list.Add(new(acac, s, null, Day("2024-05-05"), null, null, S(Acac2024, "named among the States parties at the 5th Conference (Cairo, 5-7 May 2024); not among those named in January 2020; date of becoming a party not in the data")));
        }

        return list;
    }

    /// <summary>
    /// The day the Convention entered into force for a State that deposited its instrument on <paramref name="deposit"/>:
    /// the thirtieth day after the deposit, or the Convention's own entry into force (14 December 2005) if later (art. 68).
    /// </summary>
    internal static LocalDate UncacPartyFrom(LocalDate deposit) => LocalDate.Max(deposit.PlusDays(30), UncacEntryIntoForce);

    private static void AddUncac(List<StateMembership> list)
    {
        var uncac = ReferenceMechanisms.UncacIrm;
        const string Rule = "party from the 30th day after the deposit or from 14 Dec 2005 if later (art. 68)";
        foreach (var line in UncacDepositsUntc)
        {
            var (state, deposit) = (new CountryCode(line[..3]), Day(line[4..]));
            list.Add(new(uncac, state, UncacPartyFrom(deposit), UncacPartyFrom(deposit), null, null, S(Untc, "instrument deposited " + line[4..] + "; " + Rule)));
        }

        foreach (var line in UncacDepositsTrb)
        {
            var (state, deposit) = (new CountryCode(line[..3]), Day(line[4..]));
            list.Add(new(uncac, state, UncacPartyFrom(deposit), UncacPartyFrom(deposit), null, null, S(Trb2006, "instrument deposited " + line[4..] + "; " + Rule)));
        }

        foreach (var line in UncacDepositsDeWiki)
        {
            var (state, deposit) = (new CountryCode(line[..3]), Day(line[4..]));
            list.Add(new(uncac, state, UncacPartyFrom(deposit), UncacPartyFrom(deposit), null, null, SEx(DeWikiCopy, "ratification " + line[4..] + " as the encyclopaedia gives it (taken as the deposit); " + Rule)));
        }

        var japan = UncacPartyFrom(Day("2017-07-11"));
        list.Add(new(uncac, new CountryCode("JPN"), japan, japan, null, null, SEx(JapanUncac, "instrument of acceptance submitted on 11 Jul 2017 (law-firm note; the UNODC release says Japan became a party that day); " + Rule)));
        list.Add(new(uncac, new CountryCode("IRL"), Day("2011-12-09"), Day("2011-12-09"), null, null, SEx(IrelandUncac, "\"entered into force on 9 December 2011\" (law-firm country answer)")));
        list.Add(new(uncac, new CountryCode("NZL"), null, Day("2016-01-01"), null, null, SEx(NewZealandUncac, "ratified in November 2015, announced 2 Dec 2015 (deposit date not given): a party by 1 Jan 2016 at the latest by art. 68")));
        var vanuatu = UncacPartyFrom(Day("2011-07-12"));
        list.Add(new(uncac, new CountryCode("VUT"), vanuatu, vanuatu, null, null, S(VanuatuUncac, "acceded on 12 Jul 2011; " + Rule)));
    }

    internal static IReadOnlyList<MemberCount> Counts()
    {
        var uncac = ReferenceMechanisms.UncacIrm;
        return
        [
            new(ReferenceMechanisms.OasMesicic, Day("2013-08-31"), 31, S(OasNl135, "\"the 31 States that make up the MESICIC\"")),
            new(ReferenceMechanisms.OasMesicic, Day("2015-03-20"), 31, S(OasNl225, "\"the 31 countries that are currently parties to the MESICIC\"")),
            new(ReferenceMechanisms.OasMesicic, Day("2004-06-08"), 28, S(OasAgRes2034, "the Convention \"ratificada por 30 Estados Miembros de la OEA\", \"28 de ellos participan ahora del Mecanismo\"")),
            new(uncac, Day("2016-11-14"), 180, SEx("CAC/COSP/IRG/2016/9/Add.1, para. 4, https://pdfslide.net/documents/united-nations-caccospirg20169add1-conference-of-the-a-documents-a.html", "\"currently 180 States parties\" at the resumed seventh IRG session (14-16 Nov 2016); only a mirror copy found")),
            new(uncac, Day("2017-07-11"), 182, SEx("https://beta.u4.no/publications/uncac-in-a-nutshell-2017/fullversion", "\"182 countries bound by UNCAC so far (as of 11 July 2017)\"")),
            new(uncac, Day("2020-08-30"), 187, S(UndpPacific2020, "\"To date, 187 countries have become States parties\"")),
            new(uncac, Day("2023-11-26"), 190, SEx("https://www.ramanmedianetwork.com/dates-announced-for-world-conference-to-tackle-corruption/", "press report dated 26 Nov 2023: \"190 States Parties\"")),
            new(uncac, Day("2025-12-15"), 192, SEx(UncacData.Cosp11, "192 States parties at the opening of COSP 11")),
        ];
    }

    private static CountryCode[] Codes(string list) => list.Split(' ').Select(c => new CountryCode(c)).ToArray();

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
