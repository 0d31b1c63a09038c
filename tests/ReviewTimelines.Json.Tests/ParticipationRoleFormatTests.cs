using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

/// <summary>The format carries participation roles (issue 11): an item's <c>participantRole</c> and per-person <c>participantRoles</c>; files without them read with the defaults of the stage kind.</summary>
public class ParticipationRoleFormatTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private const string VisitParticipants = """
          "participants": [
            "expert-deu-1",
            "expert-hun-1",
            "fp-aut",
            "sec-greco-1"
          ],
          "location": "in-country",
          "predecessors": [
            "GRECO5-AUT-questionnaire"
""";

    private static string WithRoles(string insert)
    {
        var text = SampleFiles.Text("austria-2021.json");
        text.Should().Contain(VisitParticipants);
        return text.Replace(VisitParticipants, VisitParticipants.Replace("\"location\"", insert + "\n          \"location\"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileWithoutRoles_GivesTheDefaultsOfTheStageKind()
    {
        var timetable = Format.Read(SampleFiles.Text("austria-2021.json")).Timetable;

        var visit = timetable.GetStage(new StageId("GRECO5-AUT-visit"));
        visit.ParticipantRole.Should().BeNull();
        visit.ParticipantRoles.Should().BeEmpty();
        visit.Participations.Select(p => p.ToString()).Should().Equal("expert-deu-1:attends", "expert-hun-1:attends", "fp-aut:attends", "sec-greco-1:attends");
    }

    [Fact]
    public void Read_RolesPerItemAndPerPerson_AreKeptAndWrittenBack()
    {
        var json = WithRoles("""
          "participantRole": "contributes",
          "participantRoles": [
            { "person": "fp-aut", "role": "attends" }
          ],
""");

        var document = Format.Read(json);
        var visit = document.Timetable.GetStage(new StageId("GRECO5-AUT-visit"));

        visit.Participations.Select(p => p.ToString()).Should().Equal("expert-deu-1:contributes", "expert-hun-1:contributes", "fp-aut:attends", "sec-greco-1:contributes");
        var written = Format.Write(document);
        written.Should().Contain("\"participantRole\": \"contributes\"").And.Contain("\"person\": \"fp-aut\"");
        Format.Read(written).Timetable.GetStage(visit.Id).Should().Be(visit);
        SchemaTests.Evaluate(written).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Read_UnknownRole_NamesThePathOfTheRole()
    {
        var json = WithRoles("""
          "participantRoles": [
            { "person": "fp-aut", "role": "observes" }
          ],
""");

        var act = () => Format.Read(json);

        act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString())
            .Should().ContainSingle().Which.Should().Contain("participantRoles[0].role").And.Contain("observes");
    }
}
