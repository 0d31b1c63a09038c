using ReviewTimelines.Model;
using static ReviewTimelines.ReferenceData.Tests.TestCatalog;

namespace ReviewTimelines.ReferenceData.Tests;

/// <summary>Issue 15, item 5: each mechanism's working languages as data, with sources; unknown stays null.</summary>
public class WorkingLanguagesTests
{
    private static IReadOnlyList<string>? Languages(MechanismId id) => Catalog[id].WorkingLanguages?.Value;

    [Fact]
    public void WorkingLanguages_PerMechanism()
    {
        Languages(ReferenceMechanisms.UncacIrm).Should().Equal("ar", "zh", "en", "fr", "ru", "es");
        Languages(ReferenceMechanisms.Greco).Should().Equal("en", "fr");
        Languages(ReferenceMechanisms.OecdWgb).Should().Equal("en", "fr");
        Languages(ReferenceMechanisms.OasMesicic).Should().Equal("es", "en", "pt", "fr");
        Languages(ReferenceMechanisms.Fatf).Should().Equal("en", "fr");
        Languages(ReferenceMechanisms.AuAbc).Should().Equal("ar", "en", "fr", "pt");
        Languages(ReferenceMechanisms.ArabAcac).Should().Equal("ar");
        Languages(ReferenceMechanisms.OecdAcnIap).Should().BeNull("no source for the ACN's languages was found");
    }

    [Fact]
    public void WorkingLanguages_AreIso6391Codes_EachWithACitationAndNeverTaggedS()
    {
        var sourced = Catalog.Mechanisms.Where(m => m.WorkingLanguages is not null).ToList();

        sourced.Should().HaveCount(7);
        sourced.SelectMany(m => m.WorkingLanguages!.Value).Should().OnlyContain(c => c.Length == 2 && c.All(char.IsAsciiLetterLower));
        sourced.Should().OnlyContain(m => m.WorkingLanguages!.Value.Distinct().Count() == m.WorkingLanguages!.Value.Count);
        sourced.Should().OnlyContain(m => m.WorkingLanguages!.Source.Citation.Length > 0 && m.WorkingLanguages!.Source.Confidence == Confidence.Unconfirmed, "the founding texts were not checked: R, as the notes say");
    }
}
