using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

public class TimetableInputTests
{
    private static readonly TimetableItemRef Visit = TimetableItemRef.For(new StageId("AUT-visit"));

    [Fact]
    public void Zone_KnownId_ResolvesThroughTheInjectedProvider()
    {
        var input = new TimetableInput(DateTimeZoneProviders.Tzdb);

        input.Zone("Europe/Vienna", Visit, "Timing.Zone")!.Id.Should().Be("Europe/Vienna");
        input.Problems.Should().BeEmpty();
        input.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Zone_UnknownAndMissingIds_ReportEachWithItemAndField()
    {
        var input = new TimetableInput(DateTimeZoneProviders.Tzdb);

        input.Zone("Europe/Viena", Visit, "Timing.Zone").Should().BeNull();
        input.Zone(null, TimetableItemRef.For(new PersonId("p1")), "HomeZone").Should().BeNull();
        input.Zone("W. Europe Standard Time", TimetableItemRef.For(new MechanismId("GRECO")), "SeatZone").Should().BeNull();

        input.HasErrors.Should().BeTrue();
        input.Problems.Select(p => p.ToString()).Should().Equal(
            "error mechanism:GRECO SeatZone: Unknown time zone id 'W. Europe Standard Time' (time zone database " + DateTimeZoneProviders.Tzdb.VersionId + ").",
            "error person:p1 HomeZone: The time zone id is missing.",
            "error stage:AUT-visit Timing.Zone: Unknown time zone id 'Europe/Viena' (time zone database " + DateTimeZoneProviders.Tzdb.VersionId + ").");
    }

    [Fact]
    public void Zone_FakeProvider_OnlyItsZonesResolve()
    {
        var zone = new SingleTransitionDateTimeZone(Instant.FromUtc(2021, 3, 28, 1, 0), Offset.FromHours(1), Offset.FromHours(2), "Test/Zone");
        var source = new FakeDateTimeZoneSource.Builder { zone }.Build();
        var input = new TimetableInput(new DateTimeZoneCache(source));

        input.Zone("Test/Zone", Visit, "Timing.Zone")!.Id.Should().Be("Test/Zone");
        input.Zone("Europe/Vienna", Visit, "Timing.Zone").Should().BeNull();
        input.Problems.Should().ContainSingle().Which.Field.Should().Be("Timing.Zone");
    }

    [Fact]
    public void DatesAndInstants_EndBeforeStart_ReportInsteadOfThrowing()
    {
        var input = new TimetableInput(DateTimeZoneProviders.Tzdb);
        var blackout = TimetableItemRef.For(new BlackoutId("B1"));

        input.Dates(new LocalDate(2021, 3, 26), new LocalDate(2021, 3, 22), Visit, "Timing").Should().BeNull();
        input.Instants(Instant.FromUtc(2021, 3, 26, 10, 0), Instant.FromUtc(2021, 3, 26, 9, 0), blackout, "Dates").Should().BeNull();
        input.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 26), DateTimeZoneProviders.Tzdb["Europe/Vienna"], Visit, "Timing")!
            .ToInstantRange().Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 21, 23, 0), Instant.FromUtc(2021, 3, 26, 23, 0)));

        input.Problems.Select(p => p.ToString()).Should().Equal(
            "error stage:AUT-visit Timing: The end 2021-03-22 is before the start 2021-03-26.",
            "error blackout:B1 Dates: The end 2021-03-26T09:00:00Z is before the start 2021-03-26T10:00:00Z.");
    }

    [Fact]
    public void Timed_StrictPolicyInGapAndFold_ReportsInsteadOfThrowing()
    {
        var vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
        var input = new TimetableInput(DateTimeZoneProviders.Tzdb);

        var gap = input.Timed(new LocalDateTime(2025, 3, 30, 2, 30), new LocalDateTime(2025, 3, 30, 4, 0), vienna, LocalTimeResolution.Strict, Visit, "Timing");
        var fold = input.Timed(new LocalDateTime(2025, 10, 26, 2, 30), new LocalDateTime(2025, 10, 26, 4, 0), vienna, LocalTimeResolution.Strict, Visit, "Timing");
        var lenient = input.Timed(new LocalDateTime(2025, 3, 30, 2, 30), new LocalDateTime(2025, 3, 30, 4, 0), vienna, LocalTimeResolution.Lenient, Visit, "Timing");

        gap.Should().BeNull();
        fold.Should().BeNull();
        lenient!.Range.Duration.Should().Be(Duration.FromMinutes(30), "02:30 is skipped and moves forward by the gap to 03:30 CEST, half an hour before 04:00");
        input.Problems.Select(p => p.Message).Should().Equal(
            "The local time 2025-03-30T02:30:00 does not exist in Europe/Vienna (skipped by a clock change).",
            "The local time 2025-10-26T02:30:00 occurs twice in Europe/Vienna (clock change).");
    }

    [Fact]
    public void Build_InputAndValidationProblems_AreReportedTogether()
    {
        var input = new TimetableInput(DateTimeZoneProviders.Tzdb);
        input.Zone("Mars/Olympus_Mons", TimetableItemRef.For(new PersonId("p1")), "HomeZone");
        var builder = new TimetableBuilder()
            .AddBlackout(new Blackout
            {
                Id = new BlackoutId("B1"),
                Scope = TimetableResource.ForCountry(new CountryCode("AUT")),
                Name = "Holiday",
                Dates = ZonedDateRange.ForDay(new LocalDate(2021, 10, 26), DateTimeZoneProviders.Tzdb["Europe/Vienna"]),
                Kind = BlackoutKind.PublicHoliday,
            });

        var act = () => input.Build(builder);

        act.Should().Throw<TimetableValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "error person:p1 HomeZone: Unknown time zone id 'Mars/Olympus_Mons' (time zone database " + DateTimeZoneProviders.Tzdb.VersionId + ").",
            "error blackout:B1 Scope: Unknown country 'AUT'.");
    }

    [Fact]
    public void Build_InputWarningOnly_EndsUpInTimetableWarnings()
    {
        var input = new TimetableInput(DateTimeZoneProviders.Tzdb);
        input.Report(new TimetableProblem(ProblemSeverity.Warning, TimetableItemRef.For(new MeetingId("M1")), "Source", "Unrecognised property 'colour' ignored."));

        var timetable = input.Build(new TimetableBuilder());

        timetable.Warnings.Select(p => p.ToString()).Should().Equal("warning meeting:M1 Source: Unrecognised property 'colour' ignored.");
    }

    [Fact]
    public void Constructor_NullProvider_ThrowsArgumentNull()
    {
        var act = () => new TimetableInput(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("zones");
    }
}
