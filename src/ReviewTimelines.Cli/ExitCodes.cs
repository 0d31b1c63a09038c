namespace ReviewTimelines.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for <c>check</c>: no hard conflict; for <c>propose</c>: none left after the moves.</summary>
    public const int Ok = 0;

    /// <summary>Bad input or usage: the message is on stderr, nothing was written half-way.</summary>
    public const int BadInput = 1;

    /// <summary><c>check</c> found at least one hard conflict; <c>propose</c>: at least one hard conflict remains after its moves.</summary>
    public const int HardConflicts = 2;
}
