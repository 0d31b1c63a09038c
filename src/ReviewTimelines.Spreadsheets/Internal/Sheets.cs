using System.Globalization;
using System.Text;

namespace ReviewTimelines.Spreadsheets.Internal;

/// <summary>A sheet's layout: its name and headers in order, and which columns take their values from a list.</summary>
internal sealed record SheetSchema(string Name, string FileName, IReadOnlyList<string> Headers, IReadOnlyDictionary<string, string> Lists, bool ExportOnly = false)
{
    public int IndexOf(string header)
    {
        for (var i = 0; i < Headers.Count; i++)
        {
            if (Headers[i] == header)
            {
                return i;
            }
        }

        throw new ArgumentException("No column " + header + " in " + Name, nameof(header));
    }
}

/// <summary>A table of cell values: strings, booleans, integers, <see cref="NodaTime.LocalDate"/> and <see cref="NodaTime.LocalDateTime"/> (written as real spreadsheet dates), or null for an empty cell.</summary>
internal sealed record Table(SheetSchema Schema, IReadOnlyList<object?[]> Rows);

/// <summary>The sheets, their headers and value lists: the one description the writer, the template and the reader share.</summary>
internal static class Sheets
{
    public const string ZoneList = "Zones";

    private static readonly string[] TimingHeaders = ["Timing", "Start", "End", "Zone", "Start offset", "End offset"];
    private static readonly string[] SourceHeaders = ["Source", "Confidence", "Source note"];

    public static readonly SheetSchema Timetable = Make("Timetable", ["Note", "Zone"], ("Zone", ZoneList));

    public static readonly SheetSchema Mechanisms = Make(
        "Mechanisms",
        ["Id", "Name", "Short name", "Seat", "Seat zone", "Seat calendar", "Seat calendar zone", "Seat calendar local times", "Secretariat team", "Member States", "Visit term", "Plenary pattern"],
        ("Seat zone", ZoneList), ("Seat calendar zone", ZoneList), ("Seat calendar local times", "Local times"), ("Visit term", "Visit terms"));

    public static readonly SheetSchema Cycles = Make("Cycles", ["Id", "Mechanism", "Name", "First day", "Last day"], ("Mechanism", "Mechanisms"));

    public static readonly SheetSchema Countries = Make("Countries", ["Code", "Name", "Capital", "Zone", "Calendar", "Calendar local times"], ("Zone", ZoneList), ("Calendar local times", "Local times"));

    public static readonly SheetSchema People = Make(
        "People",
        ["Id", "Name", "Role", "Home zone", "Country", "Seat", "Calendar", "Calendar zone", "Calendar local times"],
        ("Role", "Roles"), ("Home zone", ZoneList), ("Seat", "Mechanisms"), ("Calendar zone", ZoneList), ("Calendar local times", "Local times"));

    public static readonly SheetSchema Weekends = Make("Weekends", ["Calendar of", "From", "Weekend days"]);

    public static readonly SheetSchema Holidays = Make("Holidays", ["Calendar of", "Date", "Name", "Kind"], ("Kind", "Holiday kinds"));

    public static readonly SheetSchema SoftPeriods = Make(
        "Soft periods", ["Calendar of", "Name", "First day", "Last day", "Kind", "Severity", "Uncertainty days"], ("Kind", "Soft period kinds"), ("Severity", "Soft period severities"));

    public static readonly SheetSchema WorkingHours = Make("Working hours", ["Calendar of", "From", "Day", "Start", "End"], ("Day", "Days"));

    public static readonly SheetSchema HoursOnDates = Make("Hours on dates", ["Calendar of", "Date", "Start", "End"]);

    public static readonly SheetSchema HolidayCoverage = Make("Holiday coverage", ["Calendar of", "Source", "First day", "Last day"]);

    public static readonly SheetSchema Unavailability = Make("Unavailability", ["Person", .. TimingHeaders], ("Timing", "Timings"), ("Zone", ZoneList));

    public static readonly SheetSchema Reviews = Make(
        "Reviews",
        ["Id", "Mechanism", "Cycle", "State under review", "Reviewing States", "Governmental experts", "Focal point", "Secretariat team", "Note"],
        ("Mechanism", "Mechanisms"));

    public static readonly SheetSchema Stages = Make(
        "Stages",
        ["Review", "Id", "Kind", "Name", .. TimingHeaders, "Deadline", "Deadline party", "Deadline roll", "Pinned", "Participants", "Location", "Predecessors", .. SourceHeaders, "Revision", "Last modified (UTC)"],
        ("Kind", "Stage kinds"), ("Timing", "Timings"), ("Zone", ZoneList), ("Deadline roll", "Deadline rolls"), ("Pinned", "Yes/no"), ("Confidence", "Confidence"));

    public static readonly SheetSchema Meetings = Make(
        "Meetings",
        ["Id", "Kind", "Mechanism", "Name", .. TimingHeaders, "Venue", "Venue zone", "Seat", "Format", "Delegations", "All member States", "Attendees", "Pinned", .. SourceHeaders, "Revision", "Last modified (UTC)"],
        ("Kind", "Meeting kinds"), ("Mechanism", "Mechanisms"), ("Timing", "Timings"), ("Zone", ZoneList), ("Venue zone", ZoneList), ("Seat", "Mechanisms"), ("Format", "Formats"),
        ("All member States", "Yes/no"), ("Pinned", "Yes/no"), ("Confidence", "Confidence"));

    public static readonly SheetSchema Blackouts = Make(
        "Blackouts",
        ["Id", "Scope", "Name", "First day", "Last day", "Zone", "Kind", "Severity", .. SourceHeaders, "Last modified (UTC)"],
        ("Zone", ZoneList), ("Kind", "Blackout kinds"), ("Severity", "Severities"), ("Confidence", "Confidence"));

    public static readonly SheetSchema Feeds = Make("Feeds", ["Path", "Owner", "Zone", "Floating zone"], ("Zone", ZoneList), ("Floating zone", ZoneList));

    public static readonly SheetSchema Conflicts = Make("Conflicts", ["Id", "Kind", "Severity", "Items", "Resource", "Start", "End", "Zone", "Sentence"]) with { ExportOnly = true };

    /// <summary>The sheets an import reads, in order.</summary>
    public static readonly IReadOnlyList<SheetSchema> Timetables =
        [Timetable, Mechanisms, Cycles, Countries, People, Unavailability, Reviews, Stages, Meetings, Blackouts, Feeds, Weekends, Holidays, SoftPeriods, WorkingHours, HoursOnDates, HolidayCoverage];

    /// <summary>The sheet holding the value lists the data validations point at; written by the tool, skipped on import.</summary>
    public const string ListsSheet = "Lists";

    /// <summary>Gives the column letter of a 0-based column index: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string ColumnLetter(int index)
    {
        var builder = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            builder.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return builder.ToString();
    }

    /// <summary>Gives the kebab-case word of an enum value: <c>SelfAssessmentChecklist</c> is <c>self-assessment-checklist</c>.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string> Words<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Word)];

    private static SheetSchema Make(string name, string[] headers, params (string Header, string List)[] lists) =>
        new(name, name.ToLowerInvariant().Replace(' ', '-') + ".csv", headers, lists.ToDictionary(l => l.Header, l => l.List, StringComparer.Ordinal));

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
