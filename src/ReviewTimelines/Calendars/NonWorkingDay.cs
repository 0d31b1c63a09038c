using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>Why a date that is not a weekend day is still not worked.</summary>
public enum NonWorkingDayKind
{
    /// <summary>A public holiday of the country (or an official holiday of a seat such as UN Headquarters).</summary>
    PublicHoliday = 0,

    /// <summary>A closure of an office or seat (e.g. year-end closure), or a person's leave.</summary>
    Closure = 1,
}

/// <summary>A named local date on which a calendar's owner does not work: a public holiday or a closure.</summary>
/// <param name="Date">The local date, in the calendar's zone (ISO calendar system).</param>
/// <param name="Name">A display name such as "Whit Monday"; never null.</param>
/// <param name="Kind">Holiday or closure.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record NonWorkingDay(LocalDate Date, string Name, NonWorkingDayKind Kind)
{
    /// <summary>Gets the local date (ISO calendar system).</summary>
    /// <exception cref="ArgumentException">Set to a date outside the ISO calendar system.</exception>
    public LocalDate Date
    {
        get;
        init => field = WorkingCalendar.CheckIso(value, nameof(Date));
    } = WorkingCalendar.CheckIso(Date, nameof(Date));

    /// <summary>Gets the display name.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Name
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Name));
    } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>Gets whether the day is a holiday or a closure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public NonWorkingDayKind Kind
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Kind), value, "Unknown non-working day kind.");
    } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown non-working day kind.");

    /// <summary>Formats as <c>2025-06-09 Whit Monday (PublicHoliday)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => LocalDatePattern.Iso.Format(Date) + " " + Name + " (" + Kind.ToString() + ")";
}
