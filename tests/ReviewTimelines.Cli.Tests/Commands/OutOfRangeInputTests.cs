namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Dates far outside real schedules (year 1, 2921, 9999): one clear <c>error:</c> line and exit code 1, never a stack trace.</summary>
public sealed class OutOfRangeInputTests
{
    [Theory]
    [InlineData("\"first\": \"2021-06-14\",\n            \"last\": \"2021-06-17\"", "\"first\": \"9999-12-28\",\n            \"last\": \"9999-12-31\"", "date 9999-12-28 is outside the supported years 1900–2200 at $.reviews[2].stages[0].timing.first")]
    [InlineData("\"first\": \"2021-06-14\",\n            \"last\": \"2021-06-17\"", "\"first\": \"2921-06-14\",\n            \"last\": \"2921-06-17\"", "date 2921-06-14 is outside the supported years 1900–2200 at $.reviews[2].stages[0].timing.first")]
    [InlineData("\"first\": \"2021-06-14\",\n            \"last\": \"2021-06-17\"", "\"first\": \"0001-01-01\",\n            \"last\": \"0001-01-04\"", "date 0001-01-01 is outside the supported years 1900–2200 at $.reviews[2].stages[0].timing.first")]
    [InlineData("\"start\": \"2021-09-06T10:00:00\",\n        \"end\": \"2021-09-08T18:00:00\"", "\"start\": \"9999-12-31T00:00:00Z\",\n        \"end\": \"9999-12-31T23:59:59Z\"", "date-time 9999-12-31T00:00:00Z is outside the supported years 1900–2200 at $.meetings[1].timing.start")]
    public void Check_ItemDatedOutsideSupportedYears_ExitsOneNamingTheJsonPlace(string original, string replacement, string message)
    {
        using var folder = new TempFolder();
        var path = Mutated(folder, original, replacement);

        var result = CliRun.Run("check", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain(message).And.StartWith("error: --input '" + path + "'");
        result.Error.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain("(Parameter");
    }

    [Fact]
    public void Check_SoftPeriodFromYearOneTo9999_ExitsOneWithoutTrace()
    {
        using var folder = new TempFolder();
        var path = Mutated(folder, "\"first\": \"2021-07-03\",\n            \"last\": \"2021-09-05\"", "\"first\": \"0001-01-01\",\n            \"last\": \"9999-12-31\"");

        var result = CliRun.Run("check", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: --input '" + path + "'")
            .And.Contain("date 0001-01-01 is outside the supported years 1900–2200 at $.countries[1].calendar.softPeriods[0].first")
            .And.Contain("date 9999-12-31 is outside the supported years 1900–2200 at $.countries[1].calendar.softPeriods[0].last");
        result.Error.Should().NotContain("   at ").And.NotContain("Unhandled");
    }

    [Fact]
    public void Check_UnavailabilityInYear2921_ExitsOneWithoutParameterSuffix()
    {
        using var folder = new TempFolder();
        var path = Mutated(folder, string.Empty, string.Empty);
        var text = File.ReadAllText(path);
        var unavailability = text.IndexOf("\"unavailability\"", StringComparison.Ordinal);
        var last = text.IndexOf("\"2021-08-20\"", unavailability, StringComparison.Ordinal);
        File.WriteAllText(path, text[..last] + "\"2921-08-20\"" + text[(last + 12)..]);

        var result = CliRun.Run("check", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: --input '" + path + "'")
            .And.Contain("date 2921-08-20 is outside the supported years 1900–2200 at $.people[1].unavailability[1].last");
        result.Error.Should().NotContain("(Parameter").And.NotContain("Actual value was");
    }

    [Fact]
    public void Check_FeedEventFromYearOneTo9999_IsCutToSupportedYearsWithWarning()
    {
        using var folder = new TempFolder();
        var feed = folder.File("year1.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:always-busy\r\nDTSTAMP:20210101T000000Z\r\nDTSTART:00010101T000000Z\r\nDTEND:99991231T235959Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        // Colombia's sample calendar declares no holiday coverage; for Austria's (2021-2024 declared) the visit separation
        // around a busy time from 1900 asks about 1899 and the check stops instead (HolidayCoverageCliTests).
        var result = CliRun.Run("check", "--ics", "country:COL=" + feed, "--now", "2021-03-01T09:00:00Z");

        result.Error.Should().Contain("warning: --ics '" + feed + "': event 'always-busy'").And.Contain("it is cut to those years");
        result.Error.Should().NotContain("error:").And.NotContain("daysSinceEpoch");
        result.ExitCode.Should().Be(2, "the always-busy event clashes with every Colombian item");
        result.Out.Should().Contain("ics:year1.ics:1");
    }

    [Fact]
    public void UserMessage_ArgumentException_DropsParameterAndActualValue()
    {
        var e = new ArgumentOutOfRangeException("items", "2921-06-01", "Item 5 has an instant outside the range.");

        global::ReviewTimelines.Cli.Commands.CommandRunner.UserMessage(e).Should().Be("Item 5 has an instant outside the range.");
    }

    private static string Mutated(TempFolder folder, string original, string replacement)
    {
        var text = File.ReadAllText(CliRun.DataPath("austria-2021.json")).ReplaceLineEndings("\n");
        if (original.Length > 0)
        {
            text.Should().Contain(original);
        }

        var path = Path.Combine(folder.Path, "mutated.json");
        File.WriteAllText(path, original.Length == 0 ? text : text.Replace(original, replacement, StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(folder.Path, "feeds"));
        File.Copy(CliRun.DataPath(Path.Combine("feeds", "expert-deu-1.ics")), Path.Combine(folder.Path, "feeds", "expert-deu-1.ics"));
        return path;
    }
}

/// <summary>Messages shown to users carry no .NET parameter suffixes and say each thing once.</summary>
public sealed class MessageWordingTests
{
    [Fact]
    public void Plan_LowerCaseCountry_SaysItOnceWithoutParameterSuffix()
    {
        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "2021-03-01", "--country", "aut");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: --country: 'aut' is not an ISO 3166-1 alpha-3 country code (three upper-case letters such as AUT).\n");
    }

    [Fact]
    public void Export_EmptyDomain_HasNoParameterSuffix()
    {
        using var folder = new TempFolder();

        var result = CliRun.Run("export", "--out", folder.Path, "--domain", string.Empty);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: --domain: The UID domain '' must be non-empty").And.NotContain("(Parameter");
    }
}
