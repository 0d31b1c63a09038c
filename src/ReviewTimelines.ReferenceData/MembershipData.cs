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

    // MESICIC: States parties seen in dated primary or mirrored documents only (the full list of 33 was not found).
    private const string Mesicic2021 = "ARG ATG BLZ BOL BRA CAN CHL";
    private const string MesicicVisits2012 = "BOL BRA ECU MEX PRY SLV";

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

        var mesicic = ReferenceMechanisms.OasMesicic;
        foreach (var s in Codes(Mesicic2021))
        {
            list.Add(new(mesicic, s, null, Day("2021-03-08"), null, null, SEx(Mesicic35, "represented as a State party at the 35th meeting (8-11 March 2021); only a mirror copy of the minutes found")));
        }

        foreach (var s in Codes(MesicicVisits2012).Where(s => !Codes(Mesicic2021).Contains(s)))
        {
            list.Add(new(mesicic, s, null, Day("2012-09-14"), null, null, S(Mesicic2012, s.Value == "ECU" ? "on-site visit for 2013 approved at the 20th meeting (10-14 September 2012)" : "on-site visit March-April 2012, report adopted at the 20th meeting (10-14 September 2012)")));
        }

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

    internal static IReadOnlyList<MemberCount> Counts()
    {
        var uncac = ReferenceMechanisms.UncacIrm;
        return
        [
            new(uncac, Day("2016-11-14"), 180, SEx("CAC/COSP/IRG/2016/9/Add.1, para. 4, https://pdfslide.net/documents/united-nations-caccospirg20169add1-conference-of-the-a-documents-a.html", "\"currently 180 States parties\" at the resumed seventh IRG session (14-16 Nov 2016); only a mirror copy found")),
            new(uncac, Day("2017-07-11"), 182, SEx("https://beta.u4.no/publications/uncac-in-a-nutshell-2017/fullversion", "\"182 countries bound by UNCAC so far (as of 11 July 2017)\"")),
            new(uncac, Day("2023-11-26"), 190, SEx("https://www.ramanmedianetwork.com/dates-announced-for-world-conference-to-tackle-corruption/", "press report dated 26 Nov 2023: \"190 States Parties\"")),
            new(uncac, Day("2025-12-15"), 192, SEx(UncacData.Cosp11, "192 States parties at the opening of COSP 11")),
        ];
    }

    private static CountryCode[] Codes(string list) => list.Split(' ').Select(c => new CountryCode(c)).ToArray();

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
