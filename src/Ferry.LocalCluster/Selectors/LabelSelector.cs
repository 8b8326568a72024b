using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Selectors;

/// <summary>The label selector syntax of the <c>labelSelector</c> query parameter.</summary>
internal sealed class LabelSelector
{
    private readonly List<LabelRequirement> _requirements;

    private LabelSelector(List<LabelRequirement> requirements) => _requirements = requirements;

    public static LabelSelector Everything { get; } = new([]);

    public bool IsEmpty => _requirements.Count == 0;

    public bool Matches(Func<string, string?> labels)
    {
        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    public static LabelSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        var requirements = new List<LabelRequirement>();
        var position = 0;
        while (position < text.Length)
        {
            requirements.Add(ParseRequirement(text, ref position));
            SkipSpaces(text, ref position);
            if (position < text.Length)
            {
                Expect(text, ref position, ',');
            }
        }

        return new LabelSelector(requirements);
    }

    private static LabelRequirement ParseRequirement(string text, ref int position)
    {
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == '!')
        {
            position++;
            return new LabelRequirement(ReadWord(text, ref position), LabelOperator.DoesNotExist, []);
        }

        var key = ReadWord(text, ref position);
        SkipSpaces(text, ref position);
        if (position >= text.Length || text[position] == ',')
        {
            return new LabelRequirement(key, LabelOperator.Exists, []);
        }

        if (text[position] == '=')
        {
            position += position + 1 < text.Length && text[position + 1] == '=' ? 2 : 1;
            return new LabelRequirement(key, LabelOperator.In, [ReadValue(text, ref position)]);
        }

        if (text[position] == '!' && position + 1 < text.Length && text[position + 1] == '=')
        {
            position += 2;
            return new LabelRequirement(key, LabelOperator.NotIn, [ReadValue(text, ref position)]);
        }

        var word = ReadWord(text, ref position);
        var op = word switch
        {
            "in" => LabelOperator.In,
            "notin" => LabelOperator.NotIn,
            _ => throw Invalid(text, $"found '{word}', expected: in, notin, =, ==, !=, gt, lt"),
        };
        SkipSpaces(text, ref position);
        Expect(text, ref position, '(');
        var values = new List<string>();
        while (true)
        {
            var value = ReadValue(text, ref position);
            values.Add(value);
            SkipSpaces(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            Expect(text, ref position, ')');
            break;
        }

        return new LabelRequirement(key, op, values);
    }

    private static string ReadWord(string text, ref int position)
    {
        SkipSpaces(text, ref position);
        var start = position;
        while (position < text.Length && !IsDelimiter(text[position]))
        {
            position++;
        }

        if (position == start)
        {
            throw Invalid(text, "found '', expected: identifier");
        }

        return text[start..position];
    }

    private static string ReadValue(string text, ref int position)
    {
        SkipSpaces(text, ref position);
        var start = position;
        while (position < text.Length && !IsDelimiter(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private static bool IsDelimiter(char c) => c is ' ' or ',' or '=' or '!' or '(' or ')';

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }

    private static void Expect(string text, ref int position, char expected)
    {
        if (position >= text.Length || text[position] != expected)
        {
            throw Invalid(text, $"expected '{expected}'");
        }

        position++;
    }

    private static ApiException Invalid(string text, string why) =>
        ApiErrors.BadRequest($"unable to parse requirement: {why} in selector \"{text}\"");
}
