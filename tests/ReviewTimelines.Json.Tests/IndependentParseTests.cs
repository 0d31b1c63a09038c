using System.Diagnostics;
using NodaTime;
using ReviewTimelines.Tests.Shared;

namespace ReviewTimelines.Json.Tests;

/// <summary>The writer's output parsed by an independent JSON implementation (Python's json module).</summary>
public class IndependentParseTests
{
    [Fact]
    public void Write_SampleTimetable_ParsesWithPythonJsonAndHoldsTheSameItems()
    {
        var sample = SampleTimetableFile.Timetable;
        var path = Path.Combine(Path.GetTempPath(), "review-timelines-json-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json");
        File.WriteAllText(path, new TimetableJson(DateTimeZoneProviders.Tzdb).Write(sample));
        try
        {
            var script = "import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); " +
                "print(len(d.get('meetings', [])), len(d.get('reviews', [])), sum(len(r.get('stages', [])) for r in d.get('reviews', [])), d['meetings'][0]['id'])";
            var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(script);
            info.ArgumentList.Add(path);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();

            process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
            var t = sample;
            output.Should().Be(string.Join(' ', t.Meetings.Length, t.Reviews.Length, t.Stages.Length, t.Meetings[0].Id.Value));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
