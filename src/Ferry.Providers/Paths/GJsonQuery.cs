using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ferry.Providers.Paths;

/// <summary>
/// A gjson array query, <c>#(path op value)</c> for the first matching element or <c>#(...)#</c> for all of them.
/// Operators: <c>== = != &lt; &lt;= &gt; &gt;= % !%</c> (the last two are wildcard matches); without an operator
/// the query tests that the path exists. A string value compares only with strings, a number with numbers, and
/// true/false/null with their own kind, as in gjson.
/// </summary>
internal sealed class GJsonQuery
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "!%", "<", ">", "%", "="];

    private readonly string _path;
    private readonly string? _operator;
    private readonly GJsonResult _value;

    private GJsonQuery(string path, string? op, GJsonResult value)
    {
        _path = path;
        _operator = op;
        _value = value;
    }

    public static GJsonQuery Parse(string condition)
    {
        var (position, op) = FindOperator(condition);
        if (op is null)
        {
            return new GJsonQuery(condition.Trim(), null, GJsonResult.Missing);
        }

        var literal = condition[(position + op.Length)..].Trim();
        var value = ParseLiteral(literal);
        return new GJsonQuery(condition[..position].Trim(), op == "=" ? "==" : op, value);
    }

    public bool Matches(JsonElement element)
    {
        var left = _path.Length == 0 ? GJson.FromElement(element) : GJson.Get(element.GetRawText(), _path);
        if (!left.Exists)
        {
            return false;
        }

        if (_operator is null)
        {
            return true;
        }

        if (!_value.Exists || !SameKind(left.Type, _value.Type))
        {
            return _operator == "!=" && _value.Exists;
        }

        return _value.Type switch
        {
            GJsonType.String => CompareStrings(left.Text, _value.Text),
            GJsonType.Number => CompareNumbers(Number(left.Raw), Number(_value.Raw)),
            _ => _operator switch
            {
                "==" => left.Type == _value.Type,
                "!=" => left.Type != _value.Type,
                _ => false,
            },
        };
    }

    private bool CompareStrings(string left, string right) => _operator switch
    {
        "==" => left == right,
        "!=" => left != right,
        "<" => string.CompareOrdinal(left, right) < 0,
        "<=" => string.CompareOrdinal(left, right) <= 0,
        ">" => string.CompareOrdinal(left, right) > 0,
        ">=" => string.CompareOrdinal(left, right) >= 0,
        "%" => Wildcard(right).IsMatch(left),
        "!%" => !Wildcard(right).IsMatch(left),
        _ => false,
    };

    private bool CompareNumbers(double left, double right) => _operator switch
    {
        "==" => left == right,
        "!=" => left != right,
        "<" => left < right,
        "<=" => left <= right,
        ">" => left > right,
        ">=" => left >= right,
        _ => false,
    };

    private static bool SameKind(GJsonType left, GJsonType right) =>
        left == right || (left is GJsonType.True or GJsonType.False && right is GJsonType.True or GJsonType.False);

    private static double Number(string raw) => double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static Regex Wildcard(string pattern) => new(
        "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static GJsonResult ParseLiteral(string literal)
    {
        try
        {
            using var document = JsonDocument.Parse(literal);
            var element = document.RootElement;
            return element.ValueKind switch
            {
                JsonValueKind.String => new GJsonResult(true, GJsonType.String, literal, element.GetString()!),
                JsonValueKind.Number => new GJsonResult(true, GJsonType.Number, literal, literal),
                JsonValueKind.True => new GJsonResult(true, GJsonType.True, "true", "true"),
                JsonValueKind.False => new GJsonResult(true, GJsonType.False, "false", "false"),
                JsonValueKind.Null => new GJsonResult(true, GJsonType.Null, "null", string.Empty),
                _ => GJsonResult.Missing,
            };
        }
        catch (JsonException)
        {
            return GJsonResult.Missing;
        }
    }

    // The first operator outside quoted strings and nested queries.
    private static (int Position, string? Operator) FindOperator(string condition)
    {
        var inString = false;
        var depth = 0;
        for (var i = 0; i < condition.Length; i++)
        {
            var c = condition[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                inString = !inString;
                continue;
            }

            if (!inString && c is '(' or ')')
            {
                depth += c == '(' ? 1 : -1;
                continue;
            }

            if (inString || depth > 0)
            {
                continue;
            }

            foreach (var op in Operators)
            {
                if (condition.AsSpan(i).StartsWith(op, StringComparison.Ordinal))
                {
                    return (i, op);
                }
            }
        }

        return (-1, null);
    }
}
