using System.Globalization;

namespace ReviewTimelines.Json;

/// <summary>Bounds that keep a hostile or broken timetable file from exhausting time or memory while it is read.</summary>
/// <remarks>
/// <para>The input size is checked before anything is parsed; nesting depth, string length, array length, properties per
/// object and the number of values are checked in one linear pass over the text before any value is read. Crossing any
/// of them refuses the file with a <see cref="TimetableFormatException"/> holding one problem that names the limit, the
/// JSON path, line and column of the value that crossed it. <see cref="MaxProblems"/> only shortens the problem list.</para>
/// <para>The defaults accept a timetable of tens of thousands of reviews; the format itself needs a depth of 8 and at
/// most 17 properties per object. docs/timetable-format.md lists every limit.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TimetableReadLimits
{
    /// <summary>Gets the default limits.</summary>
    public static TimetableReadLimits Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes of UTF-8 (a byte order mark included); default 16 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MaxInputBytes { get; init => field = Positive(value, nameof(MaxInputBytes)); } = 16 * 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays accepted (the root object is depth 1); default 32.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MaxDepth { get; init => field = Positive(value, nameof(MaxDepth)); } = 32;

    /// <summary>Gets the longest string or property name accepted, in bytes of UTF-8 as written in the file (an escape such as <c>\u00e9</c> counts as written); default 65 536.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MaxStringBytes { get; init => field = Positive(value, nameof(MaxStringBytes)); } = 64 * 1024;

    /// <summary>Gets the most elements one array may hold (reviews, stages, participants, predecessors...); default 100 000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MaxArrayLength { get; init => field = Positive(value, nameof(MaxArrayLength)); } = 100_000;

    /// <summary>Gets the most properties one object may hold, known or not; default 64 (the format's objects have at most 17).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MaxPropertiesPerObject { get; init => field = Positive(value, nameof(MaxPropertiesPerObject)); } = 64;

    /// <summary>Gets the most JSON values (objects, arrays, strings, numbers, literals) the whole file may hold; default 2 000 000.</summary>
    /// <remarks>Bounds the work after parsing: every check of the reader and of the model's validation is linear (or n log n) in the values read.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MaxValues { get; init => field = Positive(value, nameof(MaxValues)); } = 2_000_000;

    /// <summary>Gets the most problems listed in a <see cref="TimetableFormatException"/>; further problems are counted in one last problem; default 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MaxProblems { get; init => field = Positive(value, nameof(MaxProblems)); } = 100;

    private static int Positive(int value, string name) =>
        value > 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, string.Format(CultureInfo.InvariantCulture, "TimetableReadLimits.{0} must be positive.", name));
}
