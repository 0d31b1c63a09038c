namespace ReviewTimelines.Tests.Docs;

/// <summary>Tests that redirect <see cref="Console.Out"/> run alone, so no other test's output is captured.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    /// <summary>The collection name.</summary>
    public const string Name = "Console capture";

    /// <summary>Runs <paramref name="example"/> with the console redirected and returns the lines it printed.</summary>
    /// <param name="example">The documented code.</param>
    /// <returns>The printed lines, without the final line break.</returns>
    public static string[] Lines(Action example)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            example();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }
}
