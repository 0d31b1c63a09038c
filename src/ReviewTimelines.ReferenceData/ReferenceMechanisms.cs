using ReviewTimelines.Model;

namespace ReviewTimelines.ReferenceData;

/// <summary>The ids of the mechanisms in the reference catalog.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ReferenceMechanisms
{
    /// <summary>Gets the id of the UNCAC Implementation Review Mechanism (with its IRG sessions, COSP and UNGASS 2021).</summary>
    public static MechanismId UncacIrm { get; } = new("UNCAC-IRM");

    /// <summary>Gets the id of the Council of Europe Group of States against Corruption.</summary>
    public static MechanismId Greco { get; } = new("GRECO");

    /// <summary>Gets the id of the OECD Working Group on Bribery.</summary>
    public static MechanismId OecdWgb { get; } = new("OECD-WGB");

    /// <summary>Gets the id of the OAS Follow-up Mechanism for the Inter-American Convention against Corruption.</summary>
    public static MechanismId OasMesicic { get; } = new("OAS-MESICIC");

    /// <summary>Gets the id of the Financial Action Task Force (a comparable).</summary>
    public static MechanismId Fatf { get; } = new("FATF");

    /// <summary>Gets the id of the African Union Advisory Board on Corruption.</summary>
    public static MechanismId AuAbc { get; } = new("AU-ABC");

    /// <summary>Gets the id of the OECD Anti-Corruption Network's Istanbul Anti-Corruption Action Plan.</summary>
    public static MechanismId OecdAcnIap { get; } = new("OECD-ACN-IAP");

    /// <summary>Gets the id of the Arab Anti-Corruption Convention's review mechanism (League of Arab States).</summary>
    public static MechanismId ArabAcac { get; } = new("ARAB-ACAC");
}
