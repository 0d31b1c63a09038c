using System.CommandLine;
using System.Globalization;
using System.Text;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Checking;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
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
            CustomParser = r => CommonOptions.ParseFolder(r)!,
        };
        var domain = new Option<string>("--domain")
        {
            Description = "The publisher's domain in every event UID (stage-<id>@<domain>); keep it fixed so calendar clients recognise updated events.",
            DefaultValueFactory = _ => "review-timelines.invalid",
        };
        var feeds = new Option<string[]>("--feed")
        {
            Description = "Which feeds: all (default), mechanism:ID, country:CODE, person:ID, or mechanisms, countries, persons for one feed each (repeatable).",
            HelpName = "spec",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "ics (default): iCalendar feeds; xlsx: one workbook timetable.xlsx (a sheet per table and the conflicts); csv: one file per table and conflicts.csv. See docs/spreadsheets.md.",
            DefaultValueFactory = _ => "ics",
        };
        format.AcceptOnlyFromAmong("ics", "xlsx", "csv");
        var command = new Command("export", "Write iCalendar (.ics) feeds of the timetable into a folder (the whole timetable, or per mechanism, country or person), or the timetable as a spreadsheet (--format xlsx|csv).");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(feeds);
        command.Options.Add(domain);
        command.Options.Add(format);
        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var settings = common.Read(parse, environment);
            var folder = parse.GetValue(output) ?? throw new CliInputException("--out is required.");
            if (File.Exists(folder.FullName))
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': is a file, not a folder.", folder));
            }

            var loaded = TimetableLoader.Load(settings, environment);
            if (parse.GetValue(format) is "xlsx" or "csv")
            {
                return SpreadsheetExportCommand.Run(environment, loaded, settings, folder, parse.GetValue(format)!);
            }

            var specs = parse.GetValue(feeds) is { Length: > 0 } given ? given : ["all"];
            var documents = FeedSelection.Resolve(loaded, specs, settings, parse.GetValue(domain) ?? string.Empty);
            var exporter = new IcsExporter(environment.Zones);
            // RFC 5545 §3.6: a VCALENDAR holds at least one component, so a feed without events is not written.
            var empty = documents.Where(d => d.Document.Events.Count == 0).Select(d => d.FileName).ToArray();
            var files = documents.Where(d => d.Document.Events.Count > 0).Select(d => (d.FileName, Export: exporter.ExportWithWarnings(d.Document), d.Document.Events.Count)).Select(f => (f.FileName, f.Export.Text, f.Count, f.Export.Warnings)).ToArray();
            var replaced = AtomicFolderWriter.Write(folder, files.Select(f => (f.FileName, f.Text)).ToArray());

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

            if (replaced.Count > 0)
            {
                writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Replaced {0} existing file(s) there: {1}", replaced.Count, string.Join(", ", replaced)));
            }

            // What the exporter defaulted (e.g. DTSTAMP for items without a last change) is said, never silent.
            foreach (var file in files.Where(f => f.Warnings.Count > 0))
            {
                foreach (var warning in file.Warnings)
                {
                    writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Warning ({0}): {1}", file.FileName, warning));
                }
            }

            if (empty.Length > 0)
            {
                writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Skipped {0} feed(s) without events (an iCalendar file needs at least one event, RFC 5545 section 3.6): {1}", empty.Length, string.Join(", ", empty)));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

/// <summary>Turns <c>--feed</c> specs into feed documents through <see cref="TimetableFeeds"/>, with the detector's conflicts shown on the events they touch.</summary>
internal static class FeedSelection
{
    public static IReadOnlyList<(string FileName, FeedDocument Document)> Resolve(LoadedTimetable loaded, IReadOnlyList<string> specs, RunSettings settings, string domain)
    {
        var timetable = loaded.Timetable;
        var scopes = new SortedDictionary<string, FeedScope>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            foreach (var (key, scope) in Expand(timetable, spec))
            {
                scopes[key] = scope;
            }
        }

        TimetableFeedOptions options;
        try
        {
            options = new TimetableFeedOptions(domain);
        }
        catch (ArgumentException e)
        {
            throw new CliInputException("--domain: " + CommandRunner.UserMessage(e), e);
        }

        var feeds = new TimetableFeeds(timetable, options, ConflictCheck.Detect(loaded, settings));
        var names = UniqueFileNames(scopes.Keys);
        return scopes.Select(s => (names[s.Key], feeds.Build(s.Value))).ToArray();
    }

    /// <summary>Gives each feed key a file name: the key with unsafe characters replaced by '-', plus <c>.ics</c>.</summary>
    /// <remarks>When two keys give the same name (compared ignoring case, for case-insensitive file systems), e.g.
    /// <c>person:a/b</c> and <c>person:a-b</c>, each of them gets the first 8 hex digits of the SHA-256 of its key appended,
    /// so no feed overwrites another and the names do not depend on the run.</remarks>
    internal static IReadOnlyDictionary<string, string> UniqueFileNames(IEnumerable<string> keys)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in keys.GroupBy(FileName, StringComparer.OrdinalIgnoreCase))
        {
            var clash = group.Count() > 1;
            foreach (var key in group)
            {
                result[key] = clash ? FileName(key) + "-" + ShortHash(key) + ".ics" : FileName(key) + ".ics";
            }
        }

        return result;
    }

    private static string ShortHash(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash)[..8];
    }

    private static IEnumerable<(string Key, FeedScope Scope)> Expand(Timetable timetable, string spec)
    {
        switch (spec)
        {
            case "all":
                return [("all", FeedScope.Timetable)];
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

        return kind switch
        {
            "mechanism" => timetable.TryGetMechanism(new MechanismId(value), out _)
                ? [(spec, FeedScope.ForMechanism(new MechanismId(value)))]
                : throw Unknown(spec, "mechanism", value),
            "country" => timetable.TryGetCountry(Parsers.Country(value, "--feed '" + spec + "'"), out _)
                ? [(spec, FeedScope.ForCountry(new CountryCode(value)))]
                : throw Unknown(spec, "country", value),
            "person" => timetable.TryGetPerson(new PersonId(value), out _)
                ? [(spec, FeedScope.ForPerson(new PersonId(value)))]
                : throw Unknown(spec, "person", value),
            _ => throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--feed '{0}': unknown feed (use all, mechanism:ID, country:CODE, person:ID, mechanisms, countries or persons).", spec)),
        };
    }

    private static CliInputException Unknown(string spec, string kind, string value) =>
        new(string.Format(CultureInfo.InvariantCulture, "--feed '{0}': the timetable has no {1} '{2}'.", spec, kind, value));

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
/// <remarks>Before anything is written, every target name is checked (a folder or other non-file under a feed's name
/// refuses the export). Files already there are moved aside into the temporary folder before the new ones move in; if any
/// move fails, the new files are taken out again and the old ones put back, so the target folder ends either with every
/// new feed or exactly as it was.</remarks>
internal static class AtomicFolderWriter
{
    /// <summary>Writes <paramref name="files"/> into <paramref name="target"/>; returns the names of the files that were replaced, in the given order.</summary>
    public static IReadOnlyList<string> Write(DirectoryInfo target, IReadOnlyList<(string FileName, string Text)> files) =>
        Write(target, [.. files.Select(f => (f.FileName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(f.Text)))]);

    /// <summary>Writes <paramref name="files"/> (as bytes) into <paramref name="target"/>; returns the names of the files that were replaced, in the given order.</summary>
    public static IReadOnlyList<string> Write(DirectoryInfo target, IReadOnlyList<(string FileName, byte[] Bytes)> files)
    {
        var full = Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': has no parent folder.", target));
        if (!Directory.Exists(parent))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': the parent folder '{1}' does not exist.", target, parent));
        }

        var existing = Directory.Exists(full);
        foreach (var (name, _) in files)
        {
            if (existing && Directory.Exists(Path.Combine(full, name)))
            {
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': '{1}' there is a folder, not a file; nothing was written.", target, name));
            }
        }

        var temp = Path.Combine(parent, "." + Path.GetFileName(full) + ".tmp-" + Path.GetRandomFileName());
        try
        {
            Directory.CreateDirectory(temp);
            foreach (var (name, bytes) in files)
            {
                File.WriteAllBytes(Path.Combine(temp, name), bytes);
            }

            if (!existing)
            {
                Directory.Move(temp, full);
                return [];
            }

            return MoveIn(temp, full, files.Select(f => f.FileName).ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}': cannot write the feeds, the folder is as it was: {1}", target, CommandRunner.UserMessage(e)), e);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    // Old files go aside into temp/.old, new ones move in; on any failure every step taken is undone in reverse.
    private static IReadOnlyList<string> MoveIn(string temp, string full, IReadOnlyList<string> names)
    {
        var aside = Path.Combine(temp, ".old");
        Directory.CreateDirectory(aside);
        var replaced = new List<string>();
        var movedIn = new List<string>();
        try
        {
            foreach (var name in names)
            {
                var destination = Path.Combine(full, name);
                if (File.Exists(destination))
                {
                    File.Move(destination, Path.Combine(aside, name));
                    replaced.Add(name);
                }

                File.Move(Path.Combine(temp, name), destination);
                movedIn.Add(name);
            }

            return replaced;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var name in movedIn)
            {
                File.Delete(Path.Combine(full, name));
            }

            foreach (var name in replaced)
            {
                File.Move(Path.Combine(aside, name), Path.Combine(full, name), overwrite: true);
            }

            throw;
        }
    }
}
