using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Tests.Model;

public class StageDeadlineTests
{
    private static readonly DateTimeZone Vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
    private static readonly TimetableResource Austria = TimetableResource.ForCountry(new CountryCode("AUT"));

    [Theory]
    // Saturday 27 March 2021, the eve of the spring-forward change.
    [InlineData("2021-03-27", DeadlineRoll.None, "2021-03-27", "2021-03-27T23:00:00Z")]
    [InlineData("2021-03-27", DeadlineRoll.NextWorkingDay, "2021-03-29", "2021-03-29T22:00:00Z")]
    [InlineData("2021-03-28", DeadlineRoll.PreviousWorkingDay, "2021-03-26", "2021-03-26T23:00:00Z")]
    // Saturday 3 April 2021, Easter Monday 5 April is a public holiday: next working day is Tuesday.
    [InlineData("2021-04-03", DeadlineRoll.NextWorkingDay, "2021-04-06", "2021-04-06T22:00:00Z")]
    // A working day does not roll.
    [InlineData("2021-03-15", DeadlineRoll.NextWorkingDay, "2021-03-15", "2021-03-15T23:00:00Z")]
    public void Resolve_AustrianCalendar_ExpiresAtEndOfRolledLocalDay(string stated, DeadlineRoll roll, string due, string expiry)
    {
        var deadline = new StageDeadline(Parse(stated), Austria, roll);

        var resolved = deadline.Resolve(AustriaTimetable.AustriaCalendar);

        resolved.StatedDate.Should().Be(Parse(stated));
        resolved.DueDate.Should().Be(Parse(due));
        resolved.Expiry.Should().Be(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expiry).Value);
        resolved.WasRolled.Should().Be(stated != due);
        resolved.Zone.Id.Should().Be("Europe/Vienna");
    }

    [Fact]
    public void Resolve_ZoneOnlyWithoutRoll_ExpiresAtStartOfNextLocalDay()
    {
        var deadline = new StageDeadline(new LocalDate(2021, 3, 15), TimetableResource.ForSeat(new MechanismId("GRECO")), DeadlineRoll.None);

        var resolved = deadline.Resolve(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

        resolved.Expiry.Should().Be(Instant.FromUtc(2021, 3, 15, 23, 0));
        resolved.ToString().Should().Be("2021-03-15 (due by the end of 2021-03-15 in Europe/Paris, expires 2021-03-16T00:00:00+01:00)");
    }

    [Fact]
    public void Resolve_ZoneOnlyWithRoll_ThrowsInvalidOperation()
    {
        var deadline = new StageDeadline(new LocalDate(2021, 3, 27), Austria, DeadlineRoll.NextWorkingDay);

        var act = () => deadline.Resolve(Vienna);

        act.Should().Throw<InvalidOperationException>().WithMessage("*needs the working calendar of country:AUT*");
    }

    [Fact]
    public void Constructor_DefaultPartyOrUndefinedRoll_Throws()
    {
        var party = () => new StageDeadline(new LocalDate(2021, 3, 27), default, DeadlineRoll.None);
        var roll = () => new StageDeadline(new LocalDate(2021, 3, 27), Austria, (DeadlineRoll)7);

        party.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("party");
        roll.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("roll");
    }

    [Fact]
    public void Equality_SameValues_AreEqual()
    {
        var a = new StageDeadline(new LocalDate(2021, 3, 27), Austria, DeadlineRoll.NextWorkingDay);
        var b = new StageDeadline(new LocalDate(2021, 3, 27), Austria, DeadlineRoll.NextWorkingDay);

        a.Should().Be(b);
        a.Should().NotBe(new StageDeadline(new LocalDate(2021, 3, 27), Austria, DeadlineRoll.None));
        a.ToString().Should().Be("2021-03-27 country:AUT NextWorkingDay");
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
