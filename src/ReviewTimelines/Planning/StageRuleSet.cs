using System.Collections.Frozen;
using System.Globalization;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>A mechanism's validated set of stage rules, in a deterministic planning order.</summary>
/// <remarks>
/// <para>
/// Built once and checked once: every rule needs a unique key, a name, a source, a known predecessor, defined enum
/// values, a non-negative offset and duration, a positive duration for a date range, and a non-negative alignment gap;
/// predecessors must not form a cycle. Each problem throws <see cref="InvalidStageRuleException"/> naming the rule
/// and the field.
/// </para>
/// <para>
/// <see cref="PlanningOrder"/> is a topological order of the predecessor graph; among rules that are ready at the same
/// time, the one declared first comes first. It does not depend on hashing, the machine or the culture.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class StageRuleSet
{
    private readonly FrozenDictionary<StageKey, StageRule> byKey;

    /// <summary>Initializes a new instance of the <see cref="StageRuleSet"/> class.</summary>
    /// <param name="mechanism">The mechanism the rules belong to.</param>
    /// <param name="name">A display name, e.g. "UNCAC IRM country review (second cycle)".</param>
    /// <param name="startDescription">What T0 means for this rule set, e.g. "the secretariat notifies the State under review".</param>
    /// <param name="rules">The rules, in declaration order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="startDescription"/> is empty, or <paramref name="rules"/> is empty or holds null.</exception>
    /// <exception cref="InvalidStageRuleException">A rule is invalid or the predecessors form a cycle; the message names the rule and the field.</exception>
    public StageRuleSet(MechanismId mechanism, string name, string startDescription, IEnumerable<StageRule> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(startDescription);
        ArgumentNullException.ThrowIfNull(rules);
        Mechanism = mechanism;
        Name = name;
        StartDescription = startDescription;
        var list = rules.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A stage rule set needs at least one rule.", nameof(rules));
        }

        var keys = new Dictionary<StageKey, StageRule>();
        for (var i = 0; i < list.Length; i++)
        {
            var rule = list[i] ?? throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Stage rule at index {0} is null.", i), nameof(rules));
            CheckRule(rule);
            if (!keys.TryAdd(rule.Key, rule))
            {
                throw Invalid(rule.Key, nameof(StageRule.Key), "Stage rule '{0}': the key is used by another rule of the set.");
            }
        }

        foreach (var rule in list)
        {
            if (rule.Predecessor is { } p && !keys.ContainsKey(p))
            {
                throw new InvalidStageRuleException(
                    rule.Key,
                    nameof(StageRule.Predecessor),
                    string.Format(CultureInfo.InvariantCulture, "Stage rule '{0}': Predecessor '{1}' is not a rule of the set.", rule.Key, p));
            }

            foreach (var after in rule.AlsoAfter)
            {
                if (after == rule.Key || !keys.ContainsKey(after))
                {
                    throw new InvalidStageRuleException(
                        rule.Key,
                        nameof(StageRule.AlsoAfter),
                        string.Format(CultureInfo.InvariantCulture, "Stage rule '{0}': AlsoAfter '{1}' is {2}.", rule.Key, after, after == rule.Key ? "the rule itself (a cycle)" : "not a rule of the set"));
                }
            }
        }

        Rules = list;
        byKey = keys.ToFrozenDictionary();
        PlanningOrder = TopologicalOrder(list);
        StageOrderInvariants.Check(PlanningOrder);
    }

    /// <summary>Gets the mechanism the rules belong to.</summary>
    public MechanismId Mechanism { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets what T0 means for this rule set.</summary>
    public string StartDescription { get; }

    /// <summary>Gets the rules in declaration order.</summary>
    public IReadOnlyList<StageRule> Rules { get; }

    /// <summary>Gets the rules in planning order: every rule after its predecessor, ties in declaration order.</summary>
    public IReadOnlyList<StageRule> PlanningOrder { get; }

    /// <summary>Gets the rule with key <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that key.</exception>
    public StageRule this[StageKey key] => byKey.TryGetValue(key, out var rule)
        ? rule
        : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "Rule set '{0}' has no stage rule '{1}'.", Name, key));

    /// <summary>Tells whether the set has a rule with key <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when the rule exists.</returns>
    public bool Contains(StageKey key) => byKey.ContainsKey(key);

    /// <summary>Formats as <c>UNCAC-IRM: name (11 rules)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: {1} ({2} rules)", Mechanism, Name, Rules.Count);

    private static void CheckRule(StageRule rule)
    {
        if (rule.Key.Value is null)
        {
            throw new InvalidStageRuleException(null, nameof(StageRule.Key), "A stage rule has the default (empty) key.");
        }

        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            throw Invalid(rule.Key, nameof(StageRule.Name), "Stage rule '{0}': Name must not be empty.");
        }

        if (rule.Source is null)
        {
            throw Invalid(rule.Key, nameof(StageRule.Source), "Stage rule '{0}': Source must be given (use SourceReference.Estimate for an estimate).");
        }

        CheckDefined(rule, rule.Kind, nameof(StageRule.Kind));
        CheckDefined(rule, rule.Shape, nameof(StageRule.Shape));
        CheckDefined(rule, rule.Party, nameof(StageRule.Party));
        CheckDefined(rule, rule.Roll, nameof(StageRule.Roll));
        CheckDefined(rule, rule.Anchor, nameof(StageRule.Anchor));
        CheckSpan(rule, rule.Offset, nameof(StageRule.Offset));
        CheckSpan(rule, rule.Duration, nameof(StageRule.Duration));
        if (rule.Shape == StageShape.DateRange && rule.Duration.Amount == 0)
        {
            throw Invalid(rule.Key, nameof(StageRule.Duration), "Stage rule '{0}': Duration of a date range must be positive (at least one day).");
        }

        if (rule.Predecessor == rule.Key)
        {
            throw Invalid(rule.Key, nameof(StageRule.Predecessor), "Stage rule '{0}': Predecessor is the rule itself (a cycle).");
        }

        if (rule.Alignment is { } a)
        {
            CheckSpan(rule, a.MinimumGap, "Alignment.MinimumGap");
            if (a.MaximumGap is { } max)
            {
                CheckSpan(rule, max, "Alignment.MaximumGap");
                if (max.Unit == a.MinimumGap.Unit && max.Amount < a.MinimumGap.Amount)
                {
                    throw Invalid(rule.Key, "Alignment.MaximumGap", "Stage rule '{0}': Alignment.MaximumGap is shorter than Alignment.MinimumGap.");
                }
            }

            if (a.LeadWorkingDays < 0)
            {
                throw Invalid(rule.Key, "Alignment.LeadWorkingDays", "Stage rule '{0}': Alignment.LeadWorkingDays must not be negative.");
            }

            if (rule.Shape != StageShape.DateRange)
            {
                throw Invalid(rule.Key, nameof(StageRule.Shape), "Stage rule '{0}': a stage aligned to a plenary must be a DateRange (its Duration is the fallback length).");
            }
        }
    }

    private static void CheckDefined<TEnum>(StageRule rule, TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new InvalidStageRuleException(
                rule.Key,
                field,
                string.Format(CultureInfo.InvariantCulture, "Stage rule '{0}': {1} has the undefined value {2}.", rule.Key, field, value));
        }
    }

    private static void CheckSpan(StageRule rule, StageSpan span, string field)
    {
        if (!Enum.IsDefined(span.Unit))
        {
            throw new InvalidStageRuleException(
                rule.Key,
                field,
                string.Format(CultureInfo.InvariantCulture, "Stage rule '{0}': {1} has the undefined unit {2}.", rule.Key, field, span.Unit));
        }

        if (span.Amount < 0)
        {
            throw new InvalidStageRuleException(
                rule.Key,
                field,
                string.Format(CultureInfo.InvariantCulture, "Stage rule '{0}': {1} must not be negative (was {2}).", rule.Key, field, span));
        }
    }

    private static InvalidStageRuleException Invalid(StageKey key, string field, string format) =>
        new(key, field, string.Format(CultureInfo.InvariantCulture, format, key));

    /// <summary>The keys a rule waits for: its predecessor, then its <see cref="StageRule.AlsoAfter"/> stages.</summary>
    private static IEnumerable<StageKey> Before(StageRule rule) =>
        rule.Predecessor is { } p ? rule.AlsoAfter.Prepend(p).Distinct() : rule.AlsoAfter.Distinct();

    private static StageRule[] TopologicalOrder(StageRule[] rules)
    {
        var index = new Dictionary<StageKey, int>();
        for (var i = 0; i < rules.Length; i++)
        {
            index[rules[i].Key] = i;
        }

        var children = new List<int>[rules.Length];
        var pending = new int[rules.Length];
        var ready = new SortedSet<int>();
        for (var i = 0; i < rules.Length; i++)
        {
            children[i] = [];
        }

        for (var i = 0; i < rules.Length; i++)
        {
            foreach (var p in Before(rules[i]))
            {
                children[index[p]].Add(i);
                pending[i]++;
            }

            if (pending[i] == 0)
            {
                ready.Add(i);
            }
        }

        var order = new List<StageRule>(rules.Length);
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(rules[next]);
            foreach (var child in children[next])
            {
                if (--pending[child] == 0)
                {
                    ready.Add(child);
                }
            }
        }

        if (order.Count < rules.Length)
        {
            var start = Enumerable.Range(0, rules.Length).First(i => pending[i] > 0);
            var path = new List<StageKey>();
            var seen = new HashSet<StageKey>();
            var current = rules[start];
            while (seen.Add(current.Key))
            {
                path.Add(current.Key);
                current = rules[index[Before(current).First(k => pending[index[k]] > 0)]];
            }

            var cycle = path.Skip(path.IndexOf(current.Key)).Append(current.Key).Select(k => k.ToString());
            throw new InvalidStageRuleException(
                current.Key,
                nameof(StageRule.Predecessor),
                string.Format(CultureInfo.InvariantCulture, "Stage rule '{0}': Predecessor and AlsoAfter form a cycle: {1}.", current.Key, string.Join(" -> ", cycle)));
        }

        return order.ToArray();
    }
}
