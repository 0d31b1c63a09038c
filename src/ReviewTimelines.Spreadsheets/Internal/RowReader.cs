using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets.Internal;

/// <summary>Reads the typed values of one data row; each wrong cell adds an error naming sheet, row, column and header.</summary>
internal sealed class RowReader(SheetRows sheet, int row, IReadOnlyDictionary<int, object> cells, List<SpreadsheetProblem> problems, IDateTimeZoneProvider zones)
{
    public int Row => row;

    // A row with a formula cell (reported by the reader) is not built into an item.
    public bool Failed { get; private set; } = cells.Values.Any(v => v is FormulaMark);

    public SheetSchema Schema => sheet.Schema;

    public void Error(string header, string message)
    {
        Failed = true;
        problems.Add(Problem(ProblemSeverity.Error, header, message));
    }

    public void Warn(string header, string message) => problems.Add(Problem(ProblemSeverity.Warning, header, message));

    public void RowError(string message)
    {
        Failed = true;
        problems.Add(new(ProblemSeverity.Error, sheet.Schema.Name, row, string.Empty, string.Empty, message));
    }

    public string? Text(string header)
    {
        switch (Raw(header))
        {
            case null:
                return null;
            case string s:
                return s;
            case double d when d == Math.Floor(d) && Math.Abs(d) < 1e15:
                return d.ToString("0", CultureInfo.InvariantCulture);
            case { } other:
                Error(header, "expected text, found " + XlsxReader.Describe(other) + ".");
                return null;
        }
    }

    public string Required(string header)
    {
        var text = Text(header);
        if (text is null && !HasCell(header))
        {
            Error(header, "the cell is empty; it needs a value.");
        }

        return text ?? string.Empty;
    }

    public LocalDate? Date(string header)
    {
        switch (Raw(header))
        {
            case null:
                return null;
            case DateTime t when t.TimeOfDay == TimeSpan.Zero:
                return LocalDate.FromDateTime(t);
            case DateTime t:
                Error(header, Sheets.Invariant($"expected a date without a time of day, found {XlsxReader.Describe(t)}."));
                return null;
            case { } other:
                Error(header, "expected a date cell (a real spreadsheet date, e.g. typed as 2026-03-02), found " + XlsxReader.Describe(other) + ".");
                return null;
        }
    }

    public LocalDateTime? DateTime(string header)
    {
        switch (Raw(header))
        {
            case null:
                return null;
            case System.DateTime t:
                return LocalDateTime.FromDateTime(t);
            case { } other:
                Error(header, "expected a date-and-time cell (a real spreadsheet date, e.g. typed as 2026-03-02 09:30), found " + XlsxReader.Describe(other) + ".");
                return null;
        }
    }

    public int? Int(string header)
    {
        switch (Raw(header))
        {
            case null:
                return null;
            case double d when d == Math.Floor(d) && d >= 0 && d <= int.MaxValue:
                return (int)d;
            case { } other:
                Error(header, "expected a whole number of zero or more, found " + XlsxReader.Describe(other) + ".");
                return null;
        }
    }

    public T? Enum<T>(string header)
        where T : struct, Enum
    {
        var text = Text(header);
        if (text is null)
        {
            return null;
        }

        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(Sheets.Word(value), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Error(header, Sheets.Invariant($"'{text}' is not one of {string.Join(", ", Sheets.Words<T>())}."));
        return null;
    }

    public bool? YesNo(string header)
    {
        switch (Raw(header))
        {
            case null:
                return null;
            case bool b:
                return b;
            case string s when s.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase):
                return true;
            case string s when s.Trim().Equals("no", StringComparison.OrdinalIgnoreCase):
                return false;
            case { } other:
                Error(header, "expected yes or no, found " + XlsxReader.Describe(other) + ".");
                return null;
        }
    }

    public DateTimeZone? Zone(string header)
    {
        var text = Text(header);
        if (text is null)
        {
            return null;
        }

        var zone = zones.GetZoneOrNull(text.Trim());
        if (zone is null)
        {
            Error(header, Sheets.Invariant($"'{text}' is not a time zone id of the tz database (e.g. Europe/Vienna; the sheet '{Sheets.ListsSheet}' lists them)."));
        }

        return zone;
    }

    public DateTimeZone? RequiredZone(string header)
    {
        if (!HasCell(header))
        {
            Error(header, "the cell is empty; it needs a time zone id of the tz database (e.g. Europe/Vienna).");
            return null;
        }

        return Zone(header);
    }

    public ImmutableArray<string> Ids(string header) =>
        Text(header) is { } text ? [.. text.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0)] : [];

    public TimetableResource? Resource(string header)
    {
        var text = Text(header)?.Trim();
        if (text is null)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var value = colon > 0 ? text[(colon + 1)..].Trim() : string.Empty;
        TimetableResource? result = (colon > 0 ? text[..colon] : text) switch
        {
            "country" when value.Length > 0 => TimetableResource.ForCountry(new CountryCode(value)),
            "person" when value.Length > 0 => TimetableResource.ForPerson(new PersonId(value)),
            "seat" when value.Length > 0 => TimetableResource.ForSeat(new MechanismId(value)),
            _ => null,
        };
        if (result is null)
        {
            Error(header, Sheets.Invariant($"'{text}' is not country:CODE, person:ID or seat:MECHANISM."));
        }

        return result;
    }

    public SourceReference? Source()
    {
        var citation = Text("Source");
        var confidence = Enum<Confidence>("Confidence");
        var note = Text("Source note");
        if (citation is null && confidence is null && note is null)
        {
            return null;
        }

        if (confidence is null)
        {
            if (!Failed)
            {
                Error("Confidence", "a source needs its confidence (" + string.Join(", ", Sheets.Words<Confidence>()) + ").");
            }

            return null;
        }

        return new SourceReference(citation ?? string.Empty, confidence.Value, note);
    }

    /// <summary>Reads a time of day: a spreadsheet time cell (a fraction of a day), or a date-time cell on the spreadsheet's day zero.</summary>
    public LocalTime? Time(string header)
    {
        switch (Raw(header))
        {
            case null:
                return null;
            case TimeSpan span when span >= TimeSpan.Zero && span < TimeSpan.FromDays(1):
                return LocalTime.FromTicksSinceMidnight(span.Ticks);
            case System.DateTime t when t.Date <= new System.DateTime(1900, 1, 1):
                return LocalTime.FromTicksSinceMidnight(t.TimeOfDay.Ticks);
            case double d when d >= 0 && d < 1:
                return LocalTime.FromTicksSinceMidnight((long)Math.Round(d * TimeSpan.TicksPerDay / TimeSpan.TicksPerMinute) * TimeSpan.TicksPerMinute);
            case { } other:
                Error(header, "expected a time of day (e.g. typed as 09:30), found " + XlsxReader.Describe(other) + ".");
                return null;
        }
    }

    /// <summary>Reads days of the week, comma-separated (<c>friday, saturday</c>).</summary>
    public IReadOnlyList<IsoDayOfWeek> Days(string header)
    {
        var result = new List<IsoDayOfWeek>();
        foreach (var word in Ids(header))
        {
            var day = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(d => string.Equals(Sheets.Word(d), word, StringComparison.OrdinalIgnoreCase)).ToList();
            if (day.Count == 0)
            {
                Error(header, Sheets.Invariant($"'{word}' is not a day of the week (monday ... sunday)."));
                continue;
            }

            result.Add(day[0]);
        }

        return result;
    }

    public Instant? Utc(string header) => DateTime(header) is { } local ? local.InUtc().ToInstant() : null;

    /// <summary>Reads the Timing, Start, End, Zone, Start offset and End offset columns.</summary>
    public ItemTiming? Timing()
    {
        var kind = Text("Timing")?.Trim();
        var zone = RequiredZone("Zone");
        switch (kind)
        {
            case null:
                Error("Timing", "the cell is empty; it needs all-day, timed, wall-clock or wall-clock-strict.");
                return null;
            case "all-day":
                {
                    var first = RequiredDate("Start");
                    var last = RequiredDate("End");
                    if (first is null || last is null || zone is null)
                    {
                        return null;
                    }

                    if (last < first)
                    {
                        Error("End", Sheets.Invariant($"the last day {last:uuuu-MM-dd} is before the first day {first:uuuu-MM-dd}."));
                        return null;
                    }

                    return ItemTiming.AllDay(first.Value, last.Value, zone);
                }

            case "timed" or "wall-clock" or "wall-clock-strict":
                {
                    var start = RequiredDateTime("Start");
                    var end = RequiredDateTime("End");
                    if (start is null || end is null || zone is null)
                    {
                        return null;
                    }

                    if (kind != "timed")
                    {
                        return Guard(() => ItemTiming.Timed(start.Value, end.Value, zone, kind == "wall-clock" ? LocalTimeResolution.Lenient : LocalTimeResolution.Strict), "End");
                    }

                    var from = Resolve(start.Value, zone, "Start", "Start offset");
                    var to = Resolve(end.Value, zone, "End", "End offset");
                    if (from is null || to is null)
                    {
                        return null;
                    }

                    if (to < from)
                    {
                        Error("End", "the end is before the start.");
                        return null;
                    }

                    return ItemTiming.Timed(Intervals.InstantRange.FromInstants(from.Value, to.Value), zone);
                }

            default:
                Error("Timing", Sheets.Invariant($"'{kind}' is not one of all-day, timed, wall-clock, wall-clock-strict."));
                return null;
        }
    }

    public T? Guard<T>(Func<T> make, string header)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            Error(header, e.Message);
            return null;
        }
    }

    private LocalDate? RequiredDate(string header) => HasCell(header) ? Date(header) : Missing<LocalDate>(header, "a date");

    private LocalDateTime? RequiredDateTime(string header) => HasCell(header) ? DateTime(header) : Missing<LocalDateTime>(header, "a date and time");

    private T? Missing<T>(string header, string what)
        where T : struct
    {
        Error(header, "the cell is empty; it needs " + what + ".");
        return null;
    }

    /// <summary>Maps a local date-time in <paramref name="zone"/> to an instant: by the offset given, else the one mapping, else (a clock change) the earlier mapping or the shifted time, with a warning.</summary>
    private Instant? Resolve(LocalDateTime local, DateTimeZone zone, string header, string offsetHeader)
    {
        var mapping = zone.MapLocal(local);
        var offsetText = Text(offsetHeader)?.Trim();
        if (offsetText is not null)
        {
            var parsed = OffsetPattern.GeneralInvariant.Parse(offsetText);
            if (!parsed.Success)
            {
                Error(offsetHeader, Sheets.Invariant($"'{offsetText}' is not a UTC offset such as +02 or +05:45."));
                return null;
            }

            var offset = parsed.Value;
            if (mapping.Count > 0 && (mapping.First().Offset == offset || mapping.Last().Offset == offset))
            {
                return local.WithOffset(offset).ToInstant();
            }

            Error(offsetHeader, mapping.Count == 0
                ? Sheets.Invariant($"{local:uuuu-MM-dd HH:mm:ss} does not exist in {zone.Id} (the clocks skip it).")
                : Sheets.Invariant($"{offsetText} is not the offset of {zone.Id} at {local:uuuu-MM-dd HH:mm:ss} ({string.Join(" or ", new[] { mapping.First().Offset, mapping.Last().Offset }.Distinct().Select(o => OffsetPattern.GeneralInvariant.Format(o)))})."));
            return null;
        }

        switch (mapping.Count)
        {
            case 1:
                return mapping.Single().ToInstant();
            case 2:
                Warn(header, Sheets.Invariant($"{local:uuuu-MM-dd HH:mm:ss} occurs twice in {zone.Id} (the clocks go back); the earlier one ({OffsetPattern.GeneralInvariant.Format(mapping.First().Offset)}) is taken. Fill '{offsetHeader}' to choose."));
                return mapping.First().ToInstant();
            default:
                var shifted = zone.ResolveLocal(local, NodaTime.TimeZones.Resolvers.LenientResolver);
                Warn(header, Sheets.Invariant($"{local:uuuu-MM-dd HH:mm:ss} does not exist in {zone.Id} (the clocks skip it); taken as {shifted.LocalDateTime:uuuu-MM-dd HH:mm:ss}."));
                return shifted.ToInstant();
        }
    }

    private bool HasCell(string header) => sheet.Columns.TryGetValue(header, out var c) && cells.ContainsKey(c);

    private object? Raw(string header) => sheet.Columns.TryGetValue(header, out var c) && cells.TryGetValue(c, out var v) && v is not FormulaMark ? v : null;

    private SpreadsheetProblem Problem(ProblemSeverity severity, string header, string message) =>
        new(severity, sheet.Schema.Name, row, sheet.Columns.TryGetValue(header, out var c) ? Sheets.ColumnLetter(c) : string.Empty, header, message);
}
