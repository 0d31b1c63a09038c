namespace ReviewTimelines.Model;

/// <summary>The word a mechanism uses for its visits to a State under review (REVIEW-MECHANISMS.md §1–§4).</summary>
/// <remarks>Conflict sentences and proposals use the mechanism's own word: the UNCAC IRM speaks of a "country visit";
/// GRECO, the OECD WGB and OAS MESICIC of an "on-site visit".</remarks>
public enum VisitTerm
{
    /// <summary>"country visit" (UNCAC IRM); the default.</summary>
    CountryVisit = 0,

    /// <summary>"on-site visit" (GRECO, OECD WGB, OAS MESICIC, FATF).</summary>
    OnSiteVisit = 1,
}
