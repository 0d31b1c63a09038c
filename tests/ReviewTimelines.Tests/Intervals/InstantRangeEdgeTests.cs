using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Intervals;

/// <summary>Results that would leave NodaTime's instants throw ArgumentOutOfRangeException naming the argument, never a raw OverflowException.</summary>
public class InstantRangeEdgeTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void StartingAt_EndAfterMaxValue_ThrowsNamingDuration()
    {
        var act = () => InstantRange.StartingAt(Instant.MaxValue, Hour);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
    }

    [Fact]
    public void StartingAt_EndExactlyMaxValue_IsAccepted()
    {
        var range = InstantRange.StartingAt(Instant.MaxValue - Hour, Hour);

        range.End.Should().Be(Instant.MaxValue);
        range.Duration.Should().Be(Hour);
    }

    [Fact]
    public void Shift_PastMaxValue_ThrowsNamingOffset()
    {
        var range = InstantRange.StartingAt(Instant.MaxValue - Hour, Hour);

        range.Invoking(r => r.Shift(Duration.FromNanoseconds(1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("offset");
        range.Shift(-Hour).End.Should().Be(Instant.MaxValue - Hour);
    }

    [Fact]
    public void Shift_BeforeMinValue_ThrowsNamingOffset()
    {
        var range = InstantRange.StartingAt(Instant.MinValue, Hour);

        range.Invoking(r => r.Shift(-Duration.FromNanoseconds(1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("offset");
        range.Shift(Hour).Start.Should().Be(Instant.MinValue + Hour);
    }

    [Fact]
    public void Widen_PastEitherLimit_ThrowsNamingTheBuffer()
    {
        var all = InstantRange.FromInstants(Instant.MinValue, Instant.MaxValue);

        all.Invoking(r => r.Widen(Hour, Duration.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("before");
        all.Invoking(r => r.Widen(Duration.Zero, Hour)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("after");
        all.Widen(Duration.Zero, Duration.Zero).Should().Be(all);
    }

    [Fact]
    public void ShiftAndWiden_NearTheLimits_NeverOverflow()
    {
        var offsets = new[] { -Duration.FromDays(9_000_000), -Duration.FromDays(3_000_000), -Hour, Duration.Zero, Hour, Duration.FromDays(3_000_000), Duration.FromDays(9_000_000) };
        var starts = new[] { Instant.MinValue, Instant.MinValue + Hour, Instant.FromUtc(2025, 6, 2, 9, 0), Instant.MaxValue - Hour, Instant.MaxValue };
        foreach (var start in starts)
        {
            foreach (var offset in offsets)
            {
                var range = InstantRange.AtInstant(start);
                var shift = () => range.Shift(offset);
                var fits = offset >= Duration.Zero ? Instant.MaxValue - start >= offset : start - Instant.MinValue >= -offset;
                if (fits)
                {
                    shift().Start.Should().Be(start + offset);
                }
                else
                {
                    shift.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("offset");
                }
            }
        }
    }
}
