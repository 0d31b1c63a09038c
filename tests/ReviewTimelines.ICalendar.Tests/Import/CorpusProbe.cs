using ReviewTimelines.ICalendar.Import;
using Xunit.Abstractions;

namespace ReviewTimelines.ICalendar.Tests.Import;

public class CorpusProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "ics"), "*.ics").Order(StringComparer.Ordinal))
        {
            output.WriteLine("=== " + Path.GetFileName(f));
            try
            {
                var r = TestData.Import(File.ReadAllText(f), TestData.Options("Europe/Vienna") with { Lenient = true });
                output.WriteLine($"events={r.Events.Count} fb={r.FreeBusy.Count} name={r.CalendarName}");
                foreach (var p in r.Problems)
                {
                    output.WriteLine("  P " + p);
                }

                foreach (var e in r.Events.Take(6))
                {
                    output.WriteLine("  E " + e + " tz=" + e.SourceTimeZoneId);
                }
            }
            catch (IcsImportException ex)
            {
                output.WriteLine("  X " + ex.Message);
            }
        }
    }
}
