using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Intervals;
using ReviewTimelines.Json;

namespace ReviewTimelines.Spreadsheets;

/// <summary>One conflict as a row of the <c>Conflicts</c> sheet: what a conflict detector found, with its plain sentence.</summary>
/// <param name="Id">The stable conflict id.</param>
/// <param name="Kind">The kind, kebab-case (e.g. <c>country-visit-overlap</c>).</param>
/// <param name="Severity">hard, soft or opportunity.</param>
/// <param name="Items">The items involved, as <c>kind:id</c>, in the order to print them.</param>
/// <param name="Resource">The shared resource as <c>kind:value</c>, or empty.</param>
/// <param name="Overlap">The overlap (or gap), half-open; written as local date-times in <paramref name="Zone"/>.</param>
/// <param name="Zone">The zone of the resource, named in the row's <c>Zone</c> column.</param>
/// <param name="Sentence">The plain sentence.</param>
public sealed record SpreadsheetConflict(string Id, string Kind, string Severity, IReadOnlyList<string> Items, string Resource, InstantRange Overlap, DateTimeZone Zone, string Sentence);

/// <summary>A file written by an export: its name (e.g. <c>stages.csv</c>) and its bytes.</summary>
/// <param name="Name">The file name, without folder.</param>
/// <param name="Content">The bytes (UTF-8 with no byte order mark for CSV; a zip package for .xlsx).</param>
public sealed record SpreadsheetFile(string Name, ReadOnlyMemory<byte> Content);

/// <summary>What an export wrote: the files (one workbook, or one CSV file per table) and its warnings (what the spreadsheet cannot carry).</summary>
/// <param name="Files">The files, in table order.</param>
/// <param name="Warnings">What was rounded or left out, each named by sheet, row and column.</param>
public sealed record SpreadsheetExport(ImmutableArray<SpreadsheetFile> Files, ImmutableArray<SpreadsheetProblem> Warnings);

/// <summary>What an import read: the timetable document and the warnings (each names its sheet, row and column).</summary>
/// <param name="Document">The timetable and its feed references.</param>
/// <param name="Warnings">What was resolved or defaulted, each named by sheet, row and column.</param>
public sealed record SpreadsheetImport(TimetableDocument Document, ImmutableArray<SpreadsheetProblem> Warnings);
