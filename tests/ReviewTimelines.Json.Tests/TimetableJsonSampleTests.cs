using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

public class TimetableJsonSampleTests
{
    [Fact]
    public void Read_Austria2021Sample_HoldsEveryItem()
    {
        var document = SampleFiles.Format().Read(SampleFiles.Text("austria-2021.json"));
        var t = document.Timetable;

        t.Mechanisms.Select(m => m.Id.Value).Should().Equal("GRECO", "OECD-WGB", "UNCAC-IRM");
        t.Countries.Select(c => c.Code.Value).Should().Equal("ARE", "AUT", "DEU", "HUN");
        t.Persons.Should().HaveCount(8);
        t.Reviews.Select(r => r.Id.Value).Should().Equal("GRECO5-AUT", "UNCAC2-AUT", "WGB4-HUN");
        t.Stages.Should().HaveCount(6);
        t.Meetings.Should().HaveCount(2);
        t.Blackouts.Should().HaveCount(2);
        document.Feeds.Should().ContainSingle().Which.Should().Be(
            new IcsFeedReference("feeds/expert-deu-1.ics", TimetableResource.ForPerson(new PersonId("expert-deu-1")), DateTimeZoneProviders.Tzdb["Europe/Berlin"]));
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Read_Austria2021Sample_ExpandsReferenceMechanismFromCatalog()
    {
        var greco = SampleFiles.Format().Read(SampleFiles.Text("austria-2021.json")).Timetable.GetMechanism(new MechanismId("GRECO"));

        greco.ShortName.Should().Be("GRECO");
        greco.SeatZone.Id.Should().Be("Europe/Paris");
        greco.SeatCalendar!.Name.Should().Be("Council of Europe, Strasbourg");
        greco.SeatCalendar.IsWorkingDay(new LocalDate(2021, 12, 24)).Should().BeFalse();
        greco.SecretariatTeam.Should().Equal(new PersonId("sec-greco-1"));
    }

    [Fact]
    public void Read_Austria2021Sample_TimedStageKeepsExactInstants()
    {
        var call = SampleFiles.Format().Read(SampleFiles.Text("austria-2021.json")).Timetable.GetStage(new StageId("UNCAC2-AUT-call"));

        call.Timing.IsAllDay.Should().BeFalse();
        call.ToInstantRange().Start.Should().Be(Instant.FromUtc(2021, 5, 18, 11, 0));
        call.ToInstantRange().End.Should().Be(Instant.FromUtc(2021, 5, 18, 13, 0));
    }

    [Fact]
    public void Read_Austria2021Sample_DeadlineRollsOverEasterMonday()
    {
        var deadline = SampleFiles.Format().Read(SampleFiles.Text("austria-2021.json")).Timetable.ResolveDeadline(new StageId("GRECO5-AUT-questionnaire"))!;

        // Saturday 3 April 2021: Sunday, then Easter Monday (5 April) is a holiday, so it rolls to Tuesday 6 April, 24:00 Vienna (CEST).
        deadline.DueDate.Should().Be(new LocalDate(2021, 4, 6));
        deadline.Expiry.Should().Be(Instant.FromUtc(2021, 4, 6, 22, 0));
    }

    [Fact]
    public void Read_Austria2021Sample_CalendarsKeepWeekendRulesSoftPeriodsAndHours()
    {
        var t = SampleFiles.Format().Read(SampleFiles.Text("austria-2021.json")).Timetable;
        var uae = t.GetCountry(new CountryCode("ARE")).Calendar;
        var austria = t.GetCountry(new CountryCode("AUT")).Calendar;

        uae.IsWeekend(new LocalDate(2021, 12, 31)).Should().BeTrue("Friday under the old rule");
        uae.IsWeekend(new LocalDate(2022, 1, 7)).Should().BeFalse("Friday under the rule from 2022-01-01");
        uae.SoftPeriods.Should().ContainSingle().Which.PossibleDates.Equals(new DateInterval(new LocalDate(2021, 4, 12), new LocalDate(2021, 5, 13))).Should().BeTrue();
        austria.WorkingHoursOn(new LocalDate(2021, 6, 11)).Should().Equal(new Calendars.WorkingHoursRange(new LocalTime(8, 0), new LocalTime(13, 0)));
        austria.Resolution.Should().Be(Calendars.LocalTimeResolution.Strict);
    }

    [Fact]
    public void Write_ReadSample_GivesTheSameText()
    {
        var format = SampleFiles.Format();
        var text = SampleFiles.Text("austria-2021.json").ReplaceLineEndings("\n");

        format.Write(format.Read(text)).Should().Be(text);
    }

    [Fact]
    public void Read_WrittenSample_GivesAnEqualTimetableWithEqualCalendars()
    {
        var format = SampleFiles.Format();
        var original = format.Read(SampleFiles.Text("austria-2021.json"));

        var read = format.Read(format.Write(original));

        read.Should().Be(original);
        CalendarContent.Of(read.Timetable).Should().Equal(CalendarContent.Of(original.Timetable));
    }
}
