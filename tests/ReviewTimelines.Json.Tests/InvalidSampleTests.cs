namespace ReviewTimelines.Json.Tests;

/// <summary>The invalid sample files under Samples/Invalid, each with the complete list of problems it must give.</summary>
public class InvalidSampleTests
{
    private static string[] ProblemsOf(string name)
    {
        var act = () => SampleFiles.Format().Read(SampleFiles.Text("Invalid/" + name));
        return [.. act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void Read_MalformedJson_NamesPathLineAndColumnOfTheSyntaxError()
    {
        // Line 7 starts with six spaces, then the quote of "zone" where a comma was expected after "Austria".
        ProblemsOf("malformed.json").Should().Equal(
            "malformed JSON: '\"' is invalid after a value. Expected either ',', '}', or ']' at $.countries[0], line 7, column 7");
    }

    [Fact]
    public void Read_MalformedJson_KeepsTheParserExceptionAsInner()
    {
        var act = () => SampleFiles.Format().Read(SampleFiles.Text("Invalid/malformed.json"));

        act.Should().Throw<TimetableFormatException>().WithInnerException<System.Text.Json.JsonException>();
    }

    [Fact]
    public void Read_UnknownZone_ReportsEveryUnknownZoneWithItsPlace()
    {
        ProblemsOf("unknown-zone.json").Should().Equal(
            "unknown zone \"Europe/Viena\" at $.countries[3].zone, line 41, column 15",
            "unknown zone \"Europe/Strasbourg\" at $.meetings[0].timing.zone, line 53, column 17");
    }

    [Fact]
    public void Read_WrongTypes_ReportsEveryTypeProblemAtOnce()
    {
        ProblemsOf("wrong-types.json").Should().Equal(
            "expected a whole number but found a string at $.formatVersion, line 2, column 20",
            "expected an array but found an object at $.mechanisms, line 3, column 17",
            "unknown day \"sundae\" (expected monday, tuesday, wednesday, thursday, friday, saturday or sunday) at $.countries[0].calendar.weekendRules[0].days[1], line 14, column 34",
            "expected an object but found a string at $.countries[1], line 19, column 5",
            "unknown role \"expert\" (expected one of: governmentalExpert, focalPoint, secretariatStaff, leadExaminer, other) at $.people[0].role, line 25, column 15",
            "unknown property \"nickname\" at $.people[0].nickname, line 27, column 19",
            "\"AUT\" is not a resource (expected \"country:<code>\", \"person:<id>\" or \"seat:<mechanism>\") at $.blackouts[0].scope, line 33, column 16",
            "the last day 2021-12-24 is before the first day 2021-12-31 at $.blackouts[0].last, line 36, column 15",
            "expected a string but found a number at $.blackouts[0].severity, line 39, column 19");
    }

    [Fact]
    public void Read_UnknownIds_MapsModelValidationBackToThePlaceInTheFile()
    {
        ProblemsOf("unknown-ids.json").Should().Equal(
            "unknown cycle 'GRECO-4' at $.reviews[0].cycle, line 26, column 16",
            "unknown person 'expert-nobody' at $.reviews[0].stages[0].participants, line 38, column 27",
            "unknown stage 'GRECO5-AUT-questionnaire' at $.reviews[0].stages[0].predecessors, line 42, column 27",
            "unknown mechanism (seat) 'UNCAC' at $.blackouts[0].scope, line 52, column 16",
            "unknown owner \"person:expert-nobody\" at $.feeds[0].owner, line 63, column 16");
    }

    [Fact]
    public void Read_UnknownZone_ExceptionMessageListsOneProblemPerLine()
    {
        var act = () => SampleFiles.Format().Read(SampleFiles.Text("Invalid/unknown-zone.json"));

        act.Should().Throw<TimetableFormatException>().Which.Message.Should().Be(
            "The timetable file has 2 problems:\n" +
            "unknown zone \"Europe/Viena\" at $.countries[3].zone, line 41, column 15\n" +
            "unknown zone \"Europe/Strasbourg\" at $.meetings[0].timing.zone, line 53, column 17");
    }
}
