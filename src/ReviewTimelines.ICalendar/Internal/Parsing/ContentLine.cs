namespace ReviewTimelines.ICalendar.Internal.Parsing;

/// <summary>One content line split into name, parameters and value per RFC 5545 §3.1 (quoted parameter values may hold <c>:</c>, <c>;</c> and <c>,</c>).</summary>
internal sealed class ContentLine
{
    private ContentLine(string name, List<(string Name, List<string> Values)> parameters, string value, int line)
    {
        Name = name;
        Parameters = parameters;
        Value = value;
        Line = line;
    }

    /// <summary>Gets the property name in upper case.</summary>
    internal string Name { get; }

    /// <summary>Gets the parameters in order, names in upper case, values without their quotes.</summary>
    internal List<(string Name, List<string> Values)> Parameters { get; }

    /// <summary>Gets the raw value (not unescaped).</summary>
    internal string Value { get; }

    /// <summary>Gets the 1-based line the content line starts on.</summary>
    internal int Line { get; }

    /// <summary>Gets the first value of a parameter, or null.</summary>
    internal string? Parameter(string name)
    {
        foreach (var (n, values) in Parameters)
        {
            if (n == name)
            {
                return values.Count > 0 ? values[0] : string.Empty;
            }
        }

        return null;
    }

    /// <summary>Parses one unfolded line; on failure returns null and a sentence saying what is wrong.</summary>
    internal static ContentLine? Parse(LogicalLine line, out string? error)
    {
        var text = line.Text;
        var i = 0;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }

        if (i == 0)
        {
            error = "the line does not start with a property name (letters, digits and '-', RFC 5545 §3.1)";
            return null;
        }

        var name = text[..i].ToUpperInvariant();
        var parameters = new List<(string, List<string>)>();
        while (i < text.Length && text[i] == ';')
        {
            if (!ReadParameter(text, ref i, parameters, out error))
            {
                return null;
            }
        }

        if (i >= text.Length || text[i] != ':')
        {
            error = i >= text.Length
                ? string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "the {0} line has no ':' before its value (RFC 5545 §3.1){1}",
                    name,
                    parameters.Count == 0 ? string.Empty : string.Format(System.Globalization.CultureInfo.InvariantCulture, "; its last parameter is {0}=\"{1}\", which may have swallowed the value", parameters[^1].Item1, string.Join(",", parameters[^1].Item2)))
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, "the {0} line has the character '{1}' where ';' or ':' must follow the name or a parameter (RFC 5545 §3.1)", name, text[i]);
            return null;
        }

        error = null;
        return new ContentLine(name, parameters, text[(i + 1)..], line.Line);
    }

    private static bool ReadParameter(string text, ref int i, List<(string, List<string>)> parameters, out string? error)
    {
        var nameStart = ++i;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }

        var name = text[nameStart..i].ToUpperInvariant();
        if (name.Length == 0 || i >= text.Length || text[i] != '=')
        {
            error = string.Format(System.Globalization.CultureInfo.InvariantCulture, "the parameter '{0}' has no '=' and value (RFC 5545 §3.2)", name);
            return false;
        }

        var values = new List<string>();
        do
        {
            i++;
            if (i < text.Length && text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    error = string.Format(System.Globalization.CultureInfo.InvariantCulture, "the quoted value of the parameter {0} has no closing '\"' (RFC 5545 §3.1)", name);
                    return false;
                }

                values.Add(text[(i + 1)..close]);
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] is not (';' or ':' or ',' or '"'))
                {
                    i++;
                }

                if (i < text.Length && text[i] == '"')
                {
                    error = string.Format(System.Globalization.CultureInfo.InvariantCulture, "the value of the parameter {0} has a '\"' inside it; only a whole value may be quoted (RFC 5545 §3.1)", name);
                    return false;
                }

                values.Add(text[start..i]);
            }
        }
        while (i < text.Length && text[i] == ',');

        parameters.Add((name, values));
        error = null;
        return true;
    }

    private static bool IsNameChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';
}
