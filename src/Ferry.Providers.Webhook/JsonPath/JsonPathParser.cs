using System.Globalization;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Webhook.JsonPath;

/// <summary>Parses the subset <see cref="JsonPathQuery"/> documents into steps.</summary>
internal static class JsonPathParser
{
    public static List<JsonPathStep> Parse(string path)
    {
        var text = path.Trim();
        if (!text.StartsWith('$'))
        {
            throw new JsonPathException($"path {path} must start with $");
        }

        var steps = new List<JsonPathStep>();
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == '.' && i + 1 < text.Length && text[i + 1] == '.')
            {
                i += 2;
                var inner = text[i] == '[' ? ReadBracket(text, ref i) : ReadDotted(text, ref i);
                steps.Add(new JsonPathStep.Descendants(inner));
            }
            else if (text[i] == '.')
            {
                i++;
                steps.Add(ReadDotted(text, ref i));
            }
            else if (text[i] == '[')
            {
                steps.Add(ReadBracket(text, ref i));
            }
            else
            {
                throw new JsonPathException($"unexpected {text[i]} at position {i} of path {path}");
            }
        }

        return steps;
    }

    private static JsonPathStep ReadDotted(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is not ('.' or '['))
        {
            i++;
        }

        var name = text[start..i];
        return name switch
        {
            "" => throw new JsonPathException($"empty key in path {text}"),
            "*" => new JsonPathStep.Wildcard(),
            _ => new JsonPathStep.Member(name),
        };
    }

    private static JsonPathStep ReadBracket(string text, ref int i)
    {
        var close = FindClose(text, i);
        var inside = text[(i + 1)..close].Trim();
        i = close + 1;
        if (inside == "*")
        {
            return new JsonPathStep.Wildcard();
        }

        if (inside.StartsWith("?(", StringComparison.Ordinal) && inside.EndsWith(')'))
        {
            return new JsonPathStep.Filter(FilterExpression.Parse(inside[2..^1], text));
        }

        if (int.TryParse(inside, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
        {
            return new JsonPathStep.Index(index);
        }

        var names = SplitQuoted(inside, text);
        return names.Count == 1 ? new JsonPathStep.Member(names[0]) : new JsonPathStep.Union(names);
    }

    private static int FindClose(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    depth--;
                    if (depth == 0 && c == ']')
                    {
                        return i;
                    }

                    break;
            }
        }

        throw new JsonPathException($"unclosed [ in path {text}");
    }

    private static List<string> SplitQuoted(string inside, string path)
    {
        var names = new List<string>();
        foreach (var part in inside.Split(','))
        {
            var trimmed = part.Trim();
            if (trimmed.Length >= 2 && trimmed[0] is '\'' or '"' && trimmed[^1] == trimmed[0])
            {
                names.Add(trimmed[1..^1]);
            }
            else
            {
                throw new JsonPathException($"unsupported selector [{inside}] in path {path}");
            }
        }

        return names;
    }

    /// <summary>Filter expressions: <c>@.a.b OP literal</c>, <c>@.a</c> (exists and truthy), joined by &amp;&amp; and ||.</summary>
    private static class FilterExpression
    {
        private static readonly string[] Operators = ["==", "!=", "<=", ">=", "<", ">"];

        public static Func<JsonNode?, bool> Parse(string expression, string path)
        {
            var alternatives = expression.Split("||").Select(a => a.Split("&&").Select(c => Condition(c.Trim(), path)).ToList()).ToList();
            return node => alternatives.Any(all => all.All(condition => condition(node)));
        }

        private static Func<JsonNode?, bool> Condition(string condition, string path)
        {
            foreach (var op in Operators)
            {
                var at = condition.IndexOf(op, StringComparison.Ordinal);
                if (at > 0)
                {
                    var left = Operand(condition[..at].Trim(), path);
                    var right = Operand(condition[(at + op.Length)..].Trim(), path);
                    return node => Compare(op, left(node), right(node));
                }
            }

            var single = Operand(condition, path);
            return node => single(node) is { } value && !(value is JsonValue v && v.TryGetValue<bool>(out var b) && !b);
        }

        private static bool Compare(string op, JsonNode? left, JsonNode? right) => op switch
        {
            "==" => JsonPathQuery.AreEqual(left, right),
            "!=" => !JsonPathQuery.AreEqual(left, right),
            "<" => JsonPathQuery.Compare(left, right) < 0,
            "<=" => JsonPathQuery.Compare(left, right) <= 0,
            ">" => JsonPathQuery.Compare(left, right) > 0,
            _ => JsonPathQuery.Compare(left, right) >= 0,
        };

        private static Func<JsonNode?, JsonNode?> Operand(string text, string path)
        {
            if (text.StartsWith('@'))
            {
                var steps = JsonPathParser.Parse("$" + text[1..]);
                return node =>
                {
                    var current = new List<JsonNode?> { node };
                    foreach (var step in steps)
                    {
                        var next = new List<JsonNode?>();
                        current.ForEach(n => step.Apply(n, next, strict: false));
                        current = next;
                    }

                    return current.Count > 0 ? current[0] : null;
                };
            }

            JsonNode? literal;
            if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
            {
                literal = JsonValue.Create(text[1..^1]);
            }
            else
            {
                try
                {
                    literal = JsonNode.Parse(text);
                }
                catch (System.Text.Json.JsonException)
                {
                    throw new JsonPathException($"unsupported filter operand {text} in path {path}");
                }
            }

            return _ => literal;
        }
    }

}
