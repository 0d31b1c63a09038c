using System.Globalization;
using ReviewTimelines.ICalendar.Import;

namespace ReviewTimelines.ICalendar.Internal.Parsing;

/// <summary>Builds the component tree from content lines in one pass, checking structure and the component limits.</summary>
/// <remarks>
/// Structure errors (BEGIN/END not matching, content outside VCALENDAR, a nested VCALENDAR, too deep, too many
/// components) make the whole input unusable and always throw. A line that cannot be split into name, parameters and
/// value is kept on its component as a bad line: the reader reports it with the component's UID.
/// </remarks>
internal static class ComponentTree
{
    /// <summary>Returns the VCALENDAR components.</summary>
    /// <exception cref="IcsImportException">The structure is broken or a stream limit is exceeded.</exception>
    internal static List<RawComponent> Build(IReadOnlyList<LogicalLine> lines, IcsImportLimits limits)
    {
        var calendars = new List<RawComponent>();
        var stack = new Stack<RawComponent>();
        var components = 0;
        var lastLine = 0;
        foreach (var line in lines)
        {
            lastLine = line.Line;
            var content = ContentLine.Parse(line, out var error);
            if (content is null)
            {
                AddBadLine(stack, line, error!);
                continue;
            }

            if (content.Name == "BEGIN")
            {
                components++;
                Begin(content, stack, calendars, components, limits);
            }
            else if (content.Name == "END")
            {
                End(content, stack);
            }
            else if (stack.Count == 0)
            {
                throw Fail(content.Name, content.Line, "The property {0} at line {1} is outside any VCALENDAR (RFC 5545 §3.4).", content.Name, content.Line);
            }
            else
            {
                AddProperty(stack.Peek(), content, limits);
            }
        }

        if (stack.Count > 0)
        {
            throw Fail(stack.Peek().Name, stack.Peek().Line, "BEGIN:{0} at line {1} is never closed: END:{0} is missing at the end of the input (line {2}).", stack.Peek().Name, stack.Peek().Line, lastLine);
        }

        if (calendars.Count == 0)
        {
            throw Fail("VCALENDAR", null, "The input contains no VCALENDAR object.");
        }

        return calendars;
    }

    private static void AddBadLine(Stack<RawComponent> stack, LogicalLine line, string error)
    {
        if (stack.Count == 0)
        {
            throw Fail("(syntax)", line.Line, "Line {0} is outside any VCALENDAR and is not a content line: {1}.", line.Line, error);
        }

        var end = 0;
        while (end < line.Text.Length && (char.IsAsciiLetterOrDigit(line.Text[end]) || line.Text[end] == '-'))
        {
            end++;
        }

        stack.Peek().BadLines.Add((line.Line, end == 0 ? null : line.Text[..end].ToUpperInvariant(), error));
    }

    private static void AddProperty(RawComponent component, ContentLine content, IcsImportLimits limits)
    {
        if (component.Properties.Count >= limits.MaxPropertiesPerComponent)
        {
            component.DroppedProperties++;
            return;
        }

        component.Properties.Add(content);
    }

    private static void Begin(ContentLine content, Stack<RawComponent> stack, List<RawComponent> calendars, int components, IcsImportLimits limits)
    {
        var name = content.Value.Trim().ToUpperInvariant();
        var line = content.Line;
        if (components > limits.MaxComponents)
        {
            throw Fail("(stream)", line, "The input has more than {0} components (IcsImportLimits.MaxComponents; limit reached at line {1}).", limits.MaxComponents, line);
        }

        if (stack.Count == 0 && name != "VCALENDAR")
        {
            throw Fail(name, line, "BEGIN:{0} at line {1} is outside any VCALENDAR (RFC 5545 §3.4).", name, line);
        }

        if (stack.Count > 0 && name == "VCALENDAR")
        {
            throw Fail(name, line, "BEGIN:VCALENDAR at line {0} is nested inside {1}; calendars cannot nest (RFC 5545 §3.4).", line, stack.Peek().Name);
        }

        if (stack.Count + 1 > limits.MaxNestingDepth)
        {
            throw Fail(name, line, "BEGIN:{0} at line {1} nests {2} levels deep, more than the limit of {3} (IcsImportLimits.MaxNestingDepth).", name, line, stack.Count + 1, limits.MaxNestingDepth);
        }

        var component = new RawComponent(name, line);
        if (stack.Count == 0)
        {
            calendars.Add(component);
        }
        else
        {
            stack.Peek().Children.Add(component);
        }

        stack.Push(component);
    }

    private static void End(ContentLine content, Stack<RawComponent> stack)
    {
        var name = content.Value.Trim().ToUpperInvariant();
        if (stack.Count == 0 || stack.Peek().Name != name)
        {
            throw Fail(name, content.Line, "END:{0} at line {1} does not close {2}.", name, content.Line, stack.Count == 0 ? "any open component" : "BEGIN:" + stack.Peek().Name + " (line " + stack.Peek().Line.ToString(CultureInfo.InvariantCulture) + ")");
        }

        stack.Pop();
    }

    private static IcsImportException Fail(string property, int? line, string format, params object[] args) =>
        new([new IcsProblem(IcsProblemSeverity.Error, null, property, string.Format(CultureInfo.InvariantCulture, format, args)) { Line = line }]);
}
