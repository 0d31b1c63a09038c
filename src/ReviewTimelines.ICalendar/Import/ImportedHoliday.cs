using System.Globalization;
using NodaTime;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>One local date of an imported all-day item, with the item's name: the shape a holiday provider needs.</summary>
/// <param name="Date">The local date (in the owner's zone; DATE values carry no zone).</param>
/// <param name="Name">The SUMMARY of the all-day item.</param>
/// <param name="Uid">The UID of the item.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ImportedHoliday(LocalDate Date, string Name, string Uid)
{
    /// <summary>Formats the holiday as <c>yyyy-MM-dd name</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd} {1}", Date, Name);
}
