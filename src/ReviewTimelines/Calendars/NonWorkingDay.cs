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
/// <param name="Date">The local date, in the calendar's zone.</param>
/// <param name="Name">A display name such as "Whit Monday"; never null.</param>
/// <param name="Kind">Holiday or closure.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record NonWorkingDay(LocalDate Date, string Name, NonWorkingDayKind Kind)
{
    /// <summary>Gets the display name.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>Formats as <c>2025-06-09 Whit Monday (PublicHoliday)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => LocalDatePattern.Iso.Format(Date) + " " + Name + " (" + Kind.ToString() + ")";
}
