using System.Text.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Internal;

/// <summary>Maps a model validation problem (item and property name) back to a JSON path of the file.</summary>
internal static class ModelProblemPaths
{
    internal static string PathOf(TimetableProblem problem, IReadOnlyDictionary<TimetableItemRef, string> itemPaths)
    {
        if (!itemPaths.TryGetValue(problem.Item, out var itemPath))
        {
            return "$";
        }

        var name = (problem.Item.Kind, problem.Field) switch
        {
            (_, "IsPinned") => "pinned",
            (TimetableItemKind.Blackout, "Dates") => null,
            (TimetableItemKind.Country, "Calendar" or "Zone") => "zone",
            _ => JsonNamingPolicy.CamelCase.ConvertName(problem.Field),
        };
        return name is null ? itemPath : JsonPaths.Property(itemPath, name);
    }
}
