using System.Globalization;

namespace ReviewTimelines.Fuzz;

/// <summary>The fuzz run's settings from the command line.</summary>
/// <param name="Seconds">Stop after this many seconds (with <see cref="Inputs"/>, whichever comes first).</param>
/// <param name="Inputs">Stop after this many inputs.</param>
/// <param name="Seed">The seed of the mutations.</param>
/// <param name="Target">Only this target (<c>ics</c> or <c>json</c>), or both.</param>
/// <param name="Only">Run only this input number (replay).</param>
/// <param name="Save">A folder to save failing inputs in.</param>
/// <param name="Corpus">The repository root to take the corpus from, or null to find it above the program.</param>
internal sealed record FuzzSettings(double? Seconds, int? Inputs, int Seed, string? Target, int? Only, string? Save, string? Corpus)
{
    public static FuzzSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int? Int(string name) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        double? seconds = values.TryGetValue("seconds", out var s) ? double.Parse(s, CultureInfo.InvariantCulture) : null;
        var inputs = Int("inputs");
        var only = Int("only");
        return new FuzzSettings(
            seconds ?? (inputs is null && only is null ? 60 : null),
            only is { } o ? o + 1 : inputs,
            Int("seed") ?? 1,
            values.GetValueOrDefault("target"),
            only,
            values.GetValueOrDefault("save"),
            values.GetValueOrDefault("corpus"));
    }

    public bool Continues(int index, TimeSpan elapsed) =>
        (Inputs is null || index < Inputs) && (Seconds is null || elapsed.TotalSeconds < Seconds);

    public string Describe() => string.Format(
        CultureInfo.InvariantCulture,
        "budget {0}{1}",
        Seconds is { } s ? s.ToString(CultureInfo.InvariantCulture) + " s" : "no time limit",
        Inputs is { } n ? ", at most " + n.ToString(CultureInfo.InvariantCulture) + " input(s)" : string.Empty);
}
