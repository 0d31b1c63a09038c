using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ReviewTimelines.Model;

/// <summary>Collects the items of a timetable, validates them all at once, and builds an immutable <see cref="Timetable"/>.</summary>
/// <remarks>
/// <para>
/// The <c>Add</c> methods accept anything that is not null, duplicates included: every relation between items is
/// checked by <see cref="Validate"/>, which collects every problem (unknown ids, duplicate ids, roles, dates outside
/// the cycle, predecessor cycles, ...) with the item and field named, instead of stopping at the first.
/// <see cref="Build()"/> throws one <see cref="TimetableValidationException"/> listing them all when any is an error.
/// The checks are listed in docs/model.md.
/// </para>
/// <para>The builder may be reused: it is not changed by <see cref="Validate"/> or <see cref="Build()"/>.</para>
/// </remarks>
/// <threadsafety>Not thread-safe: use one builder from one thread at a time. The built timetable is immutable.</threadsafety>
public sealed class TimetableBuilder
{
    private readonly List<Mechanism> mechanisms = [];
    private readonly List<ReviewCycle> cycles = [];
    private readonly List<Country> countries = [];
    private readonly List<Person> persons = [];
    private readonly List<CountryReview> reviews = [];
    private readonly List<Meeting> meetings = [];
    private readonly List<Blackout> blackouts = [];
    private string? note;
    private NodaTime.DateTimeZone? zone;

    /// <summary>Initializes a new instance of the <see cref="TimetableBuilder"/> class, empty.</summary>
    public TimetableBuilder()
    {
    }

    internal TimetableBuilder(TimetableContent content)
    {
        mechanisms.AddRange(content.Mechanisms);
        cycles.AddRange(content.Cycles);
        countries.AddRange(content.Countries);
        persons.AddRange(content.Persons);
        reviews.AddRange(content.Reviews);
        meetings.AddRange(content.Meetings);
        blackouts.AddRange(content.Blackouts);
        note = content.Note;
        zone = content.Zone;
    }

    /// <summary>Sets the timetable's free-text note or description (<see cref="Timetable.Note"/>); null removes it.</summary>
    /// <param name="value">The note, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public TimetableBuilder WithNote(string? value)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Timetable.Note must not be empty or white space; use null for no note.", nameof(value));
        }

        note = value;
        return this;
    }

    /// <summary>Sets the timetable's declared zone (<see cref="Timetable.Zone"/>), the owning secretariat's; null removes it.</summary>
    /// <param name="value">The zone, or null.</param>
    /// <returns>This builder.</returns>
    public TimetableBuilder WithZone(NodaTime.DateTimeZone? value)
    {
        zone = value;
        return this;
    }

    /// <summary>Adds a mechanism.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is null.</exception>
    public TimetableBuilder AddMechanism(Mechanism mechanism) => Add(mechanisms, mechanism);

    /// <summary>Adds a review cycle.</summary>
    /// <param name="cycle">The cycle.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is null.</exception>
    public TimetableBuilder AddCycle(ReviewCycle cycle) => Add(cycles, cycle);

    /// <summary>Adds a country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public TimetableBuilder AddCountry(Country country) => Add(countries, country);

    /// <summary>Adds a person.</summary>
    /// <param name="person">The person.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public TimetableBuilder AddPerson(Person person) => Add(persons, person);

    /// <summary>Adds a country review with its stages.</summary>
    /// <param name="review">The review.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    public TimetableBuilder AddReview(CountryReview review) => Add(reviews, review);

    /// <summary>Adds a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public TimetableBuilder AddMeeting(Meeting meeting) => Add(meetings, meeting);

    /// <summary>Adds a blackout.</summary>
    /// <param name="blackout">The blackout.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="blackout"/> is null.</exception>
    public TimetableBuilder AddBlackout(Blackout blackout) => Add(blackouts, blackout);

    /// <summary>Removes every review with the id of <paramref name="review"/> and adds <paramref name="review"/> in its place.</summary>
    /// <param name="review">The changed review.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No review with that id has been added.</exception>
    public TimetableBuilder ReplaceReview(CountryReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (reviews.RemoveAll(r => r.Id == review.Id) == 0)
        {
            throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "The builder has no review with id '{0}' to replace.", review.Id));
        }

        reviews.Add(review);
        return this;
    }

    /// <summary>Replaces the stage with the id of <paramref name="stage"/> in the review that holds it (e.g. a stage moved by a resolver).</summary>
    /// <param name="stage">The changed stage.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No review of the builder holds a stage with that id.</exception>
    public TimetableBuilder ReplaceStage(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var replaced = false;
        for (var i = 0; i < reviews.Count; i++)
        {
            if (reviews[i].TryGetStage(stage.Id, out _))
            {
                reviews[i] = reviews[i].WithStage(stage);
                replaced = true;
            }
        }

        return replaced
            ? this
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "The builder has no stage with id '{0}' to replace.", stage.Id));
    }

    /// <summary>Removes every meeting with the id of <paramref name="meeting"/> and adds <paramref name="meeting"/> in its place.</summary>
    /// <param name="meeting">The changed meeting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No meeting with that id has been added.</exception>
    public TimetableBuilder ReplaceMeeting(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meetings.RemoveAll(m => m.Id == meeting.Id) == 0)
        {
            throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "The builder has no meeting with id '{0}' to replace.", meeting.Id));
        }

        meetings.Add(meeting);
        return this;
    }

    /// <summary>Checks everything added so far and returns every problem found.</summary>
    /// <returns>All errors and warnings, in the order documented on <see cref="TimetableProblem"/>; empty when the content is valid and clean.</returns>
    public ImmutableArray<TimetableProblem> Validate() => TimetableValidator.Validate(Snapshot());

    /// <summary>Validates and builds the timetable.</summary>
    /// <returns>The immutable timetable; its <see cref="Timetable.Warnings"/> hold the warnings found.</returns>
    /// <exception cref="TimetableValidationException">Validation found at least one error; the exception lists every problem (errors and warnings).</exception>
    public Timetable Build() => Build([]);

    internal Timetable Build(IEnumerable<TimetableProblem> inputProblems)
    {
        var content = Snapshot();
        var problems = TimetableProblem.Sorted(inputProblems.Concat(TimetableValidator.Validate(content)));
        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw new TimetableValidationException(problems);
        }

        return new Timetable(content, problems);
    }

    private TimetableContent Snapshot() =>
        new([.. mechanisms], [.. cycles], [.. countries], [.. persons], [.. reviews], [.. meetings], [.. blackouts], note, zone);

    private TimetableBuilder Add<T>(List<T> list, T item, [CallerArgumentExpression(nameof(item))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(item, paramName);
        list.Add(item);
        return this;
    }
}
