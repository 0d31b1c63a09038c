namespace ReviewTimelines.ICalendar.Internal.Parsing;

/// <summary>One component (BEGIN ... END) as content lines and child components, with the lines of its syntax errors.</summary>
internal sealed class RawComponent(string name, int line)
{
    /// <summary>Gets the component name in upper case (VCALENDAR, VEVENT, ...).</summary>
    internal string Name { get; } = name;

    /// <summary>Gets the line of its BEGIN.</summary>
    internal int Line { get; } = line;

    /// <summary>Gets its properties in input order.</summary>
    internal List<ContentLine> Properties { get; } = [];

    /// <summary>Gets its child components in input order.</summary>
    internal List<RawComponent> Children { get; } = [];

    /// <summary>Gets the lines inside it that could not be split into name, parameters and value, with the reason.</summary>
    internal List<(int Line, string? Name, string Message)> BadLines { get; } = [];

    /// <summary>Gets or sets the number of properties beyond <see cref="Import.IcsImportLimits.MaxPropertiesPerComponent"/> that were not kept.</summary>
    internal int DroppedProperties { get; set; }

    /// <summary>Gets the first property with this name, or null.</summary>
    internal ContentLine? First(string property) => Properties.Find(p => p.Name == property);

    /// <summary>Gets every property with this name.</summary>
    internal IEnumerable<ContentLine> All(string property) => Properties.Where(p => p.Name == property);
}
