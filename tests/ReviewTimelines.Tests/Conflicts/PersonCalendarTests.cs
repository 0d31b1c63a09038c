using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

/// <summary>Issue 11: a person's own calendar (home country or seat, or their own) against the items they attend.</summary>
public sealed class PersonCalendarTests
{
    internal static readonly DateTimeZone Tokyo = Tzdb["Asia/Tokyo"];
    internal static readonly PersonId TokyoExpert = new("expert-jpn");

    // Culture Day (bunka no hi), 3 November, a national holiday under Japan's Act on National Holidays (Act No. 178 of 1948).
    private static readonly WorkingCalendar Japan = new WorkingCalendarBuilder("JPN", Tokyo)
        .AddPublicHoliday(new LocalDate(2025, 11, 3), "Culture Day")
        .Build();

    private static readonly ConflictDetector OnlyBlackouts = CountryVisitOverlapRuleTests.Detector(ConflictKind.Blackout);

    internal static Timetable WithTokyoExpert(ConflictWorld world) =>
        world.Builder()
            .AddPerson(new Person { Id = TokyoExpert, Name = "Kenji Sato", Role = PersonRole.GovernmentalExpert, HomeZone = Tokyo, Calendar = Japan })
            .Build();

    [Fact]
    public void Detect_VisitOnAttendingExpertsPublicHoliday_HardNamingTheHoliday()
    {
        var timetable = WithTokyoExpert(new ConflictWorld().Visit("GRECO-AUT-visit", Greco, Aut, D(2025, 11, 3), D(2025, 11, 5), TokyoExpert));

        var conflict = OnlyBlackouts.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Severity.Should().Be(ConflictSeverity.Hard);
        conflict.Resource.Should().Be(TimetableResource.ForPerson(TokyoExpert));

        // The visit starts at Vienna midnight (23:00Z); Culture Day ends at Tokyo midnight (15:00Z).
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 11, 2, 23, 0), Instant.FromUtc(2025, 11, 3, 15, 0)));
        conflict.Description.Should().EndWith(" falls on Kenji Sato's public holiday Culture Day (Monday 2025-11-03, JPN calendar).");
    }

    [Fact]
    public void Detect_TeleconferenceOnAttendingExpertsPublicHoliday_Soft()
    {
        var call = TimedStage("GRECO-AUT-call", StageKind.Teleconference, Instant.FromUtc(2025, 11, 3, 9, 0), Instant.FromUtc(2025, 11, 3, 11, 0), Vienna, TokyoExpert);
        var timetable = WithTokyoExpert(new ConflictWorld().Review("GRECO-AUT", Greco, Aut, call));

        var conflict = OnlyBlackouts.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Severity.Should().Be(ConflictSeverity.Soft);
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 11, 3, 9, 0), Instant.FromUtc(2025, 11, 3, 11, 0)));
    }

    [Fact]
    public void Detect_DeskReviewOverContributorsPublicHoliday_NoConflict()
    {
        var desk = new Stage
        {
            Id = new StageId("GRECO-AUT-desk"),
            Kind = StageKind.DeskReview,
            Name = "Desk review",
            Timing = ItemTiming.AllDay(D(2025, 10, 1), D(2025, 11, 30), Vienna),
            Participants = [TokyoExpert],
        };
        var timetable = WithTokyoExpert(new ConflictWorld().Review("GRECO-AUT", Greco, Aut, desk));

        OnlyBlackouts.Detect(timetable).Should().BeEmpty();
    }
}
