using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Output;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>sessions</c>: one virtual-visit session a day that fits the working hours of participants in several zones.</summary>
internal static class SessionsCommand
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var participants = new Option<string[]>("--participant", "-p")
        {
            Description = "A participant as NAME=ZONE (IANA id), e.g. Secretariat=Europe/Vienna, optionally followed by ,weekend=fri-sat|sat-sun ,hours=HH:mm-HH:mm ,holidays=yyyy-MM-dd+... ,lang=en+es (repeatable; the first one is the host, whose local dates are the session days).",
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
            Description = "How many consecutive host days to plan (1-366).",
            DefaultValueFactory = _ => 3,
        };
        var maxLength = new Option<int>("--length")
        {
            Description = "The longest session, breaks included, in minutes; the planner takes the longest length that fits, down to --min-length.",
            DefaultValueFactory = _ => 180,
        };
        var minLength = new Option<int>("--min-length")
        {
            Description = "The shortest useful session, in minutes.",
            DefaultValueFactory = _ => 60,
        };
        var sitting = new Option<int>("--sitting")
        {
            Description = "The longest sitting without a break, in minutes.",
            DefaultValueFactory = _ => 90,
        };
        var breakMinutes = new Option<int>("--break")
        {
            Description = "The break between two sittings, in minutes.",
            DefaultValueFactory = _ => 15,
        };
        var extension = new Option<int>("--extension")
        {
            Description = "How many minutes a session may reach outside someone's working hours when no common time exists (out-of-hours time is minimised and shown).",
            DefaultValueFactory = _ => 0,
        };
        var hours = new Option<string>("--hours")
        {
            Description = "Every participant's local working hours, HH:mm-HH:mm, Monday to Friday; an end before the start crosses midnight (20:00-03:00 ends the next day).",
            DefaultValueFactory = _ => "09:00-17:00",
        };
        var count = new Option<int?>("--count")
        {
            Description = "Plan a series of this many sessions of --length minutes over --weeks weeks instead of one session a day (at most --per-day a day, --per-week a week, --break minutes apart).",
        };
        var weeks = new Option<int>("--weeks") { Description = "Series: the period in weeks from --date (1-52).", DefaultValueFactory = _ => 2 };
        var perDay = new Option<int>("--per-day") { Description = "Series: the most sessions starting on one host day.", DefaultValueFactory = _ => 2 };
        var perWeek = new Option<int>("--per-week") { Description = "Series: the most sessions in one week of the period.", DefaultValueFactory = _ => 4 };
        var reach = new Option<int>("--reach")
        {
            Description = "Series: how many minutes before or after someone's working hours a session may reach when no common window exists (the out-of-hours minutes are shown and rotated).",
            DefaultValueFactory = _ => 300,
        };
        var format = new Option<string>("--format", "-f") { Description = "Series output format: table (default) or json.", DefaultValueFactory = _ => "table", HelpName = "table|json" };
        var icsOut = new Option<FileInfo?>("--ics-out") { Description = "Series: also write the sessions as an iCalendar file (one VEVENT per session, each participant's local time in its DESCRIPTION).", HelpName = "sessions.ics" };
        var command = new Command("sessions", "Plan one virtual-visit session a day inside every participant's local working hours (Monday to Friday), across time zones and their DST changes.");
        common.AddTo(command, includeTimetable: false);
        foreach (var option in new Option[] { participants, date, days, maxLength, minLength, sitting, breakMinutes, extension, hours, count, weeks, perDay, perWeek, reach, format, icsOut })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var range = ParseHours(parse.GetValue(hours) ?? "09:00-17:00");
            var people = (parse.GetValue(participants) ?? []).Select(p => ParseParticipant(environment, p, range)).ToArray();
            if (people.Length == 0)
            {
                throw new CliInputException("--participant: give at least one participant as NAME=ZONE.");
            }

            var duplicate = people.GroupBy(p => p.Participant.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--participant: the name '{0}' is given twice.", duplicate.Key));
            }

            if (parse.GetValue(count) is { } n)
            {
                var series = new SessionSeriesOptions
                {
                    HostZone = people[0].Zone,
                    FirstDay = parse.GetValue(date) ?? throw new CliInputException("--date is required."),
                    Count = n,
                    Weeks = parse.GetValue(weeks),
                    MaxPerDay = parse.GetValue(perDay),
                    MaxPerWeek = parse.GetValue(perWeek),
                    Length = Minutes(parse.GetValue(maxLength), 15, 1440, "--length"),
                    MinBreak = Minutes(parse.GetValue(breakMinutes), 0, 240, "--break"),
                    MaxReach = Minutes(parse.GetValue(reach), 0, 715, "--reach"),
                };
                return SessionsSeriesOutput.Run(environment, people.Select(p => p.Participant).ToArray(), series, parse.GetValue(format) ?? "table", parse.GetValue(icsOut));
            }

            var options = new VirtualSessionOptions
            {
                HostZone = people[0].Zone,
                MaxLength = Minutes(parse.GetValue(maxLength), 15, 1440, "--length"),
                MinLength = Minutes(parse.GetValue(minLength), 15, 1440, "--min-length"),
                SittingLength = Minutes(parse.GetValue(sitting), 15, 1440, "--sitting"),
                BreakLength = Minutes(parse.GetValue(breakMinutes), 0, 240, "--break"),
                MaxExtension = Minutes(parse.GetValue(extension), 0, 720, "--extension"),
            };
            if (options.MinLength > options.MaxLength)
            {
                throw new CliInputException("--min-length is longer than --length.");
            }

            var first = parse.GetValue(date) ?? throw new CliInputException("--date is required.");
            var dayCount = parse.GetValue(days);
            if (dayCount is < 1 or > 366)
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--days: {0} is outside 1-366.", dayCount));
            }

            VirtualSessionPlanner planner;
            try
            {
                planner = new VirtualSessionPlanner(options);
            }
            catch (ArgumentException e)
            {
                throw new CliInputException("the session options do not fit together: " + CommandRunner.UserMessage(e), e);
            }

            var plan = planner.Plan(first, dayCount, people.Select(p => p.Participant).ToArray());
            Write(environment.Out, people, options, range, first, dayCount, plan);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(TextWriter writer, IReadOnlyList<(SessionParticipant Participant, DateTimeZone Zone)> people, VirtualSessionOptions options, WorkingHoursRange hours, LocalDate first, int days, VirtualSessionPlan plan)
    {
        writer.WriteLine("review-timelines sessions");
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Virtual visit: {0} host day(s) from {1} in {2} (host: {3}); one session a day of {4}-{5} min, sittings of at most {6} min with {7} min breaks.",
            days,
            Text.Date(first),
            people[0].Zone.Id,
            people[0].Participant.Name,
            (long)options.MinLength.TotalMinutes,
            (long)options.MaxLength.TotalMinutes,
            (long)options.SittingLength.TotalMinutes,
            (long)options.BreakLength.TotalMinutes));
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Working hours: {0}-{1} local time{2}, Monday to Friday, for every participant; reach outside them: {3} min.",
            HourMinute.Format(hours.Start),
            HourMinute.Format(hours.End),
            hours.CrossesMidnight ? " (ending the next day)" : string.Empty,
            (long)options.MaxExtension.TotalMinutes));
        writer.WriteLine("Planner: ReviewTimelines.Proposals virtual-session planner (longest length that fits everyone, earliest start; a session belongs to the host day it starts on and may end after midnight).");
        writer.WriteLine();
        if (plan.Sessions.Length > 0)
        {
            var headers = new List<string> { "Host day", "UTC" };
            headers.AddRange(people.Select(p => p.Participant.Name + " (" + p.Zone.Id + ")"));
            headers.Add("Out of hours");
            var table = new TextTable([.. headers]);
            foreach (var session in plan.Sessions)
            {
                var cells = new List<string>
                {
                    session.Date.DayOfWeek.ToString()[..3] + " " + Text.Date(session.Date),
                    Text.Local(session.Range.Start, DateTimeZone.Utc) + "-" + HourMinute.Format(session.Range.End.InUtc().TimeOfDay),
                };
                cells.AddRange(people.Select(p => Local(session.For(p.Participant.Name))));
                cells.Add(session.OutOfHours == Duration.Zero ? "-" : string.Format(CultureInfo.InvariantCulture, "{0} min", (long)session.OutOfHours.TotalMinutes));
                table.Add([.. cells]);
            }

            table.WriteTo(writer);
            writer.WriteLine();
            foreach (var session in plan.Sessions)
            {
                writer.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}: sittings {1} (UTC)",
                    Text.Date(session.Date),
                    string.Join(", ", session.Sittings.Select(s => HourMinute.Format(s.Start.InUtc().TimeOfDay) + "-" + HourMinute.Format(s.End.InUtc().TimeOfDay)))));
            }

            writer.WriteLine();
        }

        foreach (var day in plan.Unplaced)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: no session: {1}", Text.Date(day.Date), Text.Durations(day.Reason)));
        }

        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} session(s) planned, {1} day(s) without one.", plan.Sessions.Length, plan.Unplaced.Length));
    }

    private static string Local(ParticipantLocalTimes times) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1}-{2} {3}{4}",
        times.Start.DayOfWeek.ToString()[..3],
        HourMinute.Format(times.LocalStart),
        HourMinute.Format(times.LocalEnd),
        OffsetPattern.GeneralInvariantWithZ.Format(times.Start.Offset),
        times.OutOfHours == Duration.Zero ? string.Empty : string.Format(CultureInfo.InvariantCulture, " ({0} min out of hours)", (long)times.OutOfHours.TotalMinutes));

    private static (SessionParticipant Participant, DateTimeZone Zone) ParseParticipant(CliEnvironment environment, string text, WorkingHoursRange hours)
    {
        // NAME=ZONE, optionally followed by ,weekend=fri-sat|sat-sun ,hours=HH:mm-HH:mm ,holidays=yyyy-MM-dd+... ,lang=en+es
        var parts = text.Split(',');
        var head = parts[0];
        var eq = head.LastIndexOf('=');
        if (eq <= 0 || eq == head.Length - 1)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--participant '{0}': use NAME=ZONE, e.g. Secretariat=Europe/Vienna.", text));
        }

        var name = head[..eq].Trim();
        var zone = Parsers.Zone(environment.Zones, head[(eq + 1)..].Trim(), "--participant '" + text + "'");
        var weekend = WeekendRule.SaturdaySunday;
        var holidays = new List<LocalDate>();
        var languages = new List<string>();
        foreach (var part in parts.Skip(1).Where(p => p.Trim().Length > 0))
        {
            var kv = part.Split('=', 2);
            var key = kv[0].Trim().ToLowerInvariant();
            var value = kv.Length == 2 ? kv[1].Trim() : string.Empty;
            switch (key)
            {
                case "weekend" when value.Equals("fri-sat", StringComparison.OrdinalIgnoreCase):
                    weekend = WeekendRule.FridaySaturday;
                    break;
                case "weekend" when value.Equals("sat-sun", StringComparison.OrdinalIgnoreCase):
                    weekend = WeekendRule.SaturdaySunday;
                    break;
                case "hours":
                    hours = ParseHours(value);
                    break;
                case "holidays":
                    foreach (var d in value.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        holidays.Add(LocalDatePattern.Iso.Parse(d) is { Success: true } r
                            ? r.Value
                            : throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--participant '{0}': holiday '{1}' is not an ISO date (yyyy-MM-dd).", name, d)));
                    }

                    break;
                case "lang":
                    languages.AddRange(value.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                default:
                    throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--participant '{0}': '{1}' is not understood; use weekend=fri-sat|sat-sun, hours=HH:mm-HH:mm, holidays=yyyy-MM-dd+yyyy-MM-dd or lang=en+es.", name, part.Trim()));
            }
        }

        var workdays = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None && !weekend.IsWeekend(d)).ToArray();
        var builder = new WorkingCalendarBuilder(name, zone)
            .AddWeekendRule(weekend)
            .AddWorkingHours(WorkingHours.Uniform(null, workdays, hours));
        foreach (var d in holidays)
        {
            builder.AddPublicHoliday(d, "Public holiday (--participant)");
        }

        try
        {
            return (new SessionParticipant(name, builder.Build()).WithLanguages(languages), zone);
        }
        catch (ArgumentException e)
        {
            throw new CliInputException("--participant '" + text + "': " + CommandRunner.UserMessage(e), e);
        }
    }

    internal static WorkingHoursRange ParseHours(string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 2
            && HourMinute.Parse(parts[0].Trim()) is { Success: true } open
            && HourMinute.Parse(parts[1].Trim()) is { Success: true } close
            && open.Value != close.Value)
        {
            return new WorkingHoursRange(open.Value, close.Value);
        }

        throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--hours '{0}': use HH:mm-HH:mm with two different times, e.g. 09:00-17:00, or 20:00-03:00 to cross midnight.", text));
    }

    private static Duration Minutes(int value, int min, int max, string option) => value >= min && value <= max
        ? Duration.FromMinutes(value)
        : throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0}: {1} is outside {2}-{3}.", option, value, min, max));
}
