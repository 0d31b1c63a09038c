using System.CommandLine;
using System.Globalization;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Json;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Cli.WriteBack;

/// <summary>The options of a command that writes a changed timetable (<c>--out</c>, <c>--in-place</c>) and the write itself.</summary>
/// <remarks>The new file is the input file edited in place of the change (<see cref="TimetableJson.Update"/>): layout,
/// comments, order and untouched values stay as they were. It is written atomically (<see cref="AtomicFileWriter"/>), and
/// never over the input unless <c>--in-place</c> is given. Without <c>--input</c>, the embedded sample timetable's text is
/// the file edited.</remarks>
internal sealed class WriteBackOptions
{
    public WriteBackOptions(string outDescription)
    {
        Out = new Option<FileInfo?>("--out", "-o")
        {
            Description = outDescription,
            HelpName = "new.json",
            CustomParser = r => CommonOptions.ParseFile(r),
        };
    }

    public Option<FileInfo?> Out { get; }

    public Option<bool> InPlace { get; } = new("--in-place")
    {
        Description = "Write the changed timetable over the --input file (atomically: a temporary file in the same folder, then a rename).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Out);
        command.Options.Add(InPlace);
    }

    /// <summary>Whether --out or --in-place was given.</summary>
    public bool Requested(ParseResult parse) => parse.GetValue(Out) is not null || parse.GetValue(InPlace);

    /// <summary>The target path, checked against the input: <c>--out</c>, or the input for <c>--in-place</c>.</summary>
    /// <exception cref="CliInputException">Neither is given, both are, <c>--in-place</c> has no <c>--input</c>, or <c>--out</c> is the input without <c>--in-place</c>.</exception>
    public string Target(ParseResult parse, RunSettings settings, string needs)
    {
        var output = parse.GetValue(Out);
        var inPlace = parse.GetValue(InPlace);
        if (inPlace && settings.Input is null)
        {
            throw new CliInputException("--in-place: there is no --input file to write over (the embedded sample timetable is read-only); give --out FILE.");
        }

        if (inPlace && output is not null && !SameFile(output.FullName, settings.Input!.FullName))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--in-place writes over --input '{0}'; leave out --out '{1}', or leave out --in-place.", settings.Input, output));
        }

        if (inPlace)
        {
            return settings.Input!.FullName;
        }

        if (output is null)
        {
            throw new CliInputException(needs + " needs --out FILE (a new file) or --in-place (over --input).");
        }

        if (settings.Input is { } input && SameFile(output.FullName, input.FullName))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--out '{0}' is the --input file; add --in-place to write over it.", output));
        }

        return output.FullName;
    }

    /// <summary>Writes <paramref name="changed"/> as an edit of the input file to <paramref name="target"/>; returns the lines to print (what was written, and any warning).</summary>
    public static IReadOnlyList<string> Save(RunSettings settings, CliEnvironment environment, Timetable changed, string target, Action<string>? beforeRename = null)
    {
        var format = new TimetableJson(environment.Zones, ReferenceCatalog.Create(environment.Zones));
        var original = settings.Input is { } input
            ? InputFile.ReadBytes(input.FullName, "--input", input.ToString(), TimetableReadLimits.Default.MaxInputBytes)
            : EmbeddedBytes();
        var document = format.Read(original);
        var lines = new List<string>();
        byte[] bytes;
        try
        {
            bytes = format.Update(original, new TimetableDocument(changed, document.Feeds));
        }
        catch (InvalidOperationException e)
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(format.Write(new TimetableDocument(changed, document.Feeds)));
            lines.Add("Warning: the change could not be written as an edit of the input file (" + e.Message + "); the whole file was written in the canonical form (docs/timetable-format.md), so its layout and comments differ from the input.");
        }

        if (document.Feeds.Any(f => !Path.IsPathRooted(f.Path) && !f.Path.Contains("://", StringComparison.Ordinal))
            && settings.Input is { } source
            && !SameFile(Path.GetDirectoryName(Path.GetFullPath(target)) ?? string.Empty, Path.GetDirectoryName(source.FullName) ?? string.Empty))
        {
            lines.Add("Warning: the timetable names outside feeds by relative path (feeds); they are resolved from the new file's folder, which is not the input's.");
        }

        var replaced = AtomicFileWriter.Write(target, bytes, settings.Input is not null && SameFile(target, settings.Input.FullName) ? "--in-place" : "--out", beforeRename);
        lines.Insert(0, string.Format(CultureInfo.InvariantCulture, "{0} {1}.", replaced ? "Replaced" : "Wrote", target));
        return lines;
    }

    private static byte[] EmbeddedBytes()
    {
        using var stream = typeof(TimetableLoader).Assembly.GetManifestResourceStream(TimetableLoader.EmbeddedResourceName)
            ?? throw new InvalidOperationException("The embedded sample timetable '" + TimetableLoader.EmbeddedResourceName + "' is missing from the tool.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
