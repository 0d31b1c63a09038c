using NodaTime;
using ReviewTimelines.Intervals;
using ReviewTimelines.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets.Tests;

/// <summary>A timetable cut to what a spreadsheet carries (docs/spreadsheets.md): times to the millisecond. The round
/// trip must give exactly this back.</summary>
internal static class Normalized
{
    /// <summary>What a spreadsheet carries of a timetable: times cut to milliseconds; participation roles are not carried (the export warns).</summary>
    public static TimetableDocument Of(TimetableDocument document)
    {
        var t = document.Timetable;
        var builder = new TimetableBuilder().WithNote(t.Note).WithZone(t.Zone);
        foreach (var m in t.Mechanisms)
        {
            builder.AddMechanism(m);
        }

        foreach (var c in t.Cycles)
        {
            builder.AddCycle(c);
        }

        foreach (var c in t.Countries)
        {
            builder.AddCountry(c);
        }

        foreach (var p in t.Persons)
        {
            builder.AddPerson(p with { Unavailability = [.. p.Unavailability.Select(Millis)] });
        }

        foreach (var r in t.Reviews)
        {
            builder.AddReview(r with { Stages = [.. r.Stages.Select(s => s with { Timing = Millis(s.Timing), ParticipantRoles = [], ParticipantRole = null })] });
        }

        foreach (var m in t.Meetings)
        {
            builder.AddMeeting(m with { Timing = Millis(m.Timing), ParticipantRoles = [], ParticipantRole = null });
        }

        foreach (var b in t.Blackouts)
        {
            builder.AddBlackout(b);
        }

        return new TimetableDocument(builder.Build(), document.Feeds);
    }

    private static ItemTiming Millis(ItemTiming timing) => timing.Match<ItemTiming>(
        d => ItemTiming.AllDay(d),
        wall => ItemTiming.Timed(Cut(wall.Start), Cut(wall.End), wall.Zone, wall.Resolution),
        (range, zone) => ItemTiming.Timed(InstantRange.FromInstants(Cut(range.Start), Cut(range.End)), zone));

    private static Instant Cut(Instant value) => Instant.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());

    private static LocalDateTime Cut(LocalDateTime value) => value.PlusNanoseconds(-(value.NanosecondOfSecond % 1_000_000));
}
