namespace ReviewTimelines.Cli;

/// <summary>Bad input to the tool (a missing or malformed file, an unknown id or zone): exit code 1, the message goes to stderr.</summary>
/// <remarks>The message names the place: the option, the file, and where known the JSON path, line and column.</remarks>
internal sealed class CliInputException : ArgumentException
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with detail lines (one problem each) printed under the message.</summary>
    public CliInputException(string message, IReadOnlyList<string> details, Exception? innerException)
        : base(message, innerException)
    {
        Details = details;
    }

    /// <summary>Gets the lines printed under the message, one problem each (each is escaped on its own, so a value cannot add a line).</summary>
    public IReadOnlyList<string> Details { get; } = [];
}
