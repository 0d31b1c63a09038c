using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>Date-range arithmetic for <see cref="WorkingCalendar.HolidayCoverage"/>: the dates every source covers, and what a question misses.</summary>
internal static class CoverageRanges
{
    /// <summary>The dates every source covers: per source the union of its ranges, then the intersection across sources; sorted, disjoint.</summary>
    internal static DateInterval[] Covered(IReadOnlyList<HolidayCoverage> coverage)
    {
        List<DateInterval>? result = null;
        foreach (var source in coverage.GroupBy(c => c.Source, StringComparer.Ordinal))
        {
            var union = Union(source.Select(c => c.Dates));
            result = result is null ? union : Intersect(result, union);
        }

        return [.. result ?? []];
    }

    /// <summary>Whether one covered range holds all of [from, to].</summary>
    internal static bool Contains(DateInterval[] covered, LocalDate from, LocalDate to)
    {
        foreach (var range in covered)
        {
            if (range.Start <= from && to <= range.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ISO years holding a date of <paramref name="asked"/> outside <paramref name="covered"/>, ascending.</summary>
    internal static IReadOnlyList<int> MissingYears(DateInterval[] covered, DateInterval asked)
    {
        var years = new List<int>();
        for (var year = asked.Start.Year; year <= asked.End.Year; year++)
        {
            var from = year == asked.Start.Year ? asked.Start : new LocalDate(year, 1, 1);
            var to = year == asked.End.Year ? asked.End : new LocalDate(year, 12, 31);
            if (!Contains(covered, from, to) && !CoveredPiecewise(covered, from, to))
            {
                years.Add(year);
            }
        }

        return years;
    }

    /// <summary>The message of a coverage gap.</summary>
    internal static string Sentence(string calendar, IReadOnlyList<HolidayCoverage> coverage, DateInterval asked, IReadOnlyList<int> missing) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "Calendar '{0}' has holiday and closure data for {1}; {2} {3} not covered (asked about {4}). Add that data, or ask through WorkingCalendar.Answer to proceed without it.",
            calendar,
            string.Join(", ", coverage.Select(c => c.ToString())),
            missing.Count == 1 ? "the year " + missing[0].ToString(CultureInfo.InvariantCulture) : "the years " + string.Join(", ", missing.Select(y => y.ToString(CultureInfo.InvariantCulture))),
            missing.Count == 1 ? "is" : "are",
            asked.Start == asked.End ? Iso(asked.Start) : Iso(asked.Start) + " to " + Iso(asked.End));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // Adjacent or overlapping covered ranges may together hold [from, to].
    private static bool CoveredPiecewise(DateInterval[] covered, LocalDate from, LocalDate to)
    {
        var next = from;
        foreach (var range in covered)
        {
            if (range.Start <= next && range.End >= next)
            {
                if (range.End >= to)
                {
                    return true;
                }

                next = range.End.PlusDays(1);
            }
        }

        return false;
    }

    private static List<DateInterval> Union(IEnumerable<DateInterval> ranges)
    {
        var result = new List<DateInterval>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (result.Count > 0 && result[^1].End.PlusDays(1) >= range.Start)
            {
                var last = result[^1];
                result[^1] = new DateInterval(last.Start, last.End >= range.End ? last.End : range.End);
            }
            else
            {
                result.Add(range);
            }
        }

        return result;
    }

    private static List<DateInterval> Intersect(List<DateInterval> a, List<DateInterval> b)
    {
        var result = new List<DateInterval>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var start = x.Start > y.Start ? x.Start : y.Start;
                var end = x.End < y.End ? x.End : y.End;
                if (start <= end)
                {
                    result.Add(new DateInterval(start, end));
                }
            }
        }

        return [.. result.OrderBy(r => r.Start)];
    }
}
