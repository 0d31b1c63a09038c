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
}
