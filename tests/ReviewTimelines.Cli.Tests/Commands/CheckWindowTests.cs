using System.Text.Json;

namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Issue 11: <c>--from/--to</c> list a conflict iff its interval meets the window, in the timetable's declared zone (or <c>--zone</c>).</summary>
public sealed class CheckWindowTests
{
    // An expert on year-end leave (22 Dec 2025 - 6 Jan 2026) is declared as attending a long desk review (3 Nov 2025 -
    // 30 Jan 2026): the one conflict is the leave, 22 Dec - 6 Jan, although the review reaches into November.
    // A Tokyo call at 08:00 on 1 December (Tokyo) is 30 November 23:00 UTC: inside a November window in UTC days only.
    private const string Timetable = """
        {
          "formatVersion": 2,
          "zone": "Asia/Tokyo",
          "mechanisms": [ { "reference": "GRECO" } ],
          "cycles": [ { "id": "GRECO-5", "mechanism": "GRECO", "name": "Fifth evaluation round" } ],
          "countries": [ { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna" } ],
          "people": [
            { "id": "expert-jpn", "name": "Kenji Sato", "role": "governmentalExpert", "homeZone": "Asia/Tokyo",
              "unavailability": [ { "first": "2025-12-22", "last": "2026-01-06", "zone": "Asia/Tokyo" } ] },
            { "id": "expert-aut", "name": "Eva Huber", "role": "governmentalExpert", "homeZone": "Europe/Vienna",
              "unavailability": [ { "start": "2025-12-01T08:00:00", "end": "2025-12-01T09:00:00", "zone": "Asia/Tokyo" } ] }
          ],
          "reviews": [
            { "id": "GRECO5-AUT", "mechanism": "GRECO", "cycle": "GRECO-5", "stateUnderReview": "AUT",
              "stages": [
                { "id": "desk", "kind": "deskReview", "name": "Desk review",
                  "timing": { "first": "2025-11-03", "last": "2026-01-30", "zone": "Asia/Tokyo" },
                  "participants": [ "expert-jpn" ], "participantRole": "attends" },
                { "id": "call", "kind": "teleconference", "name": "Call",
                  "timing": { "start": "2025-12-01T08:00:00", "end": "2025-12-01T09:00:00", "zone": "Asia/Tokyo" },
                  "participants": [ "expert-aut" ] }
              ] }
          ]
        }
        """;

    private static string[] ConflictItems(params string[] args)
    {
        using var folder = new TempFolder();
        var input = folder.File("timetable.json", Timetable);
        var result = CliRun.Run(["check", "--input", input, "--format", "json", .. args]);
        result.Error.Should().BeEmpty();
        return [.. JsonDocument.Parse(result.Out).RootElement.GetProperty("conflicts").EnumerateArray()
            .Select(c => string.Join(" ", c.GetProperty("items").EnumerateArray().Select(i => i.GetString())))];
    }

    [Fact]
    public void Check_YearEndConflictOfALongStage_NotListedInANovemberWindow()
    {
        ConflictItems().Should().Equal("stage:call unavailable:expert-aut#0", "stage:desk unavailable:expert-jpn#0");
        ConflictItems("--from", "2025-11-01", "--to", "2025-11-30").Should().BeEmpty();
        ConflictItems("--from", "2025-12-20", "--to", "2025-12-31").Should().Equal("stage:desk unavailable:expert-jpn#0");
    }

    [Fact]
    public void Check_WindowDays_AreInTheTimetablesZoneUnlessZoneIsGiven()
    {
        ConflictItems("--from", "2025-12-01", "--to", "2025-12-01").Should().Equal("stage:call unavailable:expert-aut#0");
        ConflictItems("--from", "2025-11-30", "--to", "2025-11-30", "--zone", "UTC").Should().Equal("stage:call unavailable:expert-aut#0");
        ConflictItems("--from", "2025-11-30", "--to", "2025-11-30").Should().BeEmpty();
    }
}
