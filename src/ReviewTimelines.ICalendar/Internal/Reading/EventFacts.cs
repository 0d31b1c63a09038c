using Ical.Net.DataTypes;
using NodaTime;
using ReviewTimelines.ICalendar.Internal.Parsing;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>The values of one VEVENT that the importer uses, parsed and checked, each with its line.</summary>
internal sealed class EventFacts
{
    internal required string Uid { get; init; }

    /// <summary>Gets the line of the VEVENT's BEGIN.</summary>
    internal required int Line { get; init; }

    internal required IcsDateTime? Start { get; init; }

    internal required int StartLine { get; init; }

    internal IcsDateTime? End { get; init; }

    internal int EndLine { get; init; }

    internal (int Sign, int Days, NodaTime.Duration Exact)? Duration { get; init; }

    internal int DurationLine { get; init; }

    internal List<RuleFact> Rules { get; } = [];

    internal List<RuleFact> ExceptionRules { get; } = [];

    internal List<DateFact> RecurrenceDates { get; } = [];

    internal List<DateFact> ExceptionDates { get; } = [];

    internal IcsDateTime? RecurrenceId { get; init; }

    internal int RecurrenceIdLine { get; init; }

    /// <summary>Gets a value indicating whether the RECURRENCE-ID has RANGE=THISANDFUTURE (RFC 5545 §3.8.4.4).</summary>
    internal bool ThisAndFuture { get; init; }

    internal string Summary { get; init; } = string.Empty;

    internal IReadOnlyList<string> Categories { get; init; } = [];

    internal bool IsBusy { get; init; } = true;

    internal int Sequence { get; init; }

    internal Instant? Stamp { get; init; }
}

/// <summary>One RRULE or EXRULE with its line.</summary>
internal sealed record RuleFact(RecurrenceRule Rule, string Text, int Line);

/// <summary>One RDATE or EXDATE value with its line; an RDATE PERIOD also has an end or a duration.</summary>
internal sealed record DateFact(IcsDateTime Value, int Line, IcsDateTime? End = null, (int Sign, int Days, NodaTime.Duration Exact)? Duration = null);
