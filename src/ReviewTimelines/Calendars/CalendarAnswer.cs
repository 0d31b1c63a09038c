namespace ReviewTimelines.Calendars;

/// <summary>An answer of a working calendar given even outside its holiday coverage, with a warning for each uncovered question.</summary>
/// <typeparam name="T">The answer's type.</typeparam>
/// <param name="Value">The answer, computed as if the uncovered dates had no holidays or closures.</param>
/// <param name="Warnings">One gap per distinct uncovered question, in the order they were asked; empty when everything asked was covered.</param>
/// <threadsafety>Immutable when <typeparamref name="T"/> is; safe to share between threads.</threadsafety>
public sealed record CalendarAnswer<T>(T Value, IReadOnlyList<CoverageGap> Warnings);
