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

    private readonly FrozenSet<MechanismId> completeMemberLists;

    private ReferenceCatalog(IReadOnlyList<MechanismProfile> mechanisms, IReadOnlyList<StateMembership> memberships, IReadOnlyList<MemberCount> counts, IEnumerable<MechanismId> completeLists)
    {
        Mechanisms = mechanisms;
        var order = mechanisms.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Memberships = memberships.OrderBy(m => order[m.Mechanism]).ThenBy(m => m.State).ToArray();
        MemberCounts = counts.OrderBy(c => order[c.Mechanism]).ThenBy(c => c.On).ToArray();
        completeMemberLists = completeLists.ToFrozenSet();
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

    /// <summary>Gets every sourced membership record (docs/reference-data.md, "Membership"), ordered by mechanism (catalog order), then State.</summary>
    public IReadOnlyList<StateMembership> Memberships { get; }

    /// <summary>Gets sourced member counts of mechanisms whose list is not in the data (UNCAC States parties), ordered by mechanism, then date.</summary>
    public IReadOnlyList<MemberCount> MemberCounts { get; }

    /// <summary>Gets whether the data lists every member of <paramref name="id"/> (then a State without a record is not a member); false when the list is partial or absent.</summary>
    /// <param name="id">The mechanism id.</param>
    /// <returns><see langword="true"/> for a complete list (GRECO, OECD WGB in this release).</returns>
    public bool HasCompleteMemberList(MechanismId id) => completeMemberLists.Contains(id);

    /// <summary>Answers, for each mechanism in catalog order, whether it reviews <paramref name="state"/> on <paramref name="date"/>: member, not a member, or unknown (never a guess).</summary>
    /// <param name="state">The State.</param>
    /// <param name="date">The calendar date (no zone: membership dates are calendar dates).</param>
    /// <returns>One answer per mechanism, in catalog order.</returns>
    public IReadOnlyList<MechanismMembership> MembershipsOn(CountryCode state, LocalDate date) =>
        Mechanisms.Select(m =>
        {
            var record = Memberships.FirstOrDefault(x => x.Mechanism == m.Id && x.State == state);
            var status = record?.StatusOn(date) ?? (HasCompleteMemberList(m.Id) ? MembershipStatus.NotMember : MembershipStatus.Unknown);
            return new MechanismMembership(m.Id, status, record);
        }).ToArray();

    /// <summary>Gets the mechanisms the data shows reviewing <paramref name="state"/> on <paramref name="date"/> (status <see cref="MembershipStatus.Member"/>), in catalog order; see <see cref="MembershipsOn"/> for the unknowns.</summary>
    /// <param name="state">The State.</param>
    /// <param name="date">The calendar date.</param>
    /// <returns>The mechanism ids.</returns>
    public IReadOnlyList<MechanismId> ReviewingMechanisms(CountryCode state, LocalDate date) =>
        MembershipsOn(state, date).Where(m => m.Status == MembershipStatus.Member).Select(m => m.Mechanism).ToArray();

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
        ],
        MembershipData.Create(),
        MembershipData.Counts(),
        MembershipData.Complete);
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
