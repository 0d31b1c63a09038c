using NodaTime;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class ReferenceCommandTests
{
    [Fact]
    public void Reference_All_ListsEveryMechanismWithItsSeatSource()
    {
        var catalog = ReferenceCatalog.Create(DateTimeZoneProviders.Tzdb);

        var result = CliRun.Run("reference");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "Embedded reference data: {0} mechanisms, {1} published meetings ({2} with exact days)",
            catalog.Mechanisms.Count,
            catalog.Meetings.Count,
            catalog.Meetings.Count(m => m.Dates is not null)));
        foreach (var mechanism in catalog.Mechanisms)
        {
            result.Out.Should().Contain("== " + mechanism.Acronym + " (" + mechanism.Id.Value + ")");
            if (mechanism.Seat.Source.Citation.Length > 0)
            {
                result.Out.Should().Contain(mechanism.Seat.Source.Citation);
            }
        }
    }

    [Fact]
    public void Reference_OneMechanism_ShowsItsPublishedMeetingsWithSources()
    {
        var result = CliRun.Run("reference", "--mechanism", "GRECO");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("== GRECO (GRECO)");
        result.Out.Should().NotContain("== UNCAC");
        result.Out.Should().MatchRegex(@"GRECO-83\s+GRECO 83rd plenary\s+2019-06-17 to 2019-06-21\s+Europe/Paris\s+Strasbourg\s+S-ex\s+http://anticorruzione.eu/");
        result.Out.Should().Contain("2021-03 (month only)");
    }

    [Fact]
    public void Reference_UnknownMechanism_ExitsOne()
    {
        var result = CliRun.Run("reference", "--mechanism", "NOPE");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("unknown mechanism 'NOPE'");
    }
}
