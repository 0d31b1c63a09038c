using System.Text;

namespace ReviewTimelines.Fuzz;

/// <summary>Seeded mutations of corpus files: byte flips, cuts, inserted tokens, repeated lines and ranges, splices, extreme numbers.</summary>
/// <remarks>The same seed and input number give the same input on every machine (System.Random with a seed is stable
/// within a .NET version), so every failure can be replayed with <c>--seed S --only N</c>.</remarks>
internal static class Mutator
{
    private static readonly string[] IcsTokens =
    [
        "\r\n", "\r\n ", ":", ";", "=", ",", "BEGIN:VEVENT\r\n", "END:VEVENT\r\n", "BEGIN:VCALENDAR\r\n", "END:VCALENDAR\r\n",
        "BEGIN:VTIMEZONE\r\n", "BEGIN:STANDARD\r\n", "RRULE:FREQ=SECONDLY;BYSETPOS=-1\r\n", "RRULE:FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=1,2,3\r\n",
        "RRULE:FREQ=DAILY;COUNT=99999999\r\n", "RRULE:FREQ=MINUTELY;INTERVAL=1\r\n", "EXDATE:20210101T000000Z\r\n", "RDATE;VALUE=PERIOD:20210101T000000Z/P99999999W\r\n",
        "FREEBUSY:99991231T000000Z/P99999999W\r\n", "DTSTART:00010101T000000Z\r\n", "DTEND:99991231T235959Z\r\n", "DTSTART;VALUE=DATE:20210230\r\n",
        "TZID=Mars/Olympus", "RECURRENCE-ID:20210101T000000Z\r\n", "DURATION:P99999999W\r\n", "DURATION:-PT1S\r\n", "UID:x\r\n", "\uD800", "\u0000", "\u001b[31m",
    ];

    private static readonly string[] JsonTokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-1", "1e309", "99999999999999999999", "\"\\ud800\"", "\"\\u0000\"", "\"x\"", "\"\"",
        "\"ZZZ\"", "\"Europe/Viena\"", "\"2021-02-30\"", "\"1899-12-31\"", "\"2201-01-01\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59-18:00\"",
        "{\"a\":1}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"a\\nb\\u001b[31m\"", "/* c */", "\uFEFF",
    ];

    private static readonly string[] Values =
    [
        "", " ", "AUT", "ZZZ", "aut", "GRECO", "Europe/Vienna", "Europe/Viena", "UTC", "2021-02-30", "1900-01-01", "2200-12-31", "1899-12-31",
        "2021-03-28T02:30", "2021-10-31T02:30", "2021-05-18T13:00:00+14:00", "9999-12-31T23:59:59Z", "\\ud800", "\\udc00x", "\\u0000",
        "country:AUT", "person:nobody", "seat:NOPE", "country:", "in-country", "seat:", "countryVisit", "lenient", "strict", "saturday",
        "a\\nb\\u001b[31m", "\\u202e", "P99999999W", "x:y:z", "s0",
    ];

    /// <summary>Derives input number <paramref name="index"/> of the run with <paramref name="seed"/> from the corpus files of one target.</summary>
    public static byte[] Mutate(IReadOnlyList<byte[]> corpus, string target, int seed, int index)
    {
        var random = new Random(HashCode.Combine(seed, index, target.Length));
        var input = new List<byte>(corpus[random.Next(corpus.Count)]);
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            // Half of the JSON mutations change a string value only, so the file still parses and the checks behind the parser run.
            if (target == "json" && random.Next(2) == 0)
            {
                ReplaceString(input, random);
            }
            else
            {
                Apply(random.Next(8), input, corpus, target == "ics" ? IcsTokens : JsonTokens, random);
            }
        }

        return [.. input];
    }

    private static void Apply(int kind, List<byte> input, IReadOnlyList<byte[]> corpus, string[] tokens, Random random)
    {
        var at = input.Count == 0 ? 0 : random.Next(input.Count);
        switch (kind)
        {
            case 0:
                if (input.Count > 0)
                {
                    input[at] ^= (byte)(1 << random.Next(8));
                }

                break;
            case 1:
                input.RemoveRange(at, Math.Min(input.Count - at, random.Next(1, 64)));
                break;
            case 2:
            case 3:
                input.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]));
                break;
            case 4:
                Repeat(input, at, random);
                break;
            case 5:
                var other = corpus[random.Next(corpus.Count)];
                var from = random.Next(other.Length);
                input.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, random.Next(1, 400))).ToArray());
                break;
            case 6:
                ReplaceNumber(input, at, random);
                break;
            default:
                input.RemoveRange(at, input.Count - at);
                break;
        }
    }

    // Repeats the line (or a short range) at the position up to 2,000 times: many components, rules, properties, values.
    private static void Repeat(List<byte> input, int at, Random random)
    {
        if (input.Count == 0)
        {
            return;
        }

        var start = input.LastIndexOf((byte)'\n', at) + 1;
        var end = input.IndexOf((byte)'\n', at);
        end = end < 0 ? input.Count : end + 1;
        var piece = input.GetRange(start, Math.Min(end - start, 4096));
        var times = random.Next(2) == 0 ? random.Next(2, 20) : random.Next(100, 2000);
        var repeated = new List<byte>(piece.Count * times);
        for (var i = 0; i < times; i++)
        {
            repeated.AddRange(piece);
        }

        input.InsertRange(end, repeated);
    }

    // Replaces the content of the string value (after a colon, or in an array) that follows a random position.
    private static void ReplaceString(List<byte> input, Random random)
    {
        var open = input.Count == 0 ? -1 : input.IndexOf((byte)'"', random.Next(input.Count));
        var close = open < 0 ? -1 : input.IndexOf((byte)'"', open + 1);
        if (close < 0)
        {
            return;
        }

        input.RemoveRange(open + 1, close - open - 1);
        input.InsertRange(open + 1, Encoding.UTF8.GetBytes(Values[random.Next(Values.Length)]));
    }

    private static void ReplaceNumber(List<byte> input, int at, Random random)
    {
        var start = input.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
        if (start < 0)
        {
            return;
        }

        var end = start;
        while (end < input.Count && input[end] is >= (byte)'0' and <= (byte)'9')
        {
            end++;
        }

        string[] extremes = ["0", "1", "9999", "99999999", "2147483648", "00000000", "99991231", "18991231"];
        input.RemoveRange(start, end - start);
        input.InsertRange(start, Encoding.ASCII.GetBytes(extremes[random.Next(extremes.Length)]));
    }
}
