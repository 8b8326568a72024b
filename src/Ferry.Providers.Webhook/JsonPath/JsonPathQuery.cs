using System.Globalization;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Webhook.JsonPath;

/// <summary>
/// The JSONPath subset ESO's webhook users write (ESO evaluates with PaesslerAG/jsonpath): <c>$</c>, <c>.name</c>,
/// <c>['name']</c>, <c>[n]</c> (negative from the end), <c>*</c> / <c>[*]</c>, <c>..name</c>, unions
/// <c>['a','b']</c> and filters <c>[?(@.field == 'x')]</c> with ==, !=, &lt;, &lt;=, &gt;, &gt;=, &amp;&amp; and ||.
/// As in PaesslerAG, a path with a wildcard, descent, union or filter yields a list; a plain path one value, and a
/// missing key is an error.
/// </summary>
internal static class JsonPathQuery
{
    public static JsonNode? Evaluate(string path, JsonNode? root)
    {
        var steps = JsonPathParser.Parse(path);
        var current = new List<JsonNode?> { root };
        var plural = false;
        foreach (var step in steps)
        {
            plural |= step.IsPlural;
            var next = new List<JsonNode?>();
            foreach (var node in current)
            {
                step.Apply(node, next, strict: !plural);
            }

            current = next;
        }

        if (plural)
        {
            return new JsonArray([.. current.Select(n => n?.DeepClone())]);
        }

        return current.Count == 1 ? current[0] : throw new JsonPathException($"path {path} selected nothing");
    }

    internal static int Compare(JsonNode? left, JsonNode? right)
    {
        if (TryNumber(left, out var a) && TryNumber(right, out var b))
        {
            return a.CompareTo(b);
        }

        return string.CompareOrdinal(Text(left), Text(right));
    }

    internal static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        if (TryNumber(left, out var a) && TryNumber(right, out var b))
        {
            return a == b;
        }

        return JsonNode.DeepEquals(left, right);
    }

    private static bool TryNumber(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString() ?? "null";
}
