using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Input;

/// <summary>Edge parsing of ids and zones given on the command line, with messages that name the option.</summary>
internal static class Parsers
{
    public static DateTimeZone Zone(IDateTimeZoneProvider zones, string id, string option) =>
        zones.GetZoneOrNull(id) ?? throw new CliInputException(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: unknown time zone '{1}' (use an IANA id such as Europe/Vienna; tzdb {2}).",
            option,
            id,
            zones.VersionId));

    public static MechanismId Mechanism(string text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliInputException(option + ": a mechanism id is required.");
        }

        return new MechanismId(text.Trim());
    }

    public static CountryCode Country(string text, string option)
    {
        try
        {
            return new CountryCode(text.Trim());
        }
        catch (ArgumentException e)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0}: '{1}' is not an ISO 3166-1 alpha-3 country code (three upper-case letters such as AUT).", option, text), e);
        }
    }

    public static LocalDate? RequiredDate(ArgumentResult result) => CommonOptions.ParseDate(result);
}
