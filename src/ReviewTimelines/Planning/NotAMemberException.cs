using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>Thrown when a review of a State is planned by a mechanism the State does not belong to (issue 14: a MESICIC review of Austria).</summary>
/// <remarks>Raised by <see cref="ReviewMembership.Check"/> unless the caller forces the plan.</remarks>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class NotAMemberException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="NotAMemberException"/> class.</summary>
    public NotAMemberException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NotAMemberException"/> class.</summary>
    /// <param name="message">The message.</param>
    public NotAMemberException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NotAMemberException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NotAMemberException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NotAMemberException"/> class for a mechanism and State.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="state">The State that is not a member.</param>
    /// <param name="mechanismName">The mechanism's display name.</param>
    public NotAMemberException(MechanismId mechanism, CountryCode state, string mechanismName)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "{0} is not a member State of {1} ({2}): a review of {0} by {1} cannot be planned (force it to plan anyway).",
            state,
            mechanismName,
            mechanism))
    {
        Mechanism = mechanism;
        State = state;
    }

    /// <summary>Gets the mechanism, if known.</summary>
    public MechanismId? Mechanism { get; }

    /// <summary>Gets the State, if known.</summary>
    public CountryCode? State { get; }
}
