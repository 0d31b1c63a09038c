using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.ReferenceData;

/// <summary>The embedded reference data: every mechanism's profile, rule set, meeting patterns and published meetings, with sources.</summary>
/// <remarks>
/// <para>
/// All figures come from REVIEW-MECHANISMS.md with its confidence tags (S sourced, S-ex sourced example, R unconfirmed,
/// E estimate); docs/reference-data.md lists them. The data is C# code: no file, network or clock access. Zones are
/// resolved through the provider given to <see cref="Create"/>, never a built-in default.
/// </para>
/// <para>Mechanisms are listed in a fixed order (UNCAC IRM, GRECO, OECD WGB, OAS MESICIC, FATF, AU ABC, OECD ACN IAP, Arab ACAC);
/// <see cref="Meetings"/> are ordered by month, first day, then id.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReferenceCatalog
{
    private readonly FrozenDictionary<MechanismId, MechanismProfile> byId;

    private ReferenceCatalog(IReadOnlyList<MechanismProfile> mechanisms)
    {
        Mechanisms = mechanisms;
        byId = mechanisms.ToFrozenDictionary(m => m.Id);
        Meetings = mechanisms.SelectMany(m => m.Meetings)
            .OrderBy(m => m.Month)
            .ThenBy(m => m.Dates?.Start)
            .ThenBy(m => m.Id)
            .ToArray();
    }

    /// <summary>Gets the mechanisms in catalog order.</summary>
    public IReadOnlyList<MechanismProfile> Mechanisms { get; }

    /// <summary>Gets every published meeting of every mechanism, ordered by month, first day, then id.</summary>
    public IReadOnlyList<PublishedMeeting> Meetings { get; }

    /// <summary>Gets the profile of <paramref name="id"/>.</summary>
    /// <param name="id">The mechanism id (see <see cref="ReferenceMechanisms"/>).</param>
    /// <returns>The profile.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such mechanism.</exception>
    public MechanismProfile this[MechanismId id] => byId.TryGetValue(id, out var m)
        ? m
        : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "The reference catalog has no mechanism '{0}'.", id));

    /// <summary>Builds the catalog, resolving every IANA zone id through <paramref name="zones"/>.</summary>
    /// <param name="zones">The zone provider (e.g. <c>DateTimeZoneProviders.Tzdb</c> at the application's edge).</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="zones"/> does not know a zone the data uses; the message names the zone.</exception>
    public static ReferenceCatalog Create(IDateTimeZoneProvider zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var data = new ReferenceZones(zones);
        return new ReferenceCatalog(
        [
            UncacData.Create(data),
            GrecoData.Create(data),
            WgbData.Create(data),
            MesicicData.Create(data),
            ComparablesData.Fatf(data),
            ComparablesData.AuAbc(data),
            ComparablesData.OecdAcnIap(data),
            ComparablesData.ArabAcac(data),
        ]);
    }
}

/// <summary>Resolves zone ids for the data and builds meetings tersely.</summary>
internal sealed class ReferenceZones(IDateTimeZoneProvider provider)
{
    internal DateTimeZone this[string id] => provider.GetZoneOrNull(id)
        ?? throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "The zone provider does not know the zone '{0}' used by the reference data.", id));

    internal static SourceReference S(string citation, string? note = null) => new(citation, Confidence.Sourced, note);

    internal static SourceReference SEx(string citation, string? note = null) => new(citation, Confidence.SourcedExample, note);

    internal static SourceReference R(string citation, string? note = null) => new(citation, Confidence.Unconfirmed, note);

    internal static SourceReference E(string note) => SourceReference.Estimate(note);

    /// <summary>A meeting with exact first and last days.</summary>
    internal PublishedMeeting Meeting(
        string id,
        MechanismId mechanism,
        string name,
        MeetingKind kind,
        LocalDate first,
        LocalDate last,
        string venue,
        string zoneId,
        PublishedMeetingFormat format,
        SourceReference source,
        MeetingDatePrecision precision = MeetingDatePrecision.ExactDays,
        MeetingStatus status = MeetingStatus.Held)
    {
        var zone = this[zoneId];
        return new PublishedMeeting(
            new MeetingId(id),
            mechanism,
            name,
            kind,
            new YearMonth(first.Year, first.Month),
            Calendars.ZonedDateRange.FromDates(first, last, zone),
            precision,
            venue,
            zone,
            format,
            status,
            source);
    }

    /// <summary>A meeting the source dates by month only: no day is made up.</summary>
    internal PublishedMeeting MonthOnly(
        string id,
        MechanismId mechanism,
        string name,
        MeetingKind kind,
        YearMonth month,
        string venue,
        string zoneId,
        PublishedMeetingFormat format,
        SourceReference source) =>
        new(new MeetingId(id), mechanism, name, kind, month, null, MeetingDatePrecision.MonthOnly, venue, this[zoneId], format, MeetingStatus.Held, source);

    internal static SourcedValue<T> Sourced<T>(T value, SourceReference source) => new(value, source);

    internal static SourcedValue<IReadOnlyList<int>> Months(SourceReference source, params int[] months) => new(months, source);
}
