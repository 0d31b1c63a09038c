using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Interim;
using ReviewTimelines.Cli.Output;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>sessions</c>: a virtual-visit session plan that fits the working hours of participants in several zones.</summary>
internal static class SessionsCommand
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var participants = new Option<string[]>("--participant", "-p")
        {
            Description = "A participant as NAME=ZONE (IANA id), e.g. Secretariat=Europe/Vienna (repeatable; the first one is the host, whose days are planned).",
            HelpName = "name=zone",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
        };
        var date = new Option<LocalDate?>("--date")
        {
            Description = "The host's first day of the virtual visit (ISO date).",
            HelpName = "yyyy-MM-dd",
            Required = true,
            CustomParser = Parsers.RequiredDate,
        };
        var days = new Option<int>("--days")
        {
            Description = "How many consecutive host days to plan (1-31).",
            DefaultValueFactory = _ => 3,
        };
        var length = new Option<int>("--length")
        {
            Description = "Session length in minutes (15-480).",
            DefaultValueFactory = _ => 90,
        };
        var breakMinutes = new Option<int>("--break")
        {
            Description = "Break between two sessions on the same day, in minutes.",
            DefaultValueFactory = _ => 15,
        };
        var perDay = new Option<int>("--per-day")
        {
            Description = "At most this many sessions a day.",
            DefaultValueFactory = _ => 3,
        };
        var hours = new Option<string>("--hours")
        {
            Description = "Every participant's local working hours, HH:mm-HH:mm, Monday to Friday.",
            DefaultValueFactory = _ => "09:00-17:00",
        };
        var command = new Command("sessions", "Plan the sessions of a virtual visit: slots inside every participant's local working hours (Monday to Friday), across time zones.");
        common.AddTo(command, includeTimetable: false);
        command.Options.Add(participants);
        command.Options.Add(date);
        command.Options.Add(days);
        command.Options.Add(length);
        command.Options.Add(breakMinutes);
        command.Options.Add(perDay);
        command.Options.Add(hours);
        command.SetAction(parse => CommandRunner.Guard(environment, () =>
        {
            var people = (parse.GetValue(participants) ?? []).Select(p => ParseParticipant(environment, p)).ToArray();
            if (people.Length == 0)
            {
                throw new CliInputException("--participant: give at least one participant as NAME=ZONE.");
            }

            var (open, close) = ParseHours(parse.GetValue(hours) ?? "09:00-17:00");
            var request = new SessionRequest(
                people,
                parse.GetValue(date) ?? throw new CliInputException("--date is required."),
                Range(parse.GetValue(days), 1, 31, "--days"),
                Duration.FromMinutes(Range(parse.GetValue(length), 15, 480, "--length")),
                Duration.FromMinutes(Range(parse.GetValue(breakMinutes), 0, 240, "--break")),
                Range(parse.GetValue(perDay), 1, 12, "--per-day"),
                open,
                close);
            var plan = InterimSessionPlanner.Plan(request);
            Write(environment.Out, request, plan);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(TextWriter writer, SessionRequest request, IReadOnlyList<(LocalDate HostDay, IReadOnlyList<Intervals.InstantRange> Sessions)> plan)
    {
        writer.WriteLine("review-timelines sessions");
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Virtual visit: {0} day(s) from {1} (host: {2}, {3}); sessions of {4} min, {5} min breaks, at most {6} a day.",
            request.Days,
            Text.Date(request.FirstDay),
            request.Participants[0].Name,
            request.Participants[0].Zone.Id,
            (long)request.Length.TotalMinutes,
            (long)request.Break.TotalMinutes,
            request.PerDay));
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Working hours: {0}-{1} local time, Monday to Friday, for every participant.", HourMinute.Format(request.Open), HourMinute.Format(request.Close)));
        writer.WriteLine("Planner: interim common-working-hours planner of the tool (the proposals planner is not in this build yet).");
        writer.WriteLine();
        var headers = new List<string> { "#", "UTC" };
        headers.AddRange(request.Participants.Select(p => p.Name + " (" + p.Zone.Id + ")"));
        var table = new TextTable([.. headers]);
        var number = 0;
        var empty = new List<LocalDate>();
        foreach (var (day, sessions) in plan)
        {
            if (sessions.Count == 0)
            {
                empty.Add(day);
            }

            foreach (var session in sessions)
            {
                number++;
                var cells = new List<string>
                {
                    number.ToString(CultureInfo.InvariantCulture),
                    Text.Local(session.Start, DateTimeZone.Utc) + "-" + HourMinute.Format(session.End.InUtc().TimeOfDay),
                };
                cells.AddRange(request.Participants.Select(p => LocalSpan(session, p.Zone)));
                table.Add([.. cells]);
            }
        }

        if (number > 0)
        {
            table.WriteTo(writer);
            writer.WriteLine();
        }

        foreach (var day in empty)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: no common working time for a {1}-minute session.", Text.Date(day), (long)request.Length.TotalMinutes));
        }

        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} session(s) planned.", number));
    }

    private static string LocalSpan(Intervals.InstantRange session, DateTimeZone zone)
    {
        var start = session.Start.InZone(zone);
        var end = session.End.InZone(zone);
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} {2}-{3}",
            start.DayOfWeek.ToString()[..3],
            Text.Date(start.Date),
            HourMinute.Format(start.TimeOfDay),
            HourMinute.Format(end.TimeOfDay));
    }

    private static SessionParticipant ParseParticipant(CliEnvironment environment, string text)
    {
        var eq = text.LastIndexOf('=');
        if (eq <= 0 || eq == text.Length - 1)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--participant '{0}': use NAME=ZONE, e.g. Secretariat=Europe/Vienna.", text));
        }

        return new SessionParticipant(text[..eq].Trim(), Parsers.Zone(environment.Zones, text[(eq + 1)..].Trim(), "--participant '" + text + "'"));
    }

    private static (LocalTime Open, LocalTime Close) ParseHours(string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 2
            && HourMinute.Parse(parts[0].Trim()) is { Success: true } open
            && HourMinute.Parse(parts[1].Trim()) is { Success: true } close
            && open.Value < close.Value)
        {
            return (open.Value, close.Value);
        }

        throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--hours '{0}': use HH:mm-HH:mm with the start before the end, e.g. 09:00-17:00.", text));
    }

    private static int Range(int value, int min, int max, string option) => value >= min && value <= max
        ? value
        : throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0}: {1} is outside {2}-{3}.", option, value, min, max));
}
