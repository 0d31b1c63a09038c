using NodaTime;
using NodaTime.Text;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Tests;

/// <summary>Helpers shared by the tests: the corpus folder, tzdb zones and ISO instant parsing.</summary>
internal static class TestData
{
    internal static IDateTimeZoneProvider Tzdb => DateTimeZoneProviders.Tzdb;

    internal static string CorpusPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "ics", file);

    internal static string Corpus(string file) => File.ReadAllText(CorpusPath(file));

    internal static DateTimeZone Zone(string id) => Tzdb[id];

    internal static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    internal static InstantRange Range(string start, string end) => InstantRange.FromInstants(At(start), At(end));

    internal static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    internal static IcsImportOptions Options(string ownerZone, string from = "1990-01-01T00:00:00Z", string to = "2031-01-01T00:00:00Z") =>
        new(Zone(ownerZone), Range(from, to));

    internal static IcsImportResult ImportIcs(string text, IcsImportOptions options) => new IcsImporter(Tzdb).Import(text, options);
}
