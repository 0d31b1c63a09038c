using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Model;

/// <summary>Argument checks and structural equality shared by the model types (init accessors throw, the timetable validator collects).</summary>
internal static class ModelChecks
{
    internal static string Text(string value, string owner, string property)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "{0}.{1} must not be null, empty or white space.", owner, property),
                property);
        }

        return value;
    }

    internal static string? OptionalText(string? value, string owner, string property) =>
        value is null ? null : Text(value, owner, property);

    internal static T NotNull<T>(T? value, string owner, string property)
        where T : class =>
        value ?? throw new ArgumentNullException(
            property,
            string.Format(CultureInfo.InvariantCulture, "{0}.{1} must not be null.", owner, property));

    /// <summary>Rejects the invalid <c>default</c> value of an identifier (whose text is null).</summary>
    internal static T Id<T>(T value, string owner, string property)
        where T : struct =>
        IsDefault(value)
            ? throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "{0}.{1} must not be the default (empty) identifier.", owner, property),
                property)
            : value;

    internal static T Defined<T>(T value, string owner, string property)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(
                property,
                value,
                string.Format(CultureInfo.InvariantCulture, "{0}.{1} is not a defined {2} value.", owner, property, typeof(T).Name));

    /// <summary>Normalizes an id list: default array becomes empty, default ids are rejected, order becomes ordinal (duplicates are kept for the validator to report).</summary>
    internal static ImmutableArray<T> SortedIds<T>(ImmutableArray<T> values, string owner, string property)
        where T : struct, IComparable<T>
    {
        if (values.IsDefaultOrEmpty)
        {
            return [];
        }

        foreach (var value in values)
        {
            Id(value, owner, property);
        }

        return values.Sort();
    }

    internal static ImmutableArray<T> Items<T>(ImmutableArray<T> values, string owner, string property)
        where T : class
    {
        if (values.IsDefaultOrEmpty)
        {
            return [];
        }

        foreach (var value in values)
        {
            if (value is null)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "{0}.{1} must not contain null.", owner, property),
                    property);
            }
        }

        return values;
    }

    internal static bool SameZone(DateTimeZone? left, DateTimeZone? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && string.Equals(left.Id, right.Id, StringComparison.Ordinal));

    internal static bool SameDates(ZonedDateRange left, ZonedDateRange right) =>
        Equals(left.Dates, right.Dates) && SameZone(left.Zone, right.Zone);

    /// <summary>Structural equality of working calendars over their public content (name, zone id, weekend rules, non-working days).</summary>
    /// <summary>Compares calendars by content (<see cref="WorkingCalendar.Equals(WorkingCalendar)"/>: soft periods, working hours, overrides and resolution included).</summary>
    internal static bool SameCalendar(WorkingCalendar? left, WorkingCalendar? right) =>
        ReferenceEquals(left, right) || (left is not null && left.Equals(right));

    internal static int CalendarHash(WorkingCalendar? calendar) => calendar?.GetHashCode() ?? 0;

    internal static bool SameItems<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.AsSpan().SequenceEqual(right.AsSpan());

    internal static int ItemsHash<T>(ImmutableArray<T> values)
    {
        var hash = default(HashCode);
        foreach (var value in values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    internal static string Format(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    internal static string Format(DateInterval dates) => Format(dates.Start) + "/" + Format(dates.End);

    private static bool IsDefault<T>(T value)
        where T : struct => EqualityComparer<T>.Default.Equals(value, default);
}
