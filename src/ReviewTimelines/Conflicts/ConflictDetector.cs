using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using ReviewTimelines.Conflicts.Rules;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts;

/// <summary>Finds every conflict of a timetable (design §5): one rule per <see cref="ConflictKind"/>, each run through the <see cref="OverlapSweep"/>.</summary>
/// <remarks>
/// <para>
/// Built from <see cref="ConflictDetectorOptions"/>, validated and copied once. <see cref="Detect(Timetable, IEnumerable{ExternalBusy})"/>
/// never changes its inputs and returns a new list. No rule compares all pairs of items: overlap and separation
/// questions go through the sweep (O(n log n + k)), calendar questions look at each item's own dates, and sequence
/// questions follow each stage's predecessor links.
/// </para>
/// <para>
/// <b>Result order</b> (deterministic, independent of machine, zone, culture and input order): by
/// <see cref="Conflict.Interval"/> start, then end, then <see cref="Conflict.Kind"/> (enum order), then
/// <see cref="Conflict.Resource"/> (country, person, seat, then ordinal value), then the items (element by element,
/// kind then ordinal id), then <see cref="Conflict.Id"/>.
/// </para>
/// <para>
/// <b>Cost.</b> One preparation pass over the items (instants, resource keys, visit dates), then one pass or one sweep
/// per rule. The rules are independent; with <see cref="ConflictDetectorOptions.MaxDegreeOfParallelism"/> other than 1
/// they run in parallel on a multi-core machine, each collecting its own conflicts. Either way the result is sorted in
/// the order above, so it is identical whatever the number of processors or the scheduling.
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; <see cref="Detect(Timetable)"/> may be called concurrently.</threadsafety>
public sealed class ConflictDetector
{
    private readonly ConflictDetectorSettings settings;
    private readonly IConflictRule[] rules;

    /// <summary>Initializes a new instance of the <see cref="ConflictDetector"/> class with the default options (every rule).</summary>
    public ConflictDetector()
        : this(new ConflictDetectorOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConflictDetector"/> class, validating and copying <paramref name="options"/>.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind or severity is not a defined value, the separation is negative or above 260 working days, the joint-visit window is negative or above 104 weeks, a workload limit is outside its documented range, the crowd threshold is below 2, or the degree of parallelism is 0 or below -1.</exception>
    public ConflictDetector(ConflictDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        settings = ConflictDetectorSettings.From(options);
        rules =
        [
            .. new IConflictRule[]
            {
                new CountryVisitOverlapRule(),
                new PersonDoubleBookedRule(),
                new VisitDuringPlenaryRule(),
                new PlenaryClashRule(),
                new BlackoutRule(),
                new DeadlineOnNonWorkingDayRule(),
                new SequenceViolationRule(),
                new JointVisitOpportunityRule(),
                new WorkloadRule(),
            }.Where(r => settings.Kinds.Contains(r.Kind)),
        ];
    }

    /// <summary>Gets the kinds this detector looks for.</summary>
    public IReadOnlySet<ConflictKind> Kinds => settings.Kinds;

    /// <summary>Finds every conflict of <paramref name="timetable"/>.</summary>
    /// <param name="timetable">The validated timetable.</param>
    /// <returns>The conflicts, in the documented order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null.</exception>
    public ImmutableArray<Conflict> Detect(Timetable timetable) => Detect(timetable, []);

    /// <summary>Finds every conflict of <paramref name="timetable"/>, checking <paramref name="outside"/> busy intervals (other secretariats' feeds) like timetable items.</summary>
    /// <param name="timetable">The validated timetable.</param>
    /// <param name="outside">Busy intervals from outside calendars; conflicts between two outside intervals are not reported.</param>
    /// <returns>The conflicts, in the documented order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> or <paramref name="outside"/> is null.</exception>
    /// <exception cref="ArgumentException">An outside interval is null (the message names its position) or names a resource the timetable does not hold (the message names its id).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item lies outside 1677-09-21..2262-04-11 UTC, which the sweep cannot represent.</exception>
    public ImmutableArray<Conflict> Detect(Timetable timetable, IEnumerable<ExternalBusy> outside)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(outside);
        var context = new ConflictContext(timetable, [.. outside], settings);
        var views = new ConflictContext[rules.Length];
        if (settings.MaxDegreeOfParallelism != 1 && rules.Length > 1 && Environment.ProcessorCount > 1)
        {
            // The shared context is only read from here on; each rule reports into its own view. A failure is rethrown
            // as itself (not an AggregateException), and when several rules fail, the first rule's, as a serial run would.
            var failures = new ExceptionDispatchInfo?[rules.Length];
            Parallel.For(0, rules.Length, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism }, r =>
            {
                try
                {
                    views[r] = context.ForRule();
                    rules[r].Evaluate(views[r]);
                }
                catch (Exception e)
                {
                    failures[r] = ExceptionDispatchInfo.Capture(e);
                }
            });
            Array.Find(failures, f => f is not null)?.Throw();
        }
        else
        {
            for (var r = 0; r < rules.Length; r++)
            {
                views[r] = context.ForRule();
                rules[r].Evaluate(views[r]);
            }
        }

        var result = new Conflict[views.Sum(v => v.Conflicts.Count)];
        var n = 0;
        foreach (var view in views)
        {
            foreach (var conflict in view.Conflicts)
            {
                result[n++] = conflict;
            }
        }

        Sort(result);
        return ImmutableArray.Create(result);
    }

    /// <summary>Sorts in the documented order: a cheap pass on precomputed start, end and kind, the full comparison only for ties.</summary>
    private static void Sort(Conflict[] conflicts)
    {
        // Primitive sort on the start tick (ticks cover NodaTime's whole range), then each run of equal ticks in the full order.
        // Many conflicts share a start (visits begin at local midnight), so ties first compare copies of start, end and
        // kind kept in arrays before the full comparison.
        var n = conflicts.Length;
        var ticks = new long[n];
        var order = new int[n];
        var starts = new NodaTime.Instant[n];
        var ends = new NodaTime.Instant[n];
        var kinds = new int[n];
        for (var i = 0; i < n; i++)
        {
            var interval = conflicts[i].Interval;
            ticks[i] = interval.Start.ToUnixTimeTicks();
            order[i] = i;
            starts[i] = interval.Start;
            ends[i] = interval.End;
            kinds[i] = (int)conflicts[i].Kind;
        }

        Array.Sort(ticks, order);
        var byConflict = Comparer<int>.Create((a, b) =>
        {
            var c = starts[a].CompareTo(starts[b]);
            if (c == 0)
            {
                c = ends[a].CompareTo(ends[b]);
            }

            if (c == 0)
            {
                c = kinds[a].CompareTo(kinds[b]);
            }

            return c != 0 ? c : Compare(conflicts[a], conflicts[b]);
        });
        for (var i = 0; i < n;)
        {
            var j = i + 1;
            while (j < n && ticks[j] == ticks[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                Array.Sort(order, i, j - i, byConflict);
            }

            i = j;
        }

        var sorted = new Conflict[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = conflicts[order[i]];
        }

        Array.Copy(sorted, conflicts, n);
    }

    private static int Compare(Conflict? x, Conflict? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.Interval.Start.CompareTo(y.Interval.Start);
        if (c == 0)
        {
            c = x.Interval.End.CompareTo(y.Interval.End);
        }

        if (c == 0)
        {
            c = x.Kind.CompareTo(y.Kind);
        }

        if (c == 0)
        {
            c = x.Resource.CompareTo(y.Resource);
        }

        for (var i = 0; c == 0 && i < Math.Min(x.Items.Length, y.Items.Length); i++)
        {
            c = x.Items[i].CompareTo(y.Items[i]);
        }

        if (c == 0)
        {
            c = x.Items.Length.CompareTo(y.Items.Length);
        }

        return c != 0 ? c : x.Id.CompareTo(y.Id);
    }
}

/// <summary>The validated, frozen copy of <see cref="ConflictDetectorOptions"/>.</summary>
internal sealed record ConflictDetectorSettings(
    FrozenSet<ConflictKind> Kinds,
    FrozenDictionary<ConflictKind, ConflictSeverity> Severities,
    int VisitSeparationWorkingDays,
    int JointVisitWindowWeeks,
    int WorkloadMaxConcurrentReviews,
    int WorkloadMaxAttendedDays,
    int WorkloadWindowDays,
    InstantRange? EvaluationWindow,
    int MaxDegreeOfParallelism,
    int CrowdThreshold = ConflictDetectorOptions.DefaultCrowdThreshold)
{
    internal static ConflictDetectorSettings From(ConflictDetectorOptions options)
    {
        foreach (var kind in options.Kinds.Concat(options.Severities.Keys))
        {
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentOutOfRangeException(nameof(options), kind, "ConflictDetectorOptions names an unknown conflict kind.");
            }
        }

        foreach (var severity in options.Severities.Values)
        {
            if (!Enum.IsDefined(severity))
            {
                throw new ArgumentOutOfRangeException(nameof(options), severity, "ConflictDetectorOptions.Severities holds an unknown severity.");
            }
        }

        if (options.VisitSeparationWorkingDays is < 0 or > 260)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.VisitSeparationWorkingDays, "ConflictDetectorOptions.VisitSeparationWorkingDays must be between 0 and 260.");
        }

        if (options.JointVisitWindowWeeks is < 0 or > 104)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.JointVisitWindowWeeks, "ConflictDetectorOptions.JointVisitWindowWeeks must be between 0 and 104.");
        }

        if (options.WorkloadMaxConcurrentReviews is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WorkloadMaxConcurrentReviews, "ConflictDetectorOptions.WorkloadMaxConcurrentReviews must be between 1 and 100.");
        }

        if (options.WorkloadMaxAttendedDays is < 1 or > 366)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WorkloadMaxAttendedDays, "ConflictDetectorOptions.WorkloadMaxAttendedDays must be between 1 and 366.");
        }

        if (options.WorkloadWindowDays is < 1 or > 366)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WorkloadWindowDays, "ConflictDetectorOptions.WorkloadWindowDays must be between 1 and 366.");
        }

        if (options.MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "ConflictDetectorOptions.MaxDegreeOfParallelism must be -1 (every processor) or at least 1.");
        }

        if (options.CrowdThreshold < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CrowdThreshold, "ConflictDetectorOptions.CrowdThreshold must be at least 2.");
        }

        return new ConflictDetectorSettings(
            options.Kinds.ToFrozenSet(),
            options.Severities.ToFrozenDictionary(),
            options.VisitSeparationWorkingDays,
            options.JointVisitWindowWeeks,
            options.WorkloadMaxConcurrentReviews,
            options.WorkloadMaxAttendedDays,
            options.WorkloadWindowDays,
            options.EvaluationWindow,
            options.MaxDegreeOfParallelism,
            options.CrowdThreshold);
    }
}
