using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts;

/// <summary>The kind of item a <see cref="ConflictItemRef"/> names.</summary>
/// <remarks>The numeric order is the order of <see cref="ConflictItemRef.CompareTo"/>.</remarks>
public enum ConflictItemKind
{
    /// <summary>A stage of a country review (<see cref="StageId"/>).</summary>
    Stage = 0,

    /// <summary>A meeting (<see cref="MeetingId"/>).</summary>
    Meeting = 1,

    /// <summary>A blackout of the timetable (<see cref="BlackoutId"/>).</summary>
    Blackout = 2,

    /// <summary>A busy interval from an outside calendar (<see cref="ExternalBusy"/>), named by its id.</summary>
    ExternalBusy = 3,

    /// <summary>A non-working day (weekend day, public holiday, closure) of a working calendar, named <c>resource@yyyy-MM-dd</c> after its first date.</summary>
    CalendarDay = 4,

    /// <summary>A soft period (Ramadan, an election) of a working calendar, named <c>resource@name</c>.</summary>
    SoftPeriod = 5,

    /// <summary>A person's unavailability entry, named <c>personId#index</c> (zero-based position in <see cref="Person.Unavailability"/>).</summary>
    Unavailability = 6,
}

/// <summary>A reference to one item involved in a <see cref="Conflict"/>: a timetable stage, meeting or blackout, an outside busy interval, or a calendar entry.</summary>
/// <remarks>
/// Ordering is by <see cref="Kind"/> then ordinal <see cref="Id"/>. <see cref="ToString"/> gives <c>stage:AUT-visit</c>,
/// using the same text as <see cref="TimetableItemRef"/> for timetable items. <c>default</c> is invalid (its
/// <see cref="Id"/> is null); use the factories.
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct ConflictItemRef : IComparable<ConflictItemRef>
{
    private ConflictItemRef(ConflictItemKind kind, string id)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>Gets the kind of item.</summary>
    public ConflictItemKind Kind { get; }

    /// <summary>Gets the item's id text.</summary>
    public string Id { get; }

    /// <summary>Refers to a stage.</summary>
    /// <param name="id">The stage id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public static ConflictItemRef For(StageId id) => Create(ConflictItemKind.Stage, id.Value, nameof(id));

    /// <summary>Refers to a meeting.</summary>
    /// <param name="id">The meeting id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public static ConflictItemRef For(MeetingId id) => Create(ConflictItemKind.Meeting, id.Value, nameof(id));

    /// <summary>Refers to a blackout.</summary>
    /// <param name="id">The blackout id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public static ConflictItemRef For(BlackoutId id) => Create(ConflictItemKind.Blackout, id.Value, nameof(id));

    /// <summary>Refers to an outside busy interval.</summary>
    /// <param name="busy">The busy interval.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="busy"/> is null.</exception>
    public static ConflictItemRef For(ExternalBusy busy)
    {
        ArgumentNullException.ThrowIfNull(busy);
        return new(ConflictItemKind.ExternalBusy, busy.Id);
    }

    /// <summary>Refers to a stage or meeting of the timetable.</summary>
    /// <param name="item">A stage or meeting reference.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is <c>default</c>, or names neither a stage, a meeting nor a blackout.</exception>
    public static ConflictItemRef For(TimetableItemRef item) => item.Id is null
        ? throw new ArgumentException("The timetable item reference is default.", nameof(item))
        : item.Kind switch
        {
            TimetableItemKind.Stage => new(ConflictItemKind.Stage, item.Id),
            TimetableItemKind.Meeting => new(ConflictItemKind.Meeting, item.Id),
            TimetableItemKind.Blackout => new(ConflictItemKind.Blackout, item.Id),
            _ => throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "A conflict names stages, meetings and blackouts, not {0}.", item),
                nameof(item)),
        };

    /// <summary>Gets the timetable item this names, when it is a stage, meeting or blackout.</summary>
    /// <param name="item">The timetable reference, when there is one.</param>
    /// <returns>True for stages, meetings and blackouts.</returns>
    public bool TryGetTimetableItem(out TimetableItemRef item)
    {
        switch (Kind)
        {
            case ConflictItemKind.Stage when Id is not null:
                item = new TimetableItemRef(TimetableItemKind.Stage, Id);
                return true;
            case ConflictItemKind.Meeting when Id is not null:
                item = new TimetableItemRef(TimetableItemKind.Meeting, Id);
                return true;
            case ConflictItemKind.Blackout when Id is not null:
                item = new TimetableItemRef(TimetableItemKind.Blackout, Id);
                return true;
            default:
                item = default;
                return false;
        }
    }

    /// <inheritdoc />
    public int CompareTo(ConflictItemRef other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Order operator (kind, then ordinal id).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when left sorts first.</returns>
    public static bool operator <(ConflictItemRef left, ConflictItemRef right) => left.CompareTo(right) < 0;

    /// <summary>Order operator (kind, then ordinal id).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when left does not sort last.</returns>
    public static bool operator <=(ConflictItemRef left, ConflictItemRef right) => left.CompareTo(right) <= 0;

    /// <summary>Order operator (kind, then ordinal id).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when left sorts last.</returns>
    public static bool operator >(ConflictItemRef left, ConflictItemRef right) => left.CompareTo(right) > 0;

    /// <summary>Order operator (kind, then ordinal id).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when left does not sort first.</returns>
    public static bool operator >=(ConflictItemRef left, ConflictItemRef right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>kind:id</c>: <c>stage:</c>, <c>meeting:</c>, <c>blackout:</c>, <c>busy:</c>, <c>calendar-day:</c>, <c>soft-period:</c>, <c>unavailable:</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => KindText(Kind) + ":" + Id;

    internal static ConflictItemRef CalendarDay(string id) => new(ConflictItemKind.CalendarDay, id);

    internal static ConflictItemRef SoftPeriodOf(string id) => new(ConflictItemKind.SoftPeriod, id);

    internal static ConflictItemRef UnavailabilityOf(string id) => new(ConflictItemKind.Unavailability, id);

    internal static string KindText(ConflictItemKind kind) => kind switch
    {
        ConflictItemKind.Stage => "stage",
        ConflictItemKind.Meeting => "meeting",
        ConflictItemKind.Blackout => "blackout",
        ConflictItemKind.ExternalBusy => "busy",
        ConflictItemKind.CalendarDay => "calendar-day",
        ConflictItemKind.SoftPeriod => "soft-period",
        ConflictItemKind.Unavailability => "unavailable",
        _ => kind.ToString(),
    };

    private static ConflictItemRef Create(ConflictItemKind kind, string? id, string parameter) =>
        id is null ? throw new ArgumentException("The id is default (empty).", parameter) : new(kind, id);
}
