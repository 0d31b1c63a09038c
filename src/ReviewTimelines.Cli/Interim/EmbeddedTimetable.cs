using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Cli.Interim;

/// <summary>Interim embedded timetable: the reference catalog's mechanisms and published meetings, until the reference
/// timetable with sample country reviews lands in ReviewTimelines.ReferenceData.</summary>
/// <remarks>Every published meeting with exact days becomes a pinned all-day meeting in its venue zone, held by its
/// mechanism's secretariat (<c>seat:&lt;mechanism&gt;</c>, unless virtual); month-only meetings are left out (no day is made up).</remarks>
internal static class EmbeddedTimetable
{
    public static Timetable Create(ReferenceCatalog catalog)
    {
        var builder = new TimetableBuilder();
        foreach (var profile in catalog.Mechanisms)
        {
            builder.AddMechanism(new Mechanism
            {
                Id = profile.Id,
                Name = profile.Name,
                ShortName = profile.Acronym,
                SeatName = profile.Seat.Value,
                SeatZone = profile.SeatZone,
            });
        }

        foreach (var meeting in catalog.Meetings)
        {
            if (meeting.Dates is not { } dates)
            {
                continue;
            }

            builder.AddMeeting(new Meeting
            {
                Id = meeting.Id,
                Kind = meeting.Kind,
                Mechanism = meeting.Mechanism,
                Name = meeting.Name,
                Timing = ItemTiming.AllDay(dates),
                VenueName = meeting.Venue,
                VenueZone = meeting.VenueZone,
                Seat = meeting.Mechanism,
                Format = meeting.Format switch
                {
                    PublishedMeetingFormat.Virtual => MeetingFormat.Virtual,
                    PublishedMeetingFormat.Hybrid => MeetingFormat.Hybrid,
                    _ => MeetingFormat.InPerson,
                },
                Source = meeting.Source,
            });
        }

        return builder.Build();
    }
}
