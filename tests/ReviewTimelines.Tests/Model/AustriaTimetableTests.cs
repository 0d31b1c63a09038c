using NodaTime;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Model.AustriaTimetable;

namespace ReviewTimelines.Tests.Model;

public class AustriaTimetableTests
{
    private static readonly Timetable Timetable = Builder().Build();

    [Fact]
    public void Build_AustriaGrecoAndWgb2021_IsValidWithoutWarnings()
    {
        Timetable.Warnings.Should().BeEmpty();
        Timetable.ToString().Should().Be("Timetable: 2 mechanisms, 2 cycles, 4 countries, 6 persons, 2 reviews, 5 stages, 1 meetings, 1 blackouts");
    }

    [Fact]
    public void Collections_AreInOrdinalIdOrder()
    {
        Timetable.Mechanisms.Select(m => m.Id.Value).Should().Equal("GRECO", "OECD-WGB");
        Timetable.Countries.Select(c => c.Code.Value).Should().Equal("AUT", "CHE", "DEU", "SVN");
        Timetable.Persons.Select(p => p.Id.Value).Should().Equal("examiner-che-1", "expert-deu-1", "expert-svn-1", "fp-aut", "greco-sec-1", "wgb-sec-1");
        Timetable.Stages.Select(s => s.Id.Value).Should().Equal(
            "GRECO5-AUT-questionnaire", "GRECO5-AUT-visit", "WGB4-AUT-prep-call", "WGB4-AUT-questionnaire", "WGB4-AUT-visit");
    }

    [Fact]
    public void SharedExpert_SitsOnBothReviews()
    {
        var reviewsOfExpert = Timetable.Reviews.Where(r => r.GovernmentalExperts.Contains(SharedExpert)).Select(r => r.Id.Value);

        reviewsOfExpert.Should().Equal("GRECO5-AUT", "WGB4-AUT");
        Timetable.GetPerson(SharedExpert).Country.Should().Be(Deu);
    }

    [Fact]
    public void Lookups_ById_FindItemsAndTheReviewOfAStage()
    {
        Timetable.GetReviewOf(WgbVisit).Id.Should().Be(WgbReview);
        Timetable.GetStage(GrecoVisit).Kind.Should().Be(StageKind.CountryVisit);
        Timetable.GetMechanism(Wgb).ShortName.Should().Be("WGB");
        Timetable.GetCycle(GrecoRound5).Name.Should().Be("Fifth evaluation round");
        Timetable.GetCountry(Aut).Zone.Should().BeSameAs(Vienna);
        Timetable.GetMeeting(GrecoPlenary).IsPinned.Should().BeTrue();
        Timetable.TryGetStage(new StageId("nope"), out var none).Should().BeFalse();
        none.Should().BeNull();
        Timetable.TryGetPerson(WgbStaff, out var staff).Should().BeTrue();
        staff!.Role.Should().Be(PersonRole.SecretariatStaff);
    }

    [Fact]
    public void GetStage_UnknownId_ThrowsKeyNotFoundNamingTheId()
    {
        var act = () => Timetable.GetStage(new StageId("nope"));

        act.Should().Throw<KeyNotFoundException>().WithMessage("The timetable has no stage with id 'nope'.");
    }

    [Fact]
    public void StageInstants_VisitsBeforeAndAfterSpringForward_UseTheViennaOffsetOfEachDate()
    {
        // GRECO visit Mon 22 – Fri 26 March 2021 (CET, +01); WGB visit Mon 29 March – Thu 1 April 2021 (CEST, +02).
        var greco = Timetable.GetStage(GrecoVisit).ToInstantRange();
        var wgb = Timetable.GetStage(WgbVisit).ToInstantRange();

        greco.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 21, 23, 0), Instant.FromUtc(2021, 3, 26, 23, 0)));
        wgb.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 28, 22, 0), Instant.FromUtc(2021, 4, 1, 22, 0)));
        greco.Overlaps(wgb).Should().BeFalse();
    }

    [Fact]
    public void ResourcesOf_Stages_CountryVisitHoldsCountryAndParticipantsVirtualCallOnlyPersons()
    {
        Timetable.ResourcesOf(GrecoVisit).Select(k => k.ToString()).Should().Equal(
            "country:AUT", "person:expert-deu-1", "person:expert-svn-1", "person:fp-aut", "person:greco-sec-1");
        Timetable.ResourcesOf(WgbPrepCall).Select(k => k.ToString()).Should().Equal(
            "person:examiner-che-1", "person:expert-deu-1", "person:wgb-sec-1");
        Timetable.ResourcesOf(GrecoQuestionnaire).Should().BeEmpty();
    }

    [Fact]
    public void ResourcesOf_PlenaryOfAllMembers_HoldsMemberStatesSeatAndAttendees()
    {
        Timetable.ResourcesOf(GrecoPlenary).Select(k => k.ToString()).Should().Equal(
            "country:AUT", "country:CHE", "country:DEU", "country:SVN", "person:greco-sec-1", "seat:GRECO");
    }

    [Fact]
    public void ScheduledItems_SharedExpert_IsDoubleBookedByTheWgbCallDuringTheGrecoVisit()
    {
        var items = Timetable.ScheduledItems();
        var expert = TimetableResource.ForPerson(SharedExpert);

        items.Select(i => i.Item.ToString()).Should().Equal(
            "stage:GRECO5-AUT-questionnaire",
            "stage:GRECO5-AUT-visit",
            "stage:WGB4-AUT-prep-call",
            "stage:WGB4-AUT-questionnaire",
            "stage:WGB4-AUT-visit",
            "meeting:GRECO-plenary-2021-06");
        var expertItems = items.Where(i => i.Resources.Contains(expert)).ToList();
        expertItems.Select(i => i.Item.Id).Should().Equal("GRECO5-AUT-visit", "WGB4-AUT-prep-call", "WGB4-AUT-visit");

        // The call on Friday 26 March 14:00–15:30 Vienna (CET) falls inside the last day of the GRECO visit.
        var call = expertItems[1].Range;
        call.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 26, 13, 0), Instant.FromUtc(2021, 3, 26, 14, 30)));
        expertItems[0].Range.Overlaps(call).Should().BeTrue();
        expertItems[2].Range.Overlaps(call).Should().BeFalse();
        items[^1].IsPinned.Should().BeTrue();
        items[1].IsPinned.Should().BeFalse();
    }

    [Fact]
    public void ResolveDeadline_CountryParty_RollsSaturdayToMondayInVienna()
    {
        var resolved = Timetable.ResolveDeadline(GrecoQuestionnaire)!;

        resolved.StatedDate.Should().Be(new LocalDate(2021, 2, 27));
        resolved.DueDate.Should().Be(new LocalDate(2021, 3, 1));
        resolved.Expiry.Should().Be(Instant.FromUtc(2021, 3, 1, 23, 0));
        resolved.WasRolled.Should().BeTrue();
    }

    [Fact]
    public void ResolveDeadline_PersonWithoutOwnCalendar_UsesTheirCountrysCalendarAndZone()
    {
        // Saturday 3 April 2021 rolls back to Friday 2 April; the end of that day in Berlin (CEST) is 22:00Z.
        var resolved = Timetable.ResolveDeadline(WgbVisit)!;

        resolved.DueDate.Should().Be(new LocalDate(2021, 4, 2));
        resolved.Zone.Id.Should().Be("Europe/Berlin");
        resolved.Expiry.Should().Be(Instant.FromUtc(2021, 4, 2, 22, 0));
        Timetable.ResolveDeadline(WgbPrepCall).Should().BeNull();
    }

    [Fact]
    public void CalendarOfAndZoneOf_EachResourceKind_FollowTheDocumentedFallbacks()
    {
        Timetable.CalendarOf(TimetableResource.ForCountry(Aut)).Should().BeSameAs(AustriaCalendar);
        Timetable.CalendarOf(TimetableResource.ForPerson(SharedExpert))!.Name.Should().Be("DEU");
        Timetable.CalendarOf(TimetableResource.ForPerson(GrecoStaff)).Should().BeNull();
        Timetable.CalendarOf(TimetableResource.ForSeat(Greco)).Should().BeNull();
        Timetable.ZoneOf(TimetableResource.ForSeat(Greco)).Id.Should().Be("Europe/Paris");
        Timetable.ZoneOf(TimetableResource.ForPerson(SharedExpert)).Id.Should().Be("Europe/Berlin");
    }

    [Fact]
    public void BlackoutsOf_Austria_ListsEaster()
    {
        Timetable.BlackoutsOf(TimetableResource.ForCountry(Aut)).Select(b => b.Id.Value).Should().Equal("AUT-easter-2021");
        Timetable.BlackoutsOf(TimetableResource.ForCountry(Deu)).Should().BeEmpty();
    }

    [Fact]
    public void ToBuilder_BuildAgain_GivesAnEqualTimetable()
    {
        var again = Timetable.ToBuilder().Build();

        again.Mechanisms.Should().Equal(Timetable.Mechanisms);
        again.Reviews.Should().Equal(Timetable.Reviews);
        again.Persons.Should().Equal(Timetable.Persons);
        again.Meetings.Should().Equal(Timetable.Meetings);
        again.Blackouts.Should().Equal(Timetable.Blackouts);
        again.ScheduledItems().Should().Equal(Timetable.ScheduledItems());
    }

    [Fact]
    public void ToBuilder_ReplaceStage_MovesOneStageAndLeavesTheOriginalUnchanged()
    {
        var moved = Timetable.GetStage(WgbPrepCall).MovedTo(
            ItemTiming.Timed(new LocalDateTime(2021, 3, 25, 18, 0), new LocalDateTime(2021, 3, 25, 19, 0), Vienna, ReviewTimelines.Calendars.LocalTimeResolution.Strict));

        var changed = Timetable.ToBuilder().ReplaceStage(moved).Build();

        changed.GetStage(WgbPrepCall).Revision.Should().Be(1);
        changed.GetStage(WgbPrepCall).ToInstantRange().Start.Should().Be(Instant.FromUtc(2021, 3, 25, 17, 0));
        Timetable.GetStage(WgbPrepCall).Revision.Should().Be(0);
        changed.GetReviewOf(WgbPrepCall).Stages.Should().HaveCount(3);
    }

    [Fact]
    public void CalendarOfAndZoneOf_DefaultOrUnknownKey_ThrowNamedExceptions()
    {
        var defaultKey = () => Timetable.ZoneOf(default);
        var unknown = () => Timetable.CalendarOf(TimetableResource.ForPerson(new PersonId("nobody")));

        defaultKey.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("resource");
        unknown.Should().Throw<KeyNotFoundException>().WithMessage("The timetable has no person with id 'nobody'.");
    }
}
