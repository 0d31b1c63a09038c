using System.CommandLine;
using System.Globalization;
using ReviewTimelines.Calendars;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;

namespace ReviewTimelines.Cli.WriteBack;

/// <summary><c>plan --add-to timetable.json (--out FILE | --in-place) [--review-id ID] [--cycle ID]</c>: adds the planned review to the timetable.</summary>
internal sealed class PlanAddToOptions
{
    private readonly Option<FileInfo?> addTo = new("--add-to")
    {
        Description = "Add the planned review to this timetable file (it is also the timetable the plan reads, like --input) and write the result to --out, or over it with --in-place.",
        HelpName = "timetable.json",
        CustomParser = r => CommonOptions.ParseFile(r),
    };

    private readonly Option<string?> reviewId = new("--review-id")
    {
        Description = "With --add-to: the new review's id (default MECHANISM-COUNTRY-YEAR of --start); its stages are ID/KEY.",
        HelpName = "id",
    };

    private readonly Option<string?> cycle = new("--cycle")
    {
        Description = "With --add-to: the review cycle the review belongs to (default: the mechanism's only cycle in the timetable).",
        HelpName = "id",
    };

    private readonly WriteBackOptions output = new("With --add-to: the new timetable file (never the --add-to file unless --in-place).");

    public void AddTo(Command command)
    {
        command.Options.Add(addTo);
        command.Options.Add(reviewId);
        command.Options.Add(cycle);
        output.AddTo(command);
    }

    /// <summary>The settings with <c>--add-to</c> as the input file.</summary>
    /// <exception cref="CliInputException">Both --add-to and a different --input; or a write option without --add-to.</exception>
    public RunSettings WithInput(ParseResult parse, RunSettings settings)
    {
        var file = parse.GetValue(addTo);
        if (file is null)
        {
            if (output.Requested(parse) || parse.GetValue(reviewId) is not null || parse.GetValue(cycle) is not null)
            {
                throw new CliInputException("--out, --in-place, --review-id and --cycle go with --add-to (plan prints its stages without writing anything otherwise).");
            }

            return settings;
        }

        if (settings.Input is { } input && !string.Equals(input.FullName, file.FullName, StringComparison.Ordinal))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--add-to '{0}' is the timetable the plan reads; leave out --input '{1}'.", file, input));
        }

        return settings with { Input = file };
    }

    /// <summary>Adds the plan as a review and writes the file; returns the lines to print, or none without <c>--add-to</c>.</summary>
    /// <exception cref="CliInputException">No --country, the mechanism or cycle is not in the timetable, or the review id is taken.</exception>
    public IReadOnlyList<string> Save(ParseResult parse, RunSettings settings, CliEnvironment environment, Timetable timetable, MechanismId mechanism, string? countryText, StagePlan plan)
    {
        if (parse.GetValue(addTo) is null)
        {
            return [];
        }

        var target = output.Target(parse, settings, "--add-to");
        if (countryText is null)
        {
            throw new CliInputException("--add-to needs --country: the State under review of the new review.");
        }

        var country = Parsers.Country(countryText, "--country");
        if (!timetable.TryGetMechanism(mechanism, out _))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--add-to: the timetable has no mechanism '{0}'; add it to the file's mechanisms first (\"reference\": \"{0}\").", mechanism));
        }

        var cycles = timetable.Cycles.Where(c => c.Mechanism == mechanism).ToArray();
        var cycleId = parse.GetValue(cycle) is { } given
            ? new CycleId(given)
            : cycles.Length == 1 ? cycles[0].Id
            : throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--add-to: give --cycle (the timetable's cycles of {0}: {1}).", mechanism, cycles.Length == 0 ? "none; add one to the file first" : string.Join(", ", cycles.Select(c => c.Id.Value))));
        var id = new ReviewId(parse.GetValue(reviewId) ?? string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}", mechanism.Value, country.Value, plan.Start.Year));
        if (timetable.Reviews.Any(r => r.Id == id))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--add-to: the timetable already has a review '{0}'; give another --review-id.", id));
        }

        var review = plan.ToReview(id, mechanism, cycleId, country);
        var builder = timetable.ToBuilder();
        builder.AddReview(review);
        var lines = WriteBackOptions.Save(settings, environment, builder.Build(), target);
        return [string.Format(CultureInfo.InvariantCulture, "Added review {0} ({1} stages) to the timetable. {2}", id, review.Stages.Length, lines[0]), .. lines.Skip(1)];
    }
}
