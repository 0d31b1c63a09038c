using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class DeadlineOnNonWorkingDayRuleTests
{
    private static readonly ConflictDetector OnlyThis = CountryVisitOverlapRuleTests.Detector(ConflictKind.DeadlineOnNonWorkingDay);

    private static Timetable WithDeadline(CountryCode country, LocalDate date, TimetableResource party, DeadlineRoll roll) =>
        new ConflictWorld()
            .Review("R", Greco, country, new Stage
            {
                Id = new StageId("replies"),
                Kind = StageKind.SelfAssessmentChecklist,
                Name = "Replies to the questionnaire",
                Timing = ItemTiming.AllDay(date.PlusDays(-20), date, ZoneOf(country)),
                Deadline = new StageDeadline(date, party, roll),
            })
            .Build();

    [Fact]
    public void Detect_SaturdayDeadlineThatRolls_SoftNamingTheDueDate()
    {
        var timetable = WithDeadline(Aut, D(2021, 4, 3), TimetableResource.ForCountry(Aut), DeadlineRoll.NextWorkingDay);

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Severity.Should().Be(ConflictSeverity.Soft);
        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("replies")));
        conflict.Resource.Should().Be(TimetableResource.ForCountry(Aut));
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 4, 2, 22, 0), Instant.FromUtc(2021, 4, 3, 22, 0)));
        conflict.Description.Should().Be(
            "The deadline of GRECO's stage \"Replies to the questionnaire\" for Austria, Saturday 2021-04-03, falls on a weekend day of Austria; it rolls to Tuesday 2021-04-06.");
    }

    [Fact]
    public void Detect_HolidayDeadlineThatDoesNotRoll_Hard()
    {
        var timetable = WithDeadline(Aut, D(2021, 4, 5), TimetableResource.ForCountry(Aut), DeadlineRoll.None);

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Severity.Should().Be(ConflictSeverity.Hard);
        conflict.Description.Should().EndWith("falls on the public holiday Easter Monday of Austria; it does not roll.");
    }

    [Fact]
    public void Detect_WorkingDayDeadline_NoConflict()
    {
        OnlyThis.Detect(WithDeadline(Aut, D(2021, 4, 2), TimetableResource.ForCountry(Aut), DeadlineRoll.None)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_FridaySaturdayWeekend_FridayIsOffSundayWorks()
    {
        var isr = TimetableResource.ForCountry(Isr);

        OnlyThis.Detect(WithDeadline(Isr, D(2025, 6, 13), isr, DeadlineRoll.None)).Should().ContainSingle()
            .Which.Description.Should().Contain("Friday 2025-06-13, falls on a weekend day of Israel");
        OnlyThis.Detect(WithDeadline(Isr, D(2025, 6, 15), isr, DeadlineRoll.None)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_PersonParty_UsesTheirCountrysCalendar()
    {
        var timetable = WithDeadline(Aut, D(2021, 3, 13), TimetableResource.ForPerson(Expert), DeadlineRoll.None);

        OnlyThis.Detect(timetable).Should().ContainSingle().Which.Description.Should().Contain("falls on a weekend day of Anna Becker");
    }

    [Theory]
    [InlineData(2021, 3, 14, 23, 0, true)] // Mon 15 March 00:00 Vienna (CET): closes Sunday 14 March
    [InlineData(2021, 3, 15, 23, 0, false)] // Tue 00:00: closes Monday
    [InlineData(2021, 3, 28, 22, 0, true)] // Mon 29 March 00:00 CEST, right after the spring-forward Sunday: closes Sunday 28
    [InlineData(2021, 3, 28, 23, 0, false)] // Mon 29 March 01:00 CEST: Monday
    [InlineData(2021, 3, 13, 12, 0, true)] // Saturday noon
    public void Detect_ZeroLengthDeadlineMarker_ChecksTheDayItCloses(int y, int m, int d, int h, int min, bool expected)
    {
        var at = Instant.FromUtc(y, m, d, h, min);
        var timetable = new ConflictWorld()
            .Review("R", Greco, Aut, TimedStage("cutoff", StageKind.Deadline, at, at, Vienna))
            .Build();

        var conflicts = OnlyThis.Detect(timetable);

        conflicts.Should().HaveCount(expected ? 1 : 0);
        if (expected)
        {
            conflicts[0].Interval.Should().Be(InstantRange.AtInstant(at));
            conflicts[0].Severity.Should().Be(ConflictSeverity.Hard);
        }
    }

    [Fact]
    public void Detect_MarkerAtLocalMidnight_SentenceNamesTheClosingDay()
    {
        var at = Instant.FromUtc(2021, 3, 28, 22, 0);
        var timetable = new ConflictWorld()
            .Review("R", Greco, Aut, TimedStage("cutoff", StageKind.Deadline, at, at, Vienna))
            .Build();

        OnlyThis.Detect(timetable).Should().ContainSingle().Which.Description.Should().Be(
            "The deadline GRECO's stage \"Deadline\" for Austria at 2021-03-29 00:00 closes Sunday 2021-03-28, which is a weekend day of Austria.");
    }
}
