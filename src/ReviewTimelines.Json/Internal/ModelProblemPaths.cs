using System.Text.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Internal;

/// <summary>Maps a model validation problem (item and property name) back to a JSON path of the file.</summary>
internal static class ModelProblemPaths
{
    /// <summary>Gets the path of the property a problem is about; a duplicate id points at the second item that uses it.</summary>
    internal static string PathOf(
        TimetableProblem problem,
        IReadOnlyDictionary<TimetableItemRef, string> itemPaths,
        IReadOnlyDictionary<TimetableItemRef, string> duplicatePaths)
    {
        if (problem.Field == "Id" && duplicatePaths.TryGetValue(problem.Item, out var duplicatePath))
        {
            return JsonPaths.Property(duplicatePath, NameOf(problem)!);
        }

        if (!itemPaths.TryGetValue(problem.Item, out var itemPath))
        {
            return "$";
        }

        var name = NameOf(problem);
        return name is null ? itemPath : JsonPaths.Property(itemPath, name);
    }

    private static string? NameOf(TimetableProblem problem) =>
        (problem.Item.Kind, problem.Field) switch
        {
            (_, "IsPinned") => "pinned",
            (TimetableItemKind.Country, "Id") => "code",
            (TimetableItemKind.Blackout, "Dates") => null,
            (TimetableItemKind.Country, "Calendar" or "Zone") => "zone",
            _ => JsonNamingPolicy.CamelCase.ConvertName(problem.Field),
        };

    /// <summary>Turns a model message ("Unknown person 'x'.") into the file's style ("unknown person 'x'").</summary>
    internal static string Sentence(string message)
    {
        var text = message.TrimEnd().TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && (char.IsLower(text[1]) || text[1] == ' ') ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
