using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Commands;

/// <summary>Runs a command's body and turns every failure into exit code 1 with one <c>error: ...</c> line on stderr.</summary>
/// <remarks>The tool never prints a .NET stack trace, unless the environment variable
/// <see cref="DebugVariable"/> is <c>1</c> (then the trace follows the message, for bug reports).</remarks>
internal static partial class CommandRunner
{
    /// <summary>The environment variable that adds stack traces to error messages.</summary>
    public const string DebugVariable = "REVIEWTIMELINES_DEBUG";

    public static int Guard(CliEnvironment environment, Func<int> body) => Guard(environment, null, body);

    public static int Guard(CliEnvironment environment, ParseResult? parse, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliInputException e)
        {
            return Fail(environment, e.Message, e.Details, e);
        }
        catch (TimetableValidationException e)
        {
            return Fail(environment, "the timetable is not valid:", [.. e.Problems.Select(p => p.ToString())], e);
        }
        catch (IcsImportException e)
        {
            return Fail(environment, "an iCalendar feed could not be read: " + UserMessage(e), e);
        }
        catch (Calendars.CalendarCoverageException e)
        {
            // Issue 13: a calendar is never asked silently about dates its holiday data does not cover.
            return Fail(environment, CoverageMessage(e.Gap, parse) + InputNote(parse), e);
        }
        catch (ArgumentException e)
        {
            // The libraries report bad values with the ArgumentException family, naming the item and field.
            return Fail(environment, UserMessage(e) + InputNote(parse), e);
        }
        catch (FormatException e)
        {
            return Fail(environment, UserMessage(e) + InputNote(parse), e);
        }
        catch (OverflowException e)
        {
            return Fail(environment, "a date or duration is outside the range the tool can compute with (supported years " + Years + ")" + InputNote(parse) + ": " + UserMessage(e), e);
        }
        catch (InvalidOperationException e)
        {
            return Fail(environment, UserMessage(e) + InputNote(parse), e);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(environment, "access denied: " + UserMessage(e), e);
        }
        catch (IOException e)
        {
            return Fail(environment, "could not read or write a file: " + UserMessage(e), e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(
                environment,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "internal error in '{0}'{1}: {2}: {3} Please report it with the command line and input (set {4}=1 for details).",
                    parse?.CommandResult.Command.Name ?? "review-timelines",
                    InputNote(parse),
                    e.GetType().Name,
                    UserMessage(e),
                    DebugVariable),
                e);
        }
    }

    public static int Fail(CliEnvironment environment, string message) => Fail(environment, message, null);

    /// <summary>The tool's sentence for a question past a calendar's declared holiday coverage, with what the user can do.</summary>
    private static string CoverageMessage(Calendars.CoverageGap gap, ParseResult? parse)
    {
        static string Day(NodaTime.LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
        var command = parse?.CommandResult.Command.Name;
        return string.Format(
            CultureInfo.InvariantCulture,
            "calendar '{0}' has no holiday data for {1} (asked about {2}); {3} stops rather than treat those dates as having no public holidays. Add that year's holidays to the calendar and extend its holidayCoverage (docs/timetable-format.md, docs/calendars.md){4}.",
            gap.Calendar,
            string.Join(", ", gap.MissingYears.Select(y => y.ToString(CultureInfo.InvariantCulture))),
            gap.Asked.Start == gap.Asked.End ? Day(gap.Asked.Start) : Day(gap.Asked.Start) + " to " + Day(gap.Asked.End),
            command is null or "review-timelines" ? "the tool" : "'" + command + "'",
            command == "plan" ? ", or pass --allow-uncovered-dates to plan as if they had none (each gap is then printed as a warning)" : string.Empty);
    }

    /// <summary>The message of <paramref name="e"/> without .NET's <c>(Parameter 'x')</c> and <c>Actual value was ...</c> suffixes.</summary>
    public static string UserMessage(Exception e)
    {
        var message = e.Message;
        if (e is ArgumentException { ParamName: { } name })
        {
            message = message.Replace(" (Parameter '" + name + "')", string.Empty, StringComparison.Ordinal);
        }

        message = ActualValue().Replace(message, string.Empty);
        message = ParameterSuffix().Replace(message, string.Empty);
        return message.Trim();
    }

    private static string Years => string.Format(CultureInfo.InvariantCulture, "{0}-{1}", Input.CommonOptions.MinYear, Input.CommonOptions.MaxYear);

    private static string InputNote(ParseResult? parse)
    {
        if (parse is null)
        {
            return string.Empty;
        }

        var tokens = parse.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Value is "--input" or "-i")
            {
                return " (in --input '" + tokens[i + 1].Value + "')";
            }
        }

        return string.Empty;
    }

    private static int Fail(CliEnvironment environment, string message, Exception? exception) => Fail(environment, message, [], exception);

    // The message and each detail are one line each: the error writer escapes any line break or control character inside them.
    private static int Fail(CliEnvironment environment, string message, IReadOnlyList<string> details, Exception? exception)
    {
        environment.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "error: {0}", message));
        foreach (var detail in details)
        {
            environment.Error.WriteLine(detail);
        }

        if (exception is not null && Environment.GetEnvironmentVariable(DebugVariable) == "1")
        {
            Output.SafeTextWriter.WriteRaw(environment.Error, exception + Environment.NewLine);
        }

        return ExitCodes.BadInput;
    }

    [GeneratedRegex(@"\r?\nActual value was [^\r\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex ActualValue();

    [GeneratedRegex(@" \(Parameter '[^']*'\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterSuffix();
}
