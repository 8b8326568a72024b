using System.Text.Json.Nodes;

namespace Ferry.Providers.Webhook.JsonPath;

/// <summary>One step of a path: selects children of a node into the next set.</summary>
internal abstract class JsonPathStep
{
    /// <summary>Whether this step can select more than one node (the result becomes a list).</summary>
    public abstract bool IsPlural { get; }

    /// <summary>Adds what this step selects under <paramref name="node"/>; under <paramref name="strict"/> (a plain
    /// path) a missing key or index is an error rather than no match.</summary>
    public abstract void Apply(JsonNode? node, List<JsonNode?> selected, bool strict);

    public sealed class Member(string name) : JsonPathStep
    {
        public override bool IsPlural => false;

        public override void Apply(JsonNode? node, List<JsonNode?> selected, bool strict)
        {
            if (node is JsonObject obj && obj.TryGetPropertyValue(name, out var value))
            {
                selected.Add(value);
            }
            else if (node is JsonArray array && int.TryParse(name, out var index) && index >= 0 && index < array.Count)
            {
                selected.Add(array[index]);
            }
            else if (strict)
            {
                throw new JsonPathException($"unknown key {name}");
            }
        }
    }

    public sealed class Index(int index) : JsonPathStep
    {
        public override bool IsPlural => false;

        public override void Apply(JsonNode? node, List<JsonNode?> selected, bool strict)
        {
            if (node is JsonArray array)
            {
                var position = index < 0 ? array.Count + index : index;
                if (position >= 0 && position < array.Count)
                {
                    selected.Add(array[position]);
                    return;
                }
            }

            if (strict)
            {
                throw new JsonPathException($"index {index} out of range");
            }
        }
    }

    public sealed class Union(IReadOnlyList<string> names) : JsonPathStep
    {
        public override bool IsPlural => true;

        public override void Apply(JsonNode? node, List<JsonNode?> selected, bool strict)
        {
            foreach (var name in names)
            {
                new Member(name).Apply(node, selected, strict: false);
            }
        }
    }

    public sealed class Wildcard : JsonPathStep
    {
        public override bool IsPlural => true;

        public override void Apply(JsonNode? node, List<JsonNode?> selected, bool strict)
        {
            switch (node)
            {
                case JsonObject obj:
                    // PaesslerAG visits object members in key order.
                    selected.AddRange(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value));
                    break;
                case JsonArray array:
                    selected.AddRange(array);
                    break;
            }
        }
    }

    public sealed class Descendants(JsonPathStep inner) : JsonPathStep
    {
        public override bool IsPlural => true;

        public override void Apply(JsonNode? node, List<JsonNode?> selected, bool strict)
        {
            inner.Apply(node, selected, strict: false);
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value),
                JsonArray array => array,
                _ => [],
            };
            foreach (var child in children)
            {
                Apply(child, selected, strict: false);
            }
        }
    }

    public sealed class Filter(Func<JsonNode?, bool> predicate) : JsonPathStep
    {
        public override bool IsPlural => true;

        public override void Apply(JsonNode? node, List<JsonNode?> selected, bool strict)
        {
            IEnumerable<JsonNode?> candidates = node switch
            {
                JsonArray array => array,
                JsonObject obj => obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value),
                _ => [],
            };
            selected.AddRange(candidates.Where(predicate));
        }
    }
}
