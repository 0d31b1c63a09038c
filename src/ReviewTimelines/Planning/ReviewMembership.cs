using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>Checks that the State under review belongs to the reviewing mechanism before a review is planned.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ReviewMembership
{
    /// <summary>Checks that <paramref name="state"/> is one of <paramref name="mechanism"/>'s <see cref="Mechanism.MemberStates"/>.</summary>
    /// <remarks>
    /// When the mechanism's membership is not modelled (no member States), nothing can be checked and the result is a warning
    /// saying so. A State that is not a member is a <see cref="NotAMemberException"/> unless <paramref name="force"/> is set, in
    /// which case the result is a warning naming the State and the mechanism.
    /// </remarks>
    /// <param name="mechanism">The reviewing mechanism, with its member States.</param>
    /// <param name="state">The State under review.</param>
    /// <param name="force">Plan even when the State is not a member (the warning says so).</param>
    /// <returns><see langword="null"/> when the State is a member, otherwise the warning to show.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is null.</exception>
    /// <exception cref="NotAMemberException">The membership is modelled, <paramref name="state"/> is not in it, and <paramref name="force"/> is false.</exception>
    public static string? Check(Mechanism mechanism, CountryCode state, bool force)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        if (mechanism.MemberStates.IsEmpty)
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "The member States of {0} are not given, so the membership of {1} was not checked.",
                mechanism.ShortName,
                state);
        }

        if (mechanism.MemberStates.Contains(state))
        {
            return null;
        }

        var error = new NotAMemberException(mechanism.Id, state, mechanism.ShortName);
        return force ? "Forced: " + error.Message.Replace(" (force it to plan anyway)", string.Empty, StringComparison.Ordinal) : throw error;
    }
}
