using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Printing;

/// <summary>
/// The part of Kubernetes JSONPath that printer columns use: <c>.field</c>, <c>['field.with.dots']</c>,
/// <c>[n]</c>, <c>[*]</c>, <c>.*</c> and filters such as <c>[?(@.type=="Ready")]</c>. Missing keys yield no
/// result, as the API server's column evaluation allows them.
/// </summary>
internal sealed class JsonPathQuery
{
    private readonly List<Func<JsonNode?, IEnumerable<JsonNode?>>> _steps;

    private JsonPathQuery(List<Func<JsonNode?, IEnumerable<JsonNode?>>> steps)
    {
        _steps = steps;
    }

    public static JsonPathQuery Parse(string expression)
    {
        var text = expression.Trim();
        if (text.StartsWith('{') && text.EndsWith('}'))
        {
            text = text[1..^1];
        }

        if (text.StartsWith('$'))
        {
            text = text[1..];
        }

        var steps = new List<Func<JsonNode?, IEnumerable<JsonNode?>>>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                i++;
                var start = i;
                while (i < text.Length && text[i] is not ('.' or '['))
                {
                    i++;
                }

                var name = text[start..i];
                if (name.Length > 0)
                {
                    steps.Add(name == "*" ? Children : Field(name));
                }
            }
            else if (text[i] == '[')
            {
                var end = ClosingBracket(text, i);
                steps.Add(Bracket(text[(i + 1)..end].Trim()));
                i = end + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] is not ('.' or '['))
                {
                    i++;
                }

                steps.Add(Field(text[start..i]));
            }
        }

        return new JsonPathQuery(steps);
    }

    public IReadOnlyList<JsonNode?> Evaluate(JsonNode? root)
    {
        IEnumerable<JsonNode?> current = [root];
        foreach (var step in _steps)
        {
            current = current.SelectMany(step).ToList();
        }

        return current.ToList();
    }

    private static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"unclosed bracket in JSONPath {text}");
    }

    private static Func<JsonNode?, IEnumerable<JsonNode?>> Bracket(string inner)
    {
        if (inner == "*")
        {
            return Children;
        }

        if (inner.StartsWith("?(", StringComparison.Ordinal) && inner.EndsWith(')'))
        {
            return Filter(inner[2..^1].Trim());
        }

        if (inner.Length >= 2 && inner[0] is '\'' or '"' && inner[^1] == inner[0])
        {
            return Field(inner[1..^1]);
        }

        if (int.TryParse(inner, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
        {
            return node => node is JsonArray array && (index < 0 ? array.Count + index : index) is var at && at >= 0 && at < array.Count
                ? [array[at]]
                : [];
        }

        throw new FormatException($"unsupported JSONPath subscript [{inner}]");
    }

    private static Func<JsonNode?, IEnumerable<JsonNode?>> Field(string name) =>
        node => node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? [child] : [];

    private static IEnumerable<JsonNode?> Children(JsonNode? node) => node switch
    {
        JsonArray array => array,
        JsonObject obj => obj.Select(p => p.Value),
        _ => [],
    };

    private static Func<JsonNode?, IEnumerable<JsonNode?>> Filter(string condition)
    {
        string[] operators = ["==", "!=", "<=", ">=", "<", ">"];
        var op = operators.Select(o => (Op: o, At: condition.IndexOf(o, StringComparison.Ordinal))).Where(o => o.At > 0).OrderBy(o => o.At).FirstOrDefault();
        var left = Relative(op.Op is null ? condition : condition[..op.At].Trim());
        var right = op.Op is null ? null : Literal(condition[(op.At + op.Op.Length)..].Trim());
        return node => Children(node).Where(item =>
        {
            var values = left.Evaluate(item);
            if (op.Op is null)
            {
                return values.Count > 0;
            }

            return values.Count > 0 && Compare(values[0], op.Op, right);
        });
    }

    private static JsonPathQuery Relative(string operand) =>
        operand.StartsWith('@') ? Parse(operand[1..]) : throw new FormatException($"unsupported JSONPath filter operand {operand}");

    private static JsonNode? Literal(string text)
    {
        if (text.Length >= 2 && text[0] is '\'' or '"' && text[^1] == text[0])
        {
            return JsonValue.Create(text[1..^1]);
        }

        return JsonNode.Parse(text);
    }

    private static bool Compare(JsonNode? value, string op, JsonNode? literal)
    {
        if (op is "==" or "!=")
        {
            var equal = value is JsonValue a && literal is JsonValue b && a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number
                ? a.GetValue<double>() == b.GetValue<double>()
                : JsonNode.DeepEquals(value, literal);
            return op == "==" ? equal : !equal;
        }

        if (value is not JsonValue left || literal is not JsonValue right
            || left.GetValueKind() != JsonValueKind.Number || right.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        var x = left.GetValue<double>();
        var y = right.GetValue<double>();
        return op switch
        {
            "<" => x < y,
            "<=" => x <= y,
            ">" => x > y,
            _ => x >= y,
        };
    }
}
