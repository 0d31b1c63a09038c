using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Intervals;

public class InstantRangeTests
{
    private static Instant At(string utc) => NodaTime.Text.InstantPattern.ExtendedIso.Parse(utc).Value;

    private static InstantRange Range(string start, string end) => InstantRange.FromInstants(At(start), At(end));

    [Fact]
    public void FromInstants_EndBeforeStart_Throws()
    {
        var act = () => InstantRange.FromInstants(At("2025-06-02T10:00:00Z"), At("2025-06-02T09:00:00Z"));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end");
    }

    [Theory]
    [InlineData("touching after", "10:00", "11:00", false)]
    [InlineData("touching before", "08:00", "09:00", false)]
    [InlineData("one second inside", "09:59:59", "11:00", true)]
    [InlineData("containing", "08:00", "11:00", true)]
    [InlineData("equal", "09:00", "10:00", true)]
    public void Overlaps_AgainstNineToTen_FollowsHalfOpenRule(string name, string start, string end, bool expected)
    {
        _ = name;
        var nineToTen = Range("2025-06-02T09:00:00Z", "2025-06-02T10:00:00Z");
        var other = Range($"2025-06-02T{Pad(start)}Z", $"2025-06-02T{Pad(end)}Z");
        nineToTen.Overlaps(other).Should().Be(expected);
        other.Overlaps(nineToTen).Should().Be(expected);
    }

    [Fact]
    public void Overlaps_DeadlineMarker_FollowsRfc4791()
    {
        // BC-12 (a): a marker at 10:00Z overlaps [10:00,11:00) and [09:30,10:30), not [09:00,10:00).
        var marker = InstantRange.AtInstant(At("2025-06-02T10:00:00Z"));
        marker.Overlaps(Range("2025-06-02T09:00:00Z", "2025-06-02T10:00:00Z")).Should().BeFalse();
        marker.Overlaps(Range("2025-06-02T10:00:00Z", "2025-06-02T11:00:00Z")).Should().BeTrue();
        marker.Overlaps(Range("2025-06-02T09:30:00Z", "2025-06-02T10:30:00Z")).Should().BeTrue();
        marker.Overlaps(marker).Should().BeFalse();
    }

    [Fact]
    public void ToString_IsIsoStartSlashEnd()
    {
        Range("2025-06-02T09:00:00Z", "2025-06-02T10:00:00Z").ToString()
            .Should().Be("2025-06-02T09:00:00Z/2025-06-02T10:00:00Z");
    }

    private static string Pad(string hhmm) => hhmm.Length == 5 ? hhmm + ":00" : hhmm;
}
