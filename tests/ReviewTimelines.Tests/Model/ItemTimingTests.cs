using NodaTime;
using NodaTime.TimeZones;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

public class ItemTimingTests
{
    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void ToInstantRange_ViennaVisitAcrossSpringForward_StartsInCetEndsInCestAndLasts119Hours()
    {
        // EU DST 2021 began on Sunday 28 March at 01:00 UTC: Vienna changes from +01 to +02.
        var visit = ItemTiming.AllDay(new LocalDate(2021, 3, 25), new LocalDate(2021, 3, 29), Vienna);

        var range = visit.ToInstantRange();

        range.Start.Should().Be(Instant.FromUtc(2021, 3, 24, 23, 0));
        range.End.Should().Be(Instant.FromUtc(2021, 3, 29, 22, 0));
        range.Duration.Should().Be(Duration.FromHours((5 * 24) - 1));
        visit.IsAllDay.Should().BeTrue();
        visit.Zone.Should().BeSameAs(Vienna);
        visit.ToString().Should().Be("2021-03-25/2021-03-29 Europe/Vienna");
    }

    [Fact]
    public void BC01_TimedVisitAcrossSpringForwardGap_LastsTwoHoursAndTouchesTheCall()
    {
        var visit = ItemTiming.Timed(new LocalDateTime(2025, 3, 30, 1, 0), new LocalDateTime(2025, 3, 30, 4, 0), Vienna, LocalTimeResolution.Lenient);
        var call = InstantRange.FromInstants(Instant.FromUtc(2025, 3, 30, 2, 0), Instant.FromUtc(2025, 3, 30, 3, 0));
        var london = ItemTiming.Timed(new LocalDateTime(2025, 3, 30, 0, 0), new LocalDateTime(2025, 3, 30, 2, 0), London, LocalTimeResolution.Lenient);

        visit.Range.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2025, 3, 30, 0, 0), Instant.FromUtc(2025, 3, 30, 2, 0)));
        visit.ToInstantRange().Duration.Should().Be(Duration.FromHours(2));
        visit.ToInstantRange().Overlaps(call).Should().BeFalse();
        london.ToInstantRange().Duration.Should().Be(Duration.FromHours(1));
        visit.ToString().Should().Be("2025-03-30T01:00:00/2025-03-30T04:00:00 Europe/Vienna");
        visit.Start.Should().Be(new LocalDateTime(2025, 3, 30, 1, 0), "a wall-clock timing keeps its wall time");
    }

    [Fact]
    public void Timed_StrictResolutionInSpringForwardGap_ThrowsSkippedTimeException()
    {
        var act = () => ItemTiming.Timed(new LocalDateTime(2025, 3, 30, 2, 30), new LocalDateTime(2025, 3, 30, 4, 0), Vienna, LocalTimeResolution.Strict);

        act.Should().Throw<SkippedTimeException>();
    }

    [Fact]
    public void Timed_EndBeforeStart_ThrowsArgumentOutOfRange()
    {
        var act = () => ItemTiming.Timed(new LocalDateTime(2025, 6, 2, 12, 0), new LocalDateTime(2025, 6, 2, 11, 0), Vienna, LocalTimeResolution.Lenient);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AllDay_LastBeforeFirst_ThrowsArgumentException()
    {
        var act = () => ItemTiming.AllDay(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 1), Vienna);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void AllDay_DefaultZonedDateRange_ThrowsArgumentException()
    {
        var act = () => ItemTiming.AllDay(default(ZonedDateRange));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("dates");
    }

    [Theory]
    [InlineData(9, 0, 17, 0, "2025-06-02", "2025-06-02")]
    [InlineData(22, 0, 0, 0, "2025-06-02", "2025-06-02")] // ends at local midnight: the next day is not touched
    [InlineData(22, 0, 0, 30, "2025-06-02", "2025-06-03")]
    [InlineData(10, 0, 10, 0, "2025-06-02", "2025-06-02")] // zero-length marker
    public void LocalDates_TimedRange_AreTheDatesTouchedInTheDisplayZone(int startHour, int startMinute, int endHour, int endMinute, string first, string last)
    {
        var start = new LocalDateTime(2025, 6, 2, startHour, startMinute);
        var endDate = endHour < startHour ? new LocalDate(2025, 6, 3) : new LocalDate(2025, 6, 2);
        var timing = ItemTiming.Timed(start, endDate.At(new LocalTime(endHour, endMinute)), Vienna, LocalTimeResolution.Strict);

        var dates = timing.LocalDates;

        dates.Start.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value);
        dates.End.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(last).Value);
    }

    [Fact]
    public void Equals_SameValuesWithZonesFromDifferentProviders_AreEqual()
    {
        // A second cache over the same tzdb source hands out different zone objects with the same id.
        var otherVienna = new DateTimeZoneCache(TzdbDateTimeZoneSource.Default)["Europe/Vienna"];
        otherVienna.Should().NotBeSameAs(Vienna);

        var a = ItemTiming.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 26), Vienna);
        var b = ItemTiming.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 26), otherVienna);
        var c = ItemTiming.Timed(a.ToInstantRange(), Vienna);
        var d = ItemTiming.Timed(a.ToInstantRange(), otherVienna);

        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        c.Equals(d).Should().BeTrue();
        c.GetHashCode().Should().Be(d.GetHashCode());
        a.Equals(c).Should().BeFalse("an all-day range and a timed range over the same instants are different timings");
        a.Equals(ItemTiming.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 25), Vienna)).Should().BeFalse();
        c.Equals(ItemTiming.Timed(a.ToInstantRange(), London)).Should().BeFalse();
    }

    [Fact]
    public void Match_EachCase_CallsItsFunction()
    {
        ItemTiming allDay = ItemTiming.AllDay(new LocalDate(2021, 3, 22), new LocalDate(2021, 3, 26), Vienna);
        ItemTiming timed = ItemTiming.Timed(InstantRange.StartingAt(Instant.FromUtc(2021, 3, 22, 8, 0), Duration.FromHours(2)), London);

        allDay.Match(d => "all-day " + NodaTime.Text.LocalDatePattern.Iso.Format(d.Start), (r, z) => "timed " + z.Id).Should().Be("all-day 2021-03-22");
        timed.Match(d => "all-day " + d.Start, (r, z) => "timed " + z.Id + " " + r.Duration.TotalHours).Should().Be("timed Europe/London 2");
    }
}
