using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Proposals;

/// <summary>Invariant-culture text helpers for the explanations proposals carry.</summary>
internal static class ProposalText
{
    internal static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>Formats a duration as an ISO-8601 duration such as <c>PT1H30M</c>.</summary>
    internal static string Iso(Duration duration) => Period.FromNanoseconds(duration.ToInt64Nanoseconds()).Normalize().ToString();

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Iso(DateInterval dates) => Iso(dates.Start) + "/" + Iso(dates.End);
}
