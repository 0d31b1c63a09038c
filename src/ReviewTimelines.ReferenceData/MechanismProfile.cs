using System.Globalization;
using NodaTime;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;

namespace ReviewTimelines.ReferenceData;

/// <summary>The reference data of one review mechanism: names, seat and zone, stage rule set, meeting patterns, published meetings and facts, each with its source.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MechanismProfile
{
    internal MechanismProfile(
        MechanismId id,
        string acronym,
        string name,
        SourcedValue<string> seat,
        DateTimeZone seatZone,
        StageRuleSet? ruleSet,
        IReadOnlyList<PlenaryPattern> patterns,
        IReadOnlyList<PublishedMeeting> meetings,
        IReadOnlyList<ReferenceFact> facts)
    {
        Id = id;
        Acronym = acronym;
        Name = name;
        Seat = seat;
        SeatZone = seatZone;
        RuleSet = ruleSet;
        Patterns = patterns;
        Meetings = meetings.OrderBy(m => m.Month).ThenBy(m => m.Dates?.Start).ThenBy(m => m.Id).ToArray();
        Facts = facts;
        WorkingLanguages = LanguageData.For(id);
    }

    /// <summary>Gets the mechanism's id, e.g. <c>GRECO</c>.</summary>
    public MechanismId Id { get; }

    /// <summary>Gets the short name, e.g. "OECD WGB".</summary>
    public string Acronym { get; }

    /// <summary>Gets the full name.</summary>
    public string Name { get; }

    /// <summary>Gets the seat (the secretariat's city and organisation), with its source.</summary>
    public SourcedValue<string> Seat { get; }

    /// <summary>Gets the seat's IANA zone, resolved through the provider given to <see cref="ReferenceCatalog.Create"/>.</summary>
    public DateTimeZone SeatZone { get; }

    /// <summary>Gets the stage rule set (REVIEW-MECHANISMS.md §8.1–8.4), or <see langword="null"/> when the sources do not support one.</summary>
    public StageRuleSet? RuleSet { get; }

    /// <summary>Gets the recurring meeting patterns.</summary>
    public IReadOnlyList<PlenaryPattern> Patterns { get; }

    /// <summary>Gets the published meetings, ordered by month, first day, then id.</summary>
    public IReadOnlyList<PublishedMeeting> Meetings { get; }

    /// <summary>Gets the working languages (ISO 639-1 codes such as <c>en</c>, <c>fr</c>, in the source's order) with their source, or <see langword="null"/> when no source was found (OECD ACN IAP in this release).</summary>
    public SourcedValue<IReadOnlyList<string>>? WorkingLanguages { get; }

    /// <summary>Gets other sourced facts.</summary>
    public IReadOnlyList<ReferenceFact> Facts { get; }

    /// <summary>Formats as <c>GRECO (Group of States against Corruption), Strasbourg, Europe/Paris</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1}), {2}, {3}", Id, Name, Seat.Value, SeatZone.Id);
}
