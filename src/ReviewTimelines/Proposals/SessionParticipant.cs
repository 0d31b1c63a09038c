using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Proposals;

/// <summary>One participant of a virtual session: a display name and the working calendar whose working hours bound the sessions.</summary>
/// <remarks>
/// The calendar's zone, working days and working hours are used as they are; a day on which the calendar has no
/// working hours (a weekend, a holiday) gives the participant no hours that day, and no extension is applied to it.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SessionParticipant
{
    /// <summary>Initializes a new instance of the <see cref="SessionParticipant"/> class.</summary>
    /// <param name="name">The display name, e.g. "UNODC Vienna".</param>
    /// <param name="calendar">The participant's working calendar; it must define working hours.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space, or <paramref name="calendar"/> has no working hours.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public SessionParticipant(string name, WorkingCalendar calendar)
        : this(name, calendar, InstantRangeSet.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SessionParticipant"/> class with busy times.</summary>
    /// <param name="name">The display name, e.g. "UNODC Vienna".</param>
    /// <param name="calendar">The participant's working calendar; it must define working hours.</param>
    /// <param name="busy">Instants at which the participant is already booked (their buffers included, see <see cref="WithBuffers"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space, or <paramref name="calendar"/> has no working hours.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="busy"/> is null.</exception>
    public SessionParticipant(string name, WorkingCalendar calendar, InstantRangeSet busy)
    {
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!calendar.HasWorkingHours)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The calendar '{0}' of participant '{1}' has no working hours.", calendar.Name, name),
                nameof(calendar));
        }

        Name = name;
        Calendar = calendar;
        Busy = busy;
        Languages = [];
    }

    /// <summary>Gets the participant's working languages as lower-case language tags (e.g. "en", "es"), in the order given; empty when none were declared.</summary>
    /// <remarks>Used by <see cref="SessionSeriesPlanner"/> to decide whether a session needs interpretation and between which languages.</remarks>
    public ImmutableArray<string> Languages { get; private init; }

    /// <summary>Returns a copy of this participant with the given working languages.</summary>
    /// <param name="languages">Language tags such as "en", "es", "ar" (BCP 47, compared case-insensitively, stored lower-case); duplicates are kept once.</param>
    /// <returns>The new participant; name, calendar and busy times unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languages"/> is null.</exception>
    /// <exception cref="ArgumentException">A language tag is null, empty, white space or contains a character other than a letter, digit or '-'.</exception>
    public SessionParticipant WithLanguages(IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var list = new List<string>();
        foreach (var language in languages)
        {
            if (string.IsNullOrWhiteSpace(language) || !language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Participant '{0}': the working language '{1}' is not a language tag such as 'en' or 'es'.", Name, language),
                    nameof(languages));
            }

            var tag = language.Trim().ToLowerInvariant();
            if (!list.Contains(tag))
            {
                list.Add(tag);
            }
        }

        return new SessionParticipant(Name, Calendar, Busy) { Languages = [.. list] };
    }

    /// <summary>Gets the instants at which the participant is already booked; sessions never overlap them.</summary>
    public InstantRangeSet Busy { get; }

    /// <summary>Widens existing bookings by a before-buffer and an after-buffer, on the correct sides (field case BC-23).</summary>
    /// <remarks>A booking <c>[s, e)</c> blocks <c>[s - before, e + after)</c>.</remarks>
    /// <param name="bookings">The bookings.</param>
    /// <param name="before">The buffer before each booking.</param>
    /// <param name="after">The buffer after each booking.</param>
    /// <returns>The blocked instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bookings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A buffer is negative.</exception>
    public static InstantRangeSet WithBuffers(InstantRangeSet bookings, Duration before, Duration after) =>
        new SlotResource(new ResourceKey("person", "buffer"), InstantRangeSet.Empty, bookings ?? throw new ArgumentNullException(nameof(bookings)), before, after).Blocked;

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the working calendar (zone, working days and hours).</summary>
    public WorkingCalendar Calendar { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1})", Name, Calendar.Zone.Id);
}
