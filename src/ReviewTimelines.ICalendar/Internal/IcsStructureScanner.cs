using System.Globalization;
using ReviewTimelines.ICalendar.Import;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Checks the raw text against <see cref="IcsImportLimits"/> and the BEGIN/END structure before any parser sees it.</summary>
/// <remarks>
/// This is not a parser: it only unfolds lines (RFC 5545 §3.1) to find BEGIN and END, so that a huge, deeply
/// nested, unbalanced or unwrapped input is rejected in linear time with a clear message, instead of being
/// silently dropped or half-read by Ical.Net (which loads bare VEVENTs as zero calendars and ignores a nested
/// VCALENDAR).
/// </remarks>
internal static class IcsStructureScanner
{
    /// <summary>What the raw text says about one VEVENT directly inside a VCALENDAR (Ical.Net invents a random UID when it is missing).</summary>
    internal sealed record RawEvent(bool HasUid, List<string> RecurrenceRules);

    /// <summary>The raw UID and FREEBUSY lines (parameters, value) of one VFREEBUSY (Ical.Net 5.2.4 does not read FREEBUSY values).</summary>
    internal sealed record RawFreeBusy(string? Uid, List<(string Parameters, string Value)> Lines);

    /// <summary>The raw facts of one VCALENDAR.</summary>
    internal sealed record RawCalendar(List<RawEvent> Events, List<RawFreeBusy> FreeBusy);

    /// <summary>Checks the text and returns, per VCALENDAR, the raw facts of its VEVENTs and VFREEBUSYs in order.</summary>
    internal static List<RawCalendar> Check(string text, IcsImportLimits limits)
    {
        var calendarsRaw = new List<RawCalendar>();
        var problems = new List<IcsProblem>();
        if (text.Length > limits.MaxInputLength)
        {
            Fail(problems, "(stream)", "The input has {0} characters, more than the limit of {1}.", text.Length, limits.MaxInputLength);
            throw new IcsImportException(problems);
        }

        var stack = new Stack<string>();
        var components = 0;
        var calendars = 0;
        var lineNumber = 0;
        var logicalStartLine = 0;
        var logical = new System.Text.StringBuilder();

        foreach (var (line, number) in PhysicalLines(text))
        {
            lineNumber = number;
            if (line.Length > limits.MaxLineLength)
            {
                Fail(problems, "(stream)", "Line {0} has {1} characters, more than the limit of {2}.", number, line.Length, limits.MaxLineLength);
                throw new IcsImportException(problems);
            }

            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                if (logical.Length + line.Length - 1 > limits.MaxUnfoldedLineLength)
                {
                    Fail(problems, "(stream)", "The content line starting at line {0} is longer than the limit of {1} characters after unfolding.", logicalStartLine, limits.MaxUnfoldedLineLength);
                    throw new IcsImportException(problems);
                }

                logical.Append(line, 1, line.Length - 1);
                continue;
            }

            Process(logical.ToString(), logicalStartLine);
            logical.Clear();
            logical.Append(line);
            logicalStartLine = number;
            if (problems.Count > 0)
            {
                throw new IcsImportException(problems);
            }
        }

        Process(logical.ToString(), logicalStartLine);
        if (problems.Count == 0 && stack.Count > 0)
        {
            Fail(problems, stack.Peek(), "BEGIN:{0} is never closed: END:{0} is missing at the end of the input (line {1}).", stack.Peek(), lineNumber);
        }

        if (problems.Count == 0 && calendars == 0)
        {
            Fail(problems, "VCALENDAR", "The input contains no VCALENDAR object.");
        }

        if (problems.Count > 0)
        {
            throw new IcsImportException(problems);
        }

        return calendarsRaw;

        void Process(string content, int number)
        {
            if (content.Length == 0 || problems.Count > 0)
            {
                return;
            }

            var nameEnd = content.IndexOfAny([';', ':']);
            var name = nameEnd < 0 ? content : content[..nameEnd];
            var value = nameEnd >= 0 && content[nameEnd] == ':' ? content[(nameEnd + 1)..].Trim() : string.Empty;
            if (name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                var component = value.ToUpperInvariant();
                components++;
                if (components > limits.MaxComponents)
                {
                    Fail(problems, "(stream)", "The input has more than {0} components (limit reached at line {1}).", limits.MaxComponents, number);
                    return;
                }

                if (stack.Count == 0 && component != "VCALENDAR")
                {
                    Fail(problems, component, "BEGIN:{0} at line {1} is outside any VCALENDAR (RFC 5545 §3.4).", component, number);
                    return;
                }

                if (stack.Count > 0 && component == "VCALENDAR")
                {
                    Fail(problems, component, "BEGIN:VCALENDAR at line {0} is nested inside {1}; calendars cannot nest (RFC 5545 §3.4).", number, stack.Peek());
                    return;
                }

                if (stack.Count + 1 > limits.MaxNestingDepth)
                {
                    Fail(problems, component, "BEGIN:{0} at line {1} nests {2} levels deep, more than the limit of {3}.", component, number, stack.Count + 1, limits.MaxNestingDepth);
                    return;
                }

                if (component == "VCALENDAR")
                {
                    calendars++;
                    calendarsRaw.Add(new RawCalendar([], []));
                }
                else if (component == "VEVENT" && stack.Count == 1)
                {
                    calendarsRaw[^1].Events.Add(new RawEvent(false, []));
                }
                else if (component == "VFREEBUSY" && stack.Count == 1)
                {
                    calendarsRaw[^1].FreeBusy.Add(new RawFreeBusy(null, []));
                }

                stack.Push(component);
            }
            else if (name.Equals("END", StringComparison.OrdinalIgnoreCase))
            {
                var component = value.ToUpperInvariant();
                if (stack.Count == 0 || stack.Peek() != component)
                {
                    Fail(
                        problems,
                        component,
                        "END:{0} at line {1} does not close {2}.",
                        component,
                        number,
                        stack.Count == 0 ? "any open component" : "BEGIN:" + stack.Peek());
                    return;
                }

                stack.Pop();
            }
            else if (stack.Count == 2 && stack.Peek() == "VEVENT")
            {
                var current = calendarsRaw[^1].Events[^1];
                if (name.Equals("UID", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
                {
                    calendarsRaw[^1].Events[^1] = current with { HasUid = true };
                }
                else if (name.Equals("RRULE", StringComparison.OrdinalIgnoreCase))
                {
                    var colon = content.IndexOf(':', StringComparison.Ordinal);
                    current.RecurrenceRules.Add(colon < 0 ? string.Empty : content[(colon + 1)..]);
                }
            }
            else if (stack.Count == 2 && stack.Peek() == "VFREEBUSY")
            {
                var current = calendarsRaw[^1].FreeBusy[^1];
                var colon = content.IndexOf(':', StringComparison.Ordinal);
                if (name.Equals("UID", StringComparison.OrdinalIgnoreCase))
                {
                    calendarsRaw[^1].FreeBusy[^1] = current with { Uid = value };
                }
                else if (name.Equals("FREEBUSY", StringComparison.OrdinalIgnoreCase) && colon > 0)
                {
                    current.Lines.Add((content[name.Length..colon], content[(colon + 1)..].Trim()));
                }
            }
            else if (stack.Count == 0 && !string.IsNullOrWhiteSpace(content))
            {
                Fail(problems, name, "The property {0} at line {1} is outside any VCALENDAR (RFC 5545 §3.4).", name, number);
            }
        }
    }

    private static IEnumerable<(string Line, int Number)> PhysicalLines(string text)
    {
        var number = 1;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                yield return (text[start..i], number++);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (text[start..], number);
        }
    }

    private static void Fail(List<IcsProblem> problems, string property, string format, params object?[] args) =>
        problems.Add(new IcsProblem(IcsProblemSeverity.Error, null, property, string.Format(CultureInfo.InvariantCulture, format, args)));
}
