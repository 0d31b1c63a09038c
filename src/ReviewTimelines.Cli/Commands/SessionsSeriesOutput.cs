using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Output;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>sessions --count N</c>: a series of sessions over weeks, as a table, JSON and an optional .ics file.</summary>
internal static class SessionsSeriesOutput
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static int Run(CliEnvironment environment, SessionParticipant[] people, SessionSeriesOptions options, string format, FileInfo? icsOut)
    {
        if (format is not ("table" or "json"))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--format: '{0}' is not a format (use table or json).", format));
        }

        SessionSeriesPlan plan;
        try
        {
            plan = new SessionSeriesPlanner(options).Plan(people);
        }
        catch (ArgumentException e)
        {
            throw new CliInputException("the series options do not fit together: " + CommandRunner.UserMessage(e), e);
        }

        if (icsOut is not null)
        {
            File.WriteAllText(icsOut.FullName, new IcsExporter(environment.Zones).Export(Feed(plan, options)));
        }

        if (format == "json")
        {
            WriteJson(environment.Out, plan, options);
        }
        else
        {
            WriteTable(environment.Out, people, plan, options, icsOut);
        }

        return ExitCodes.Ok;
    }

    internal static FeedDocument Feed(SessionSeriesPlan plan, SessionSeriesOptions options) => new()
    {
        Name = "Virtual visit sessions",
        DefaultStamp = IcsExporter.FallbackStamp,
        Events = [.. plan.Sessions.Select(s => new FeedEvent
        {
            Uid = string.Format(CultureInfo.InvariantCulture, "session-{0}-{1}@review-timelines", Text.Date(options.FirstDay), s.Number),
            Summary = string.Format(CultureInfo.InvariantCulture, "Virtual visit session {0} of {1}", s.Number, plan.Sessions.Length),
            Range = s.Range,
            TimeZoneId = options.HostZone!.Id,
            Description = Description(s, plan),
        })],
    };

    private static string Description(SeriesSession s, SessionSeriesPlan plan)
    {
        var lines = s.LocalTimes.Select(Local).ToList();
        if (s.Interpreted)
        {
            lines.Add("Interpretation: " + string.Join(", ", plan.LanguagePairs));
        }

        return string.Join("\n", lines);
    }

    private static string Local(ParticipantLocalTimes t) => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: {1} {2} {3}-{4} ({5}){6}",
        t.Participant,
        t.Start.DayOfWeek.ToString()[..3],
        Text.Date(t.Start.Date),
        HourMinute.Format(t.LocalStart),
        HourMinute.Format(t.LocalEnd),
        t.Start.Zone.Id,
        t.OutOfHours == Duration.Zero ? string.Empty : string.Format(CultureInfo.InvariantCulture, ", {0} min out of working hours", (long)t.OutOfHours.TotalMinutes));

    private static void WriteTable(TextWriter writer, SessionParticipant[] people, SessionSeriesPlan plan, SessionSeriesOptions options, FileInfo? icsOut)
    {
        writer.WriteLine("review-timelines sessions");
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Virtual visit series: {0} session(s) of {1} min over {2} week(s) from {3} in {4} (host: {5}); at most {6} a day and {7} a week, {8} min apart; reach outside working hours: {9} min.",
            options.Count,
            (long)options.Length.TotalMinutes,
            options.Weeks,
            Text.Date(options.FirstDay),
            options.HostZone!.Id,
            people[0].Name,
            options.MaxPerDay,
            options.MaxPerWeek,
            (long)options.MinBreak.TotalMinutes,
            (long)options.MaxReach.TotalMinutes));
        writer.WriteLine("Fairness rule: each session minimises the largest running total of out-of-hours minutes of any participant, then the session's total, then the spread (docs/proposals.md).");
        writer.WriteLine();
        var headers = new List<string> { "#", "Week", "Host day", "UTC" };
        headers.AddRange(people.Select(p => p.Name + " (" + p.Calendar.Zone.Id + ")"));
        var table = new TextTable([.. headers]);
        foreach (var s in plan.Sessions)
        {
            var cells = new List<string>
            {
                s.Number.ToString(CultureInfo.InvariantCulture),
                s.Week.ToString(CultureInfo.InvariantCulture),
                s.Date.DayOfWeek.ToString()[..3] + " " + Text.Date(s.Date),
                Text.Local(s.Range.Start, DateTimeZone.Utc) + "-" + HourMinute.Format(s.Range.End.InUtc().TimeOfDay),
            };
            cells.AddRange(s.LocalTimes.Select(t => string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}-{2}{3}",
                t.Start.DayOfWeek.ToString()[..3],
                HourMinute.Format(t.LocalStart),
                HourMinute.Format(t.LocalEnd),
                t.OutOfHours == Duration.Zero ? string.Empty : string.Format(CultureInfo.InvariantCulture, " ({0} min out of hours)", (long)t.OutOfHours.TotalMinutes))));
            table.Add([.. cells]);
        }

        table.WriteTo(writer);
        writer.WriteLine();
        writer.WriteLine("Out of working hours over the series: " + string.Join("; ", plan.Burdens.Select(b => b.ToString())) + ".");
        writer.WriteLine(plan.LanguagePairs.IsEmpty ? "Interpretation: none needed (or no languages declared)." : "Interpretation needed for every session: " + string.Join(", ", plan.LanguagePairs) + ".");
        foreach (var warning in plan.Warnings)
        {
            writer.WriteLine("Warning: " + Text.Durations(warning));
        }

        if (icsOut is not null)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Wrote {0} event(s) to {1}.", plan.Sessions.Length, icsOut));
        }

        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} of {1} session(s) planned.", plan.Sessions.Length, plan.Requested));
    }

    private static void WriteJson(TextWriter writer, SessionSeriesPlan plan, SessionSeriesOptions options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("hostZone", options.HostZone!.Id);
            json.WriteString("firstDay", Text.Date(options.FirstDay));
            json.WriteNumber("requested", plan.Requested);
            json.WriteStartArray("sessions");
            foreach (var s in plan.Sessions)
            {
                json.WriteStartObject();
                json.WriteNumber("number", s.Number);
                json.WriteNumber("week", s.Week);
                json.WriteString("hostDate", Text.Date(s.Date));
                json.WriteString("start", Text.Instant(s.Range.Start));
                json.WriteString("end", Text.Instant(s.Range.End));
                json.WriteBoolean("interpreted", s.Interpreted);
                json.WriteStartArray("participants");
                foreach (var t in s.LocalTimes)
                {
                    json.WriteStartObject();
                    json.WriteString("name", t.Participant);
                    json.WriteString("zone", t.Start.Zone.Id);
                    json.WriteString("localStart", OffsetDateTimePattern.Rfc3339.Format(t.Start.ToOffsetDateTime()));
                    json.WriteString("localEnd", OffsetDateTimePattern.Rfc3339.Format(t.End.ToOffsetDateTime()));
                    json.WriteNumber("outOfHoursMinutes", (long)t.OutOfHours.TotalMinutes);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("burdens");
            foreach (var b in plan.Burdens)
            {
                json.WriteStartObject();
                json.WriteString("name", b.Participant);
                json.WriteNumber("outOfHoursMinutes", (long)b.OutOfHours.TotalMinutes);
                json.WriteNumber("sessionsOutOfHours", b.Sessions);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("languagePairs");
            foreach (var p in plan.LanguagePairs)
            {
                json.WriteStringValue(p.ToString());
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var w in plan.Warnings)
            {
                json.WriteStringValue(w);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        SafeTextWriter.WriteRaw(writer, JsonOutput.ToText(stream));
    }
}
