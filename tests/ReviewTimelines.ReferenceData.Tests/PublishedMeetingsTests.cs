using NodaTime;
using NodaTime.Calendars;
using ReviewTimelines.Model;
using static ReviewTimelines.ReferenceData.Tests.TestCatalog;

namespace ReviewTimelines.ReferenceData.Tests;

/// <summary>Issue 15, item 2: every meeting sourced and tagged, weekends only where the source dates them so, the published dates staggered.</summary>
public class PublishedMeetingsTests
{
    /// <summary>The venue's weekend (REVIEW-MECHANISMS.md §6.1): Friday-Saturday in Egypt, Saudi Arabia and Qatar; in the UAE until 31 Dec 2021, Saturday-Sunday from 1 Jan 2022; Saturday-Sunday elsewhere.</summary>
    private static IsoDayOfWeek[] Weekend(PublishedMeeting meeting, LocalDate day) => meeting.VenueZone.Id switch
    {
        "Africa/Cairo" or "Asia/Riyadh" or "Asia/Qatar" => [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday],
        "Asia/Dubai" when day < new LocalDate(2022, 1, 1) => [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday],
        _ => [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
    };

    [Fact]
    public void EveryMeeting_HasACitationAndATagOtherThanEstimate()
    {
        Catalog.Meetings.Should().HaveCountGreaterThan(50);
        Catalog.Meetings.Should().OnlyContain(m => m.Source.Citation.Trim().Length > 0 && m.Source.Confidence != Confidence.Estimate);
        Catalog.Meetings.Select(m => ConfidenceTags.Tag(m.Source.Confidence)).Distinct().Should().BeSubsetOf(["S", "S-ex", "R"]);
    }

    [Fact]
    public void NoMeeting_FallsOnItsVenuesWeekend_UnlessItsSourceNoteSaysSo()
    {
        var onWeekend = Catalog.Meetings
            .Where(m => m.Dates is { } d && d.Dates.Any(day => Weekend(m, day).Contains(day.DayOfWeek)))
            .ToList();

        onWeekend.Where(m => !(m.Source.Note ?? string.Empty).Contains("weekend", StringComparison.Ordinal))
            .Select(m => m.ToString()).Should().BeEmpty();
        // The oracle can fail: the AUABC 46th session (Thu 21-Tue 26 March 2024) spans a Saturday and Sunday in Arusha.
        onWeekend.Select(m => m.Id.Value).Should().Contain("AUABC-46");
        // Egypt's weekend is Friday-Saturday: the 5th ACAC Conference, Sunday to Tuesday in Cairo, is on working days.
        onWeekend.Select(m => m.Id.Value).Should().NotContain("ACAC-COSP-05");
    }

    [Fact]
    public void AcacConferences_HaveNoFixedFirstWeekday_RabatOpenedOnTuesday7January2020()
    {
        var acac = Catalog[ReferenceMechanisms.ArabAcac];
        acac.Patterns.Single().FirstWeekday.Should().BeNull("the conferences opened on Sun 27 Dec 2015, Tue 7 Jan 2020, Tue 22 Mar 2022, Sun 5 May 2024");

        var rabat = acac.Meetings.Single(m => m.Id.Value == "ACAC-COSP-03");
        rabat.Dates!.Value.Start.Should().Be(new LocalDate(2020, 1, 7));
        rabat.Dates!.Value.Start.DayOfWeek.Should().Be(IsoDayOfWeek.Tuesday);
        rabat.VenueZone.Id.Should().Be("Africa/Casablanca");
        acac.Meetings.Single(m => m.Id.Value == "ACAC-COSP-04").Dates!.Value.Start.DayOfWeek.Should().Be(IsoDayOfWeek.Tuesday);
        acac.Meetings.Single(m => m.Id.Value == "ACAC-COSP-05").Dates!.Value.Start.DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void Cosp_OddYearsMondayToFriday_InTheHostCitysZone()
    {
        var cosp = Catalog[ReferenceMechanisms.UncacIrm].Meetings.Where(m => m.Kind == MeetingKind.ConferenceOfStatesParties).ToList();

        cosp.Select(m => (m.Id.Value, m.VenueZone.Id)).Should().Equal(
            ("COSP-08", "Asia/Dubai"), ("COSP-09", "Africa/Cairo"), ("COSP-10", "America/New_York"), ("COSP-11", "Asia/Qatar"));
        cosp.Should().OnlyContain(m => m.Dates!.Value.Start.Year % 2 == 1
            && m.Dates!.Value.Start.DayOfWeek == IsoDayOfWeek.Monday && m.Dates!.Value.End.DayOfWeek == IsoDayOfWeek.Friday);
    }

    /// <summary>
    /// Bodies sharing a secretariat never hold their meetings in the same ISO week: the OECD houses the WGB, the ACN
    /// (Istanbul Action Plan) and the FATF secretariat in Paris; UNODC serves the IRG and COSP (one mechanism, where a
    /// resumed IRG session sits in the COSP week on purpose). Computed over every dated meeting, 2017-2026.
    /// </summary>
    [Fact]
    public void PublishedMeetings_OfBodiesSharingASecretariat_NeverShareAnIsoWeek()
    {
        var oecd = new[] { ReferenceMechanisms.OecdWgb, ReferenceMechanisms.OecdAcnIap, ReferenceMechanisms.Fatf };
        var meetings = Catalog.Meetings.Where(m => oecd.Contains(m.Mechanism) && m.Dates is not null && m.Kind == MeetingKind.Plenary).ToList();
        meetings.Select(m => m.Mechanism).Distinct().Should().HaveCount(3, "the oracle must see all three OECD-housed bodies");

        var clashes = from a in meetings
                      from b in meetings
                      where a.Mechanism.CompareTo(b.Mechanism) < 0 && IsoWeeks(a).Intersect(IsoWeeks(b)).Any()
                      select a.Id + " / " + b.Id;

        clashes.Should().BeEmpty();
    }

    [Fact]
    public void MeetingsByYear_CoverEveryBodyFrom2017To2026_AndSayNotFoundWhereNoSourceWasFound()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "reference-data.md"));
        var table = text[text.IndexOf("### Meetings by year", StringComparison.Ordinal)..];
        var rows = table.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).Take(Catalog.Mechanisms.Count).ToList();

        rows.Select(r => r.Split('|')[1].Trim()).Should().Equal(Catalog.Mechanisms.Select(m => m.Acronym));
        rows.Should().OnlyContain(r => r.Split('|').Length == ReferenceDataDocument.Years.Length + 3);
        rows.Single(r => r.StartsWith("| UNCAC IRM", StringComparison.Ordinal)).Should().Contain("COSP-11").And.Contain("IRG-14 *m*");
        rows.Single(r => r.StartsWith("| Arab ACAC", StringComparison.Ordinal)).Split('|')[Column(2020)].Should().Contain("ACAC-COSP-03");
        rows.Should().OnlyContain(r => r.Split('|')[Column(2026)].Contains("**not found**", StringComparison.Ordinal), "no 2026 meeting was found for any body");
    }

    /// <summary>The index of a year's cell in a row split on '|' (empty, body, then one cell per year).</summary>
    private static int Column(int year) => 2 + year - ReferenceDataDocument.Years[0];

    private static List<(int Year, int Week)> IsoWeeks(PublishedMeeting meeting) =>
        meeting.Dates!.Value.Dates
            .Select(d => (WeekYearRules.Iso.GetWeekYear(d), WeekYearRules.Iso.GetWeekOfWeekYear(d)))
            .Distinct()
            .ToList();
}
