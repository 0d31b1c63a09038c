using NodaTime;
using ReviewTimelines.Model;
using CsCheck;
using static ReviewTimelines.ReferenceData.Tests.TestCatalog;

namespace ReviewTimelines.ReferenceData.Tests;

/// <summary>Issue 15, item 3: membership with dates, the "which mechanisms review State X on date D" query, and what the data gives for the seed report's figure.</summary>
public class MembershipTests
{
    private static readonly SourceReference Src = new("test", Confidence.Sourced);

    private static CountryCode C(string code) => new(code);

    private static MembershipStatus StatusOf(string state, MechanismId mechanism, LocalDate date) =>
        Catalog.MembershipsOn(C(state), date).Single(m => m.Mechanism == mechanism).Status;

    [Fact]
    public void StatusOn_HalfOpenFromJoinedToLeft_UnknownWhereTheSourcesLeaveItOpen()
    {
        var dated = new StateMembership(ReferenceMechanisms.OecdWgb, C("RUS"), new LocalDate(2012, 4, 17), new LocalDate(2012, 4, 17), new LocalDate(2022, 2, 24), null, Src);
        dated.StatusOn(new LocalDate(2012, 4, 16)).Should().Be(MembershipStatus.NotMember);
        dated.StatusOn(new LocalDate(2012, 4, 17)).Should().Be(MembershipStatus.Member);
        dated.StatusOn(new LocalDate(2022, 2, 23)).Should().Be(MembershipStatus.Member);
        dated.StatusOn(new LocalDate(2022, 2, 24)).Should().Be(MembershipStatus.NotMember);

        var confirmedOnly = dated with { Joined = null, ConfirmedOn = new LocalDate(2020, 1, 7), Left = null };
        confirmedOnly.StatusOn(new LocalDate(2020, 1, 6)).Should().Be(MembershipStatus.Unknown);
        confirmedOnly.StatusOn(new LocalDate(2030, 1, 1)).Should().Be(MembershipStatus.Member, "a confirmed membership continues until a recorded exit");

        var goneBy = dated with { ConfirmedOn = new LocalDate(2019, 6, 17), Left = null, GoneBy = new LocalDate(2024, 12, 31) };
        goneBy.StatusOn(new LocalDate(2019, 6, 17)).Should().Be(MembershipStatus.Member);
        goneBy.StatusOn(new LocalDate(2019, 6, 18)).Should().Be(MembershipStatus.Unknown);
        goneBy.StatusOn(new LocalDate(2024, 12, 31)).Should().Be(MembershipStatus.NotMember);

        (dated with { Joined = null, ConfirmedOn = null, Left = null }).StatusOn(new LocalDate(2025, 1, 1)).Should().Be(MembershipStatus.Unknown, "an undated source confirms no date");
    }

    [Fact]
    public void StatusOn_Property_MemberOnlyBetweenJoinedAndLeft()
    {
        Gen.Select(Gen.Int[0, 4000], Gen.Int[1, 4000], Gen.Int[0, 9000]).Sample(t =>
        {
            var (joinOffset, length, probe) = t;
            var origin = new LocalDate(1999, 1, 1);
            var joined = origin.PlusDays(joinOffset);
            var left = joined.PlusDays(length);
            var record = new StateMembership(ReferenceMechanisms.Greco, C("AUT"), joined, joined, left, null, Src);
            var day = origin.PlusDays(probe);
            var expected = day >= joined && day < left ? MembershipStatus.Member : MembershipStatus.NotMember;
            return record.StatusOn(day) == expected;
        });
    }

    [Fact]
    public void Memberships_SortedUniqueAndSourced_GrecoAndWgbListsComplete()
    {
        var all = Catalog.Memberships;
        all.Select(m => (m.Mechanism, m.State)).Should().OnlyHaveUniqueItems();
        all.Should().OnlyContain(m => m.Source.Citation.Length > 0 && m.Source.Confidence != Confidence.Estimate);
        all.GroupBy(m => m.Mechanism).Select(g => g.Key).Should().Equal(ReferenceMechanisms.Greco, ReferenceMechanisms.OecdWgb, ReferenceMechanisms.OasMesicic, ReferenceMechanisms.ArabAcac);
        foreach (var g in all.GroupBy(m => m.Mechanism))
        {
            g.Select(m => m.State).Should().BeInAscendingOrder();
        }

        Catalog.HasCompleteMemberList(ReferenceMechanisms.Greco).Should().BeTrue();
        Catalog.HasCompleteMemberList(ReferenceMechanisms.OecdWgb).Should().BeTrue();
        Catalog.HasCompleteMemberList(ReferenceMechanisms.UncacIrm).Should().BeFalse();
        Catalog.HasCompleteMemberList(ReferenceMechanisms.OasMesicic).Should().BeFalse();
    }

    /// <summary>The lists reproduce the counts their sources state: GRECO 17 founders (1999) and 49 members in 2024; the WGB's 46 Parties; 13 ACAC parties named in January 2020 and 15 in May 2024.</summary>
    [Fact]
    public void Memberships_ReproduceTheSourcesCounts()
    {
        int Members(MechanismId id, LocalDate on) => Catalog.Memberships.Count(m => m.Mechanism == id && m.StatusOn(on) == MembershipStatus.Member);

        Members(ReferenceMechanisms.Greco, new LocalDate(1999, 5, 1)).Should().Be(17);
        Members(ReferenceMechanisms.Greco, new LocalDate(2011, 1, 13)).Should().Be(49, "all Council of Europe members, Belarus and the USA once Belarus joined");
        Members(ReferenceMechanisms.Greco, new LocalDate(2024, 12, 31)).Should().Be(49, "46 Council of Europe States, Belarus, Kazakhstan and the USA (2024)");
        Catalog.Memberships.Count(m => m.Mechanism == ReferenceMechanisms.OecdWgb).Should().Be(46);
        Members(ReferenceMechanisms.OecdWgb, new LocalDate(2001, 2, 8)).Should().Be(30);
        Members(ReferenceMechanisms.ArabAcac, new LocalDate(2020, 1, 7)).Should().Be(13);
        Members(ReferenceMechanisms.ArabAcac, new LocalDate(2024, 5, 5)).Should().Be(15);
    }

    [Fact]
    public void MembershipsOn_AnswersEveryMechanism_MemberNotMemberOrUnknown()
    {
        var austria2021 = Catalog.MembershipsOn(C("AUT"), new LocalDate(2021, 9, 27));
        austria2021.Select(m => m.Mechanism).Should().Equal(Catalog.Mechanisms.Select(m => m.Id));
        Catalog.ReviewingMechanisms(C("AUT"), new LocalDate(2021, 9, 27)).Should().Equal(ReferenceMechanisms.Greco, ReferenceMechanisms.OecdWgb);
        austria2021.Single(m => m.Mechanism == ReferenceMechanisms.UncacIrm).Status.Should().Be(MembershipStatus.Unknown, "the UNCAC list is not in the data");
        austria2021.Single(m => m.Mechanism == ReferenceMechanisms.OasMesicic).Status.Should().Be(MembershipStatus.Unknown, "the MESICIC list is partial");

        StatusOf("AUT", ReferenceMechanisms.Greco, new LocalDate(2006, 11, 30)).Should().Be(MembershipStatus.NotMember);
        StatusOf("AUT", ReferenceMechanisms.Greco, new LocalDate(2006, 12, 1)).Should().Be(MembershipStatus.Member);
        StatusOf("JPN", ReferenceMechanisms.Greco, new LocalDate(2021, 1, 1)).Should().Be(MembershipStatus.NotMember, "the GRECO list is complete");
        StatusOf("RUS", ReferenceMechanisms.OecdWgb, new LocalDate(2022, 2, 24)).Should().Be(MembershipStatus.NotMember, "suspended on 24 February 2022");
        StatusOf("RUS", ReferenceMechanisms.Greco, new LocalDate(2021, 3, 29)).Should().Be(MembershipStatus.Unknown);
        StatusOf("ARE", ReferenceMechanisms.ArabAcac, new LocalDate(2024, 5, 5)).Should().Be(MembershipStatus.Member);
    }

    /// <summary>
    /// The seed report (CAC/COSP/IRG/2021/4, issued 29 March 2021, figure I and §5): "nearly 50%" of UNCAC States parties take
    /// part in at least one of the WGB, GRECO and MESICIC. The data gives a lower bound only: the UNCAC list is not in it
    /// (only counts: 182 parties on 11 July 2017, 190 on 26 November 2023) and the MESICIC list is partial.
    /// </summary>
    [Fact]
    public void SeedReportFigure_OnIssueDate_DataGivesALowerBoundConsistentWithNearlyHalf()
    {
        var issued = new LocalDate(2021, 3, 29);
        var three = new[] { ReferenceMechanisms.OecdWgb, ReferenceMechanisms.Greco, ReferenceMechanisms.OasMesicic };
        var states = Catalog.Memberships.Where(m => three.Contains(m.Mechanism)).Select(m => m.State).Distinct().ToList();
        var known = states.ToDictionary(s => s, s => Catalog.MembershipsOn(s, issued).Count(m => three.Contains(m.Mechanism) && m.Status == MembershipStatus.Member));
        var byCount = known.Values.Where(n => n > 0).GroupBy(n => n).OrderBy(g => g.Key).Select(g => (Mechanisms: g.Key, States: g.Count())).ToList();

        byCount.Should().Equal((1, 35), (2, 27));
        var atLeastOne = byCount.Sum(x => x.States);
        atLeastOne.Should().Be(62);
        known.Where(k => k.Value == 0).Select(k => k.Key.Value).Should().BeEquivalentTo("COL", "CRI", "ISR", "KAZ", "NZL", "PER", "RUS", "ZAF");

        var counts = Catalog.MemberCounts.Where(c => c.Mechanism == ReferenceMechanisms.UncacIrm).ToList();
        var partiesAtMost = counts.First(c => c.On >= issued).Count;
        partiesAtMost.Should().Be(190, "UNCAC parties only increase between the sourced counts (no withdrawal known)");
        var lowerBoundShare = (double)atLeastOne / partiesAtMost;
        lowerBoundShare.Should().BeApproximately(0.326, 0.001);
        lowerBoundShare.Should().BeLessThan(0.5, "the data must not contradict the report's \"nearly 50%\"");
    }
}
