using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Model;

namespace ReviewTimelines.ReferenceData;

/// <summary>Whether a State takes part in a mechanism on a date, as far as the sourced data tells.</summary>
public enum MembershipStatus
{
    /// <summary>The data cannot tell: no record for the State, or the date falls before the first date a source confirms membership (join date unknown) or between the last confirmation and an exit dated only by a later source.</summary>
    Unknown = 0,

    /// <summary>A member (State party, member State or Party) on that date.</summary>
    Member = 1,

    /// <summary>Not a member on that date: before its join date, or on or after its exit (withdrawal, suspension, or a source showing it gone).</summary>
    NotMember = 2,
}

/// <summary>
/// One State's membership of one mechanism, with the dates the sources give and nothing more: the join date when a
/// source gives it, otherwise the first date a source shows the State a member; the exit when there is one.
/// </summary>
/// <remarks>
/// <para>Dates are calendar dates (no zone): a membership starts on <see cref="Joined"/> (inclusive) and ends at the
/// start of <see cref="Left"/> (exclusive), a half-open interval of days.</para>
/// <para>A membership confirmed on a date is taken to continue until a recorded exit: treaty-based membership ends
/// only by withdrawal, suspension or exclusion, which the data records (<see cref="Left"/>, <see cref="GoneBy"/>).</para>
/// </remarks>
/// <param name="Mechanism">The mechanism.</param>
/// <param name="State">The State (ISO 3166-1 alpha-3).</param>
/// <param name="Joined">The date it became a member, when a source gives it; otherwise <see langword="null"/>.</param>
/// <param name="ConfirmedOn">A date on which a source shows it a member (the latest such date when <see cref="GoneBy"/> is set); <see langword="null"/> when the only source is undated.</param>
/// <param name="Left">The date its membership ended or was suspended (exclusive end), when a source gives it.</param>
/// <param name="GoneBy">A date by which a source shows it no longer a member, when the exit date itself is not known.</param>
/// <param name="Source">The source and confidence tag.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record StateMembership(
    MechanismId Mechanism,
    CountryCode State,
    LocalDate? Joined,
    LocalDate? ConfirmedOn,
    LocalDate? Left,
    LocalDate? GoneBy,
    SourceReference Source)
{
    /// <summary>Gets the status on <paramref name="date"/>: <see cref="MembershipStatus.NotMember"/> before <see cref="Joined"/> or from <see cref="Left"/>/<see cref="GoneBy"/>; <see cref="MembershipStatus.Unknown"/> where the sources leave it open; otherwise <see cref="MembershipStatus.Member"/>.</summary>
    /// <param name="date">The calendar date.</param>
    /// <returns>The status.</returns>
    public MembershipStatus StatusOn(LocalDate date)
    {
        if ((Left is { } left && date >= left) || (GoneBy is { } gone && date >= gone))
        {
            return MembershipStatus.NotMember;
        }

        if (Joined is { } joined && date < joined)
        {
            return MembershipStatus.NotMember;
        }

        if (Joined is null && (ConfirmedOn is not { } first || date < first))
        {
            return MembershipStatus.Unknown;
        }

        return GoneBy is not null && (ConfirmedOn is not { } last || date > last) ? MembershipStatus.Unknown : MembershipStatus.Member;
    }

    /// <summary>Formats as <c>GRECO AUT joined 2006-12-01 [S-ex]</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString()
    {
        static string D(LocalDate? d) => d is { } x ? LocalDatePattern.Iso.Format(x) : "?";
        var text = string.Format(CultureInfo.InvariantCulture, "{0} {1} joined {2}", Mechanism, State, D(Joined));
        if (Joined is null)
        {
            text += string.Format(CultureInfo.InvariantCulture, " (member on {0})", D(ConfirmedOn));
        }

        if (Left is not null)
        {
            text += " left " + D(Left);
        }
        else if (GoneBy is not null)
        {
            text += " gone by " + D(GoneBy);
        }

        return text + " [" + ConfidenceTags.Tag(Source.Confidence) + "]";
    }
}

/// <summary>A sourced count of a mechanism's members on a date (e.g. UNCAC States parties), where the list itself is not in the data.</summary>
/// <param name="Mechanism">The mechanism.</param>
/// <param name="On">The date the source gives the count for.</param>
/// <param name="Count">The number of members (States parties) on that date.</param>
/// <param name="Source">The source and confidence tag.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MemberCount(MechanismId Mechanism, LocalDate On, int Count, SourceReference Source);

/// <summary>The answer for one mechanism to "does it review State X on date D".</summary>
/// <param name="Mechanism">The mechanism.</param>
/// <param name="Status">Member, not a member, or unknown.</param>
/// <param name="Record">The membership record the status comes from, or <see langword="null"/> when the data holds none for the State (then <see cref="Status"/> is <see cref="MembershipStatus.NotMember"/> for a mechanism whose list is complete, otherwise <see cref="MembershipStatus.Unknown"/>).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MechanismMembership(MechanismId Mechanism, MembershipStatus Status, StateMembership? Record);
