namespace ReviewTimelines.Planning;

/// <summary>Thrown when a stage rule set is invalid: the message names the rule and the field at fault.</summary>
/// <remarks>Raised for duplicate keys, unknown predecessors, cycles, negative offsets or durations, an empty date
/// range and undefined enum values. <see cref="ArgumentException.ParamName"/> is the faulty field, e.g. <c>Duration</c>.</remarks>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class InvalidStageRuleException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidStageRuleException"/> class.</summary>
    public InvalidStageRuleException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidStageRuleException"/> class.</summary>
    /// <param name="message">The message.</param>
    public InvalidStageRuleException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidStageRuleException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidStageRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidStageRuleException"/> class for a rule and field.</summary>
    /// <param name="ruleKey">The key of the rule at fault.</param>
    /// <param name="field">The field at fault, e.g. <c>Predecessor</c>.</param>
    /// <param name="message">The message, which should name both.</param>
    public InvalidStageRuleException(StageKey? ruleKey, string field, string message)
        : base(message, field)
    {
        RuleKey = ruleKey;
        Field = field;
    }

    /// <summary>Gets the key of the rule at fault, if known.</summary>
    public StageKey? RuleKey { get; }

    /// <summary>Gets the field at fault, if known.</summary>
    public string? Field { get; }
}
