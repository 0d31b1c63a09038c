namespace ReviewTimelines.Tests.Docs;

/// <summary>Tests that redirect <see cref="Console.Out"/> run alone, so no other test's output is captured.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    /// <summary>The collection name.</summary>
    public const string Name = "Console capture";
}
