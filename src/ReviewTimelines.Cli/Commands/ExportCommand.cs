using System.CommandLine;
using System.Globalization;
using System.Text;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Checking;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>export</c>: iCalendar feeds (the whole timetable, per mechanism, country or person) into a folder, all or nothing.</summary>
/// <remarks>Every feed is rendered in memory first; then the files are written to a temporary folder beside the target
/// and moved into place, so an error leaves the target folder as it was.</remarks>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "The folder to write the .ics files to (created if missing; existing files of the same name are replaced).",
            Required = true,
            HelpName = "folder",
        };
        var feeds = new Option<string[]>("--feed")
        {
            Description = "Which feeds: all (default), mechanism:ID, country:CODE, person:ID, or mechanisms, countries, persons for one feed each (repeatable).",
            HelpName = "spec",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("export", "Write iCalendar (.ics) feeds of the timetable into a folder: the whole timetable, or per mechanism, country or person.");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(feeds);
        command.SetAction(parse => CommandRunner.Guard(environment, () =>
        {
            var settings = common.Read(parse, environment);
            var folder = parse.GetValue(output) ?? throw new CliInputException("--out is required.");
            if (File.Exists(folder.FullName))
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': is a file, not a folder.", folder));
            }

            var loaded = TimetableLoader.Load(settings, environment);
            var specs = parse.GetValue(feeds) is { Length: > 0 } given ? given : ["all"];
            var documents = FeedSelection.Resolve(loaded, specs, settings);
            var exporter = new IcsExporter(new FixedClock(settings.Now), environment.Zones);
            var files = documents.Select(d => (d.FileName, Text: exporter.Export(d.Document), d.Document.Events.Count)).ToArray();
            AtomicFolderWriter.Write(folder, files.Select(f => (f.FileName, f.Text)).ToArray());

            var writer = environment.Out;
            writer.WriteLine("review-timelines export");
            foreach (var line in loaded.HeaderLines())
            {
                writer.WriteLine(line);
            }

            writer.WriteLine("Window: " + settings.WindowText);
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Wrote {0} feed(s) to {1}:", files.Length, folder));
            foreach (var file in files)
            {
                writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "- {0} ({1} event(s))", file.FileName, file.Count));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

/// <summary>Turns <c>--feed</c> specs into feed documents (interim mapping until ReviewTimelines.ICalendar's model feeds land).</summary>
internal static class FeedSelection
{
    public static IReadOnlyList<(string FileName, FeedDocument Document)> Resolve(LoadedTimetable loaded, IReadOnlyList<string> specs, RunSettings settings)
    {
        var timetable = loaded.Timetable;
        var notes = ConflictCheck.Run(loaded, settings)
            .SelectMany(c => c.Items.Select(i => (Item: i, c.Sentence)))
            .ToLookup(x => x.Item, x => x.Sentence, StringComparer.Ordinal);
        var items = timetable.ScheduledItems().Where(i => settings.InWindow(i.Range)).ToArray();
        var scopes = new SortedDictionary<string, (string Name, Func<ScheduledItem, bool> Filter)>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            foreach (var (key, scope) in Expand(timetable, spec))
            {
                scopes[key] = scope;
            }
        }

        return scopes.Select(s => (FileName: FileName(s.Key) + ".ics", Document: new FeedDocument
        {
            Name = s.Value.Name,
            Events = items.Where(s.Value.Filter).Select(i => ToEvent(timetable, i, notes)).OrderBy(e => e.Uid, StringComparer.Ordinal).ToArray(),
        })).ToArray();
    }

    private static IEnumerable<(string Key, (string Name, Func<ScheduledItem, bool> Filter) Scope)> Expand(Timetable timetable, string spec)
    {
        switch (spec)
        {
            case "all":
                return [("all", ("ReviewTimelines: whole timetable", _ => true))];
            case "mechanisms":
                return timetable.Mechanisms.SelectMany(m => Expand(timetable, "mechanism:" + m.Id.Value));
            case "countries":
                return timetable.Countries.SelectMany(c => Expand(timetable, "country:" + c.Code.Value));
            case "persons":
                return timetable.Persons.SelectMany(p => Expand(timetable, "person:" + p.Id.Value));
        }

        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? spec[..colon] : spec;
        var value = colon > 0 ? spec[(colon + 1)..] : string.Empty;
        if (value.Length == 0 && kind is "mechanism" or "country" or "person")
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--feed '{0}': give an id after the colon.", spec));
        }

        switch (kind)
        {
            case "mechanism":
                var mechanism = new MechanismId(value);
                if (!timetable.TryGetMechanism(mechanism, out var m))
                {
                    throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--feed '{0}': the timetable has no mechanism '{1}'.", spec, value));
                }

                return [(spec, (m.ShortName + " timetable", item => MechanismOf(timetable, item) == mechanism))];
            case "country":
                var country = new CountryCode(value);
                if (!timetable.TryGetCountry(country, out var c))
                {
                    throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--feed '{0}': the timetable has no country '{1}'.", spec, value));
                }

                var resource = TimetableResource.ForCountry(country);
                return [(spec, (c.Name + " (" + c.Code.Value + ")", item => item.Resources.Contains(resource) || (item.Item.Kind == TimetableItemKind.Stage && timetable.GetReviewOf(new StageId(item.Item.Id)).StateUnderReview == country)))];
            case "person":
                var person = new PersonId(value);
                if (!timetable.TryGetPerson(person, out var p))
                {
                    throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--feed '{0}': the timetable has no person '{1}'.", spec, value));
                }

                var held = TimetableResource.ForPerson(person);
                return [(spec, (p.Name, item => item.Resources.Contains(held)))];
            default:
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--feed '{0}': unknown feed (use all, mechanism:ID, country:CODE, person:ID, mechanisms, countries or persons).", spec));
        }
    }

    private static MechanismId? MechanismOf(Timetable timetable, ScheduledItem item) => item.Item.Kind == TimetableItemKind.Stage
        ? timetable.GetReviewOf(new StageId(item.Item.Id)).Mechanism
        : timetable.GetMeeting(new MeetingId(item.Item.Id)).Mechanism;

    private static FeedEvent ToEvent(Timetable timetable, ScheduledItem item, ILookup<string, string> notes)
    {
        string summary;
        string? location;
        int revision;
        var categories = new List<string>();
        if (item.Item.Kind == TimetableItemKind.Stage)
        {
            var id = new StageId(item.Item.Id);
            var stage = timetable.GetStage(id);
            var review = timetable.GetReviewOf(id);
            var mechanism = timetable.GetMechanism(review.Mechanism);
            var country = timetable.GetCountry(review.StateUnderReview);
            summary = string.Format(CultureInfo.InvariantCulture, "{0}: {1} ({2})", mechanism.ShortName, stage.Name, country.Name);
            location = stage.Location?.Kind == StageLocationKind.Virtual ? "Virtual" : country.Name;
            revision = stage.Revision;
            categories.Add(mechanism.ShortName);
            categories.Add(stage.Kind.ToString());
        }
        else
        {
            var meeting = timetable.GetMeeting(new MeetingId(item.Item.Id));
            summary = meeting.Name;
            location = meeting.VenueName;
            revision = meeting.Revision;
            if (meeting.Mechanism is { } mechanism)
            {
                categories.Add(timetable.GetMechanism(mechanism).ShortName);
            }

            categories.Add(meeting.Kind.ToString());
        }

        var uid = item.Item.ToString().Replace(':', '-') + "@review-timelines";
        var key = item.Item.ToString();
        return item.Timing.Match(
            dates => new FeedEvent { Uid = uid, Summary = summary, Location = location, Sequence = revision, Categories = categories, Dates = dates.Dates, ConflictNotes = notes[key].ToArray() },
            (range, zone) => new FeedEvent { Uid = uid, Summary = summary, Location = location, Sequence = revision, Categories = categories, Range = range, TimeZoneId = zone.Id, ConflictNotes = notes[key].ToArray() });
    }

    private static string FileName(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var ch in key)
        {
            builder.Append(char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '-' ? ch : '-');
        }

        return builder.ToString();
    }
}

/// <summary>Writes a set of files into a folder all or nothing: first into a temporary sibling folder, then moved into place.</summary>
internal static class AtomicFolderWriter
{
    public static void Write(DirectoryInfo target, IReadOnlyList<(string FileName, string Text)> files)
    {
        var full = Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': has no parent folder.", target));
        if (!Directory.Exists(parent))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': the parent folder '{1}' does not exist.", target, parent));
        }

        var temp = Path.Combine(parent, "." + Path.GetFileName(full) + ".tmp-" + Path.GetRandomFileName());
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        try
        {
            Directory.CreateDirectory(temp);
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(temp, name), text, encoding);
            }

            if (!Directory.Exists(full))
            {
                Directory.Move(temp, full);
                return;
            }

            foreach (var (name, _) in files)
            {
                File.Move(Path.Combine(temp, name), Path.Combine(full, name), overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': cannot write the feeds: {1}", target, e.Message), e);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
