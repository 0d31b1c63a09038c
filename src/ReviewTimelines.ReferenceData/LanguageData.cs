using ReviewTimelines.Model;
using static ReviewTimelines.ReferenceData.ReferenceZones;

namespace ReviewTimelines.ReferenceData;

/// <summary>Working languages of each mechanism (ISO 639-1 codes, in the order the source lists them), for interpretation and translation rules.</summary>
internal static class LanguageData
{
    internal static SourcedValue<IReadOnlyList<string>>? For(MechanismId id) => id.Value switch
    {
        "UNCAC-IRM" => L(
            R("United Nations Convention against Corruption, article 71 (authentic texts) ; " + UncacData.Slide, "the six UN languages: the Convention's authentic texts and the languages executive summaries are issued in (REVIEW-MECHANISMS.md §1.3); each country review runs in a language of review agreed at the organisational teleconference (U3). Article 71 not checked against the text"),
            "ar", "zh", "en", "fr", "ru", "es"),
        "GRECO" => L(R("Statute of the Council of Europe, article 12 (official languages)", "English and French, the Council of Europe's official languages; GRECO publications appear in both (not checked against a GRECO text)"), "en", "fr"),
        "OECD-WGB" => L(R("OECD official languages", "English and French; not checked against a WGB text"), "en", "fr"),
        "OAS-MESICIC" => L(R("Charter of the Organization of American States (official languages) ; " + MesicicData.Minutes35, "Spanish, English, Portuguese and French, the OAS official languages; MESICIC minutes are issued with an original language (35th meeting: Spanish); not checked against the Charter text"), "es", "en", "pt", "fr"),
        "FATF" => L(R("FATF publications", "English and French; not checked against a FATF text"), "en", "fr"),
        "AU-ABC" => L(R("Constitutive Act of the African Union, article 25 ; https://primidi.com/african_union/languages", "working languages Arabic, English, French and Portuguese (an amending protocol adds Spanish and Kiswahili as official languages); article 25 not checked against the text"), "ar", "en", "fr", "pt"),
        "ARAB-ACAC" => L(R("Arab Anti-Corruption Convention (League of Arab States)", "Arabic, the language of the Convention and of the League of Arab States; not checked against a text"), "ar"),
        _ => null, // OECD ACN IAP: not found (docs/reference-data.md, Working languages).
    };

    private static SourcedValue<IReadOnlyList<string>> L(SourceReference source, params string[] codes) => new(codes, source);
}
