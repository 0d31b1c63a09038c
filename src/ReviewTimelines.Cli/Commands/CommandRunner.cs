using System.Globalization;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Commands;

/// <summary>Runs a command's body and turns bad input into exit code 1 with a message on stderr.</summary>
internal static class CommandRunner
{
    public static int Guard(CliEnvironment environment, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliInputException e)
        {
            return Fail(environment, e.Message);
        }
        catch (TimetableValidationException e)
        {
            return Fail(environment, "the timetable is not valid:" + Environment.NewLine + e.Message);
        }
        catch (IcsImportException e)
        {
            return Fail(environment, "an iCalendar feed could not be read: " + e.Message);
        }
        catch (ArgumentException e)
        {
            // The libraries report bad values with the ArgumentException family, naming the item and field.
            return Fail(environment, e.Message);
        }
    }

    public static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "error: {0}", message));
        return ExitCodes.BadInput;
    }
}
