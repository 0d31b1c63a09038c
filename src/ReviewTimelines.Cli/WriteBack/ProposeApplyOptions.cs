using System.CommandLine;
using System.Globalization;
using ReviewTimelines.Calendars;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;

namespace ReviewTimelines.Cli.WriteBack;

/// <summary><c>propose --apply [--accept ITEM...] (--out FILE | --in-place)</c>: writes the timetable with the resolver's moves.</summary>
internal sealed class ProposeApplyOptions
{
    private readonly Option<bool> apply = new("--apply")
    {
        Description = "Write the timetable with the proposed moves (all, or those named by --accept) to --out, or over --input with --in-place.",
    };

    private readonly Option<string[]> accept = new("--accept")
    {
        Description = "With --apply: apply only these moves, by item (stage:ID or ID; repeatable). Default: every move.",
        HelpName = "item",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly WriteBackOptions output = new("With --apply: the new timetable file (never the --input file unless --in-place).");

    public void AddTo(Command command)
    {
        command.Options.Add(apply);
        command.Options.Add(accept);
        output.AddTo(command);
    }

    /// <summary>The request, or null without <c>--apply</c>.</summary>
    /// <exception cref="CliInputException"><c>--accept</c>, <c>--out</c> or <c>--in-place</c> without <c>--apply</c>, or no target.</exception>
    public Request? Read(ParseResult parse, RunSettings settings)
    {
        var accepted = parse.GetValue(accept) ?? [];
        if (!parse.GetValue(apply))
        {
            if (accepted.Length > 0 || output.Requested(parse))
            {
                throw new CliInputException("--accept, --out and --in-place go with --apply (propose prints its moves without writing anything otherwise).");
            }

            return null;
        }

        var target = output.Target(parse, settings, "--apply");
        var items = accepted.Select(a => a.StartsWith("stage:", StringComparison.Ordinal) ? a : "stage:" + a).ToArray();
        return new Request(target, items);
    }

    /// <summary>The file's timetable with the accepted moves: each moved stage gets its new dates and one more revision; its pin is as in the file.</summary>
    /// <exception cref="CliInputException">An <c>--accept</c> item is not one of the moves.</exception>
    public static Timetable Apply(Timetable file, TimetableResolution resolution, Request request)
    {
        var moves = resolution.Moves.ToDictionary(m => m.Item.ToString(), StringComparer.Ordinal);
        var unknown = request.Accepted.Where(a => !moves.ContainsKey(a)).ToArray();
        if (unknown.Length > 0)
        {
            throw new CliInputException(string.Format(
                CultureInfo.InvariantCulture,
                "--accept {0}: not among the proposed moves ({1}).",
                string.Join(", ", unknown),
                moves.Count == 0 ? "there are none" : string.Join(", ", moves.Keys)));
        }

        var chosen = request.Accepted.Length == 0 ? resolution.Moves.AsEnumerable() : resolution.Moves.Where(m => request.Accepted.Contains(m.Item.ToString()));
        var builder = file.ToBuilder();
        foreach (var move in chosen)
        {
            builder.ReplaceStage(file.GetStage(new StageId(move.Item.Id)).MovedTo(new DateRangeTiming(move.To)));
        }

        return builder.Build();
    }

    /// <summary>Writes the file and prints what was written and the hard conflicts the written timetable still has (the ones <c>check</c> on it will find).</summary>
    public static void Report(CliEnvironment environment, RunSettings settings, Request request, Timetable applied, TimetableResolution resolution, IReadOnlyList<Conflict> after)
    {
        var count = request.Accepted.Length == 0 ? resolution.Moves.Length : request.Accepted.Distinct(StringComparer.Ordinal).Count();
        var lines = WriteBackOptions.Save(settings, environment, applied, request.Target);
        var writer = environment.Out;
        writer.WriteLine();
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Applied {0} of {1} move(s). {2}", count, resolution.Moves.Length, lines[0]));
        foreach (var line in lines.Skip(1))
        {
            writer.WriteLine(line);
        }

        var hard = after.Where(c => c.Severity == ConflictSeverity.Hard).ToArray();
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Hard conflicts check will find in it: {0}{1}",
            hard.Length,
            hard.Length == 0 ? "." : ": " + string.Join(", ", hard.Select(c => c.Id.ToString()))));
    }

    /// <summary>A write request: the target file and the accepted items (<c>stage:ID</c>; empty for all).</summary>
    internal sealed record Request(string Target, string[] Accepted);
}
