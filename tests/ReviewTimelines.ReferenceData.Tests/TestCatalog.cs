using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.ReferenceData.Tests;

/// <summary>The reference catalog and calendars shared by the reference-data tests (real tzdb zones).</summary>
internal static class TestCatalog
{
    internal static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    internal static readonly ReferenceCatalog Catalog = ReferenceCatalog.Create(Tzdb);

    internal static WorkingCalendar SatSun(string name, string zone) => new WorkingCalendarBuilder(name, Tzdb[zone]).Build();

    /// <summary>Every source of the catalog with where it is used (mechanism and figure).</summary>
    internal static IReadOnlyList<(string Where, SourceReference Source)> AllSources() =>
        Catalog.Mechanisms.SelectMany(m =>
                new[] { (m.Id + " seat", m.Seat.Source) }
                    .Concat(m.WorkingLanguages is { } l ? [(m.Id + " working languages", l.Source)] : [])
                    .Concat(m.RuleSet?.Rules.Select(r => (m.Id + " rule " + r.Key, r.Source)) ?? [])
                    .Concat(m.Patterns.SelectMany(p => new[] { p.Frequency.Source, p.Months?.Source, p.FirstWeekday?.Source, p.Length?.Source }.OfType<SourceReference>().Select(s => (m.Id + " pattern " + p.Name, s))))
                    .Concat(m.Meetings.Select(x => (x.Id.ToString(), x.Source)))
                    .Concat(m.Facts.Select(f => (m.Id + " fact " + f.Topic, f.Source))))
            .ToList();

    /// <summary>The repository root (the directory holding ReviewTimelines.sln) above the test binaries.</summary>
    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReviewTimelines.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ReviewTimelines.sln not found above " + AppContext.BaseDirectory);
    }
}
