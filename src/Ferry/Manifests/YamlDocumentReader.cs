using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Ferry.Manifests;

/// <summary>
/// Reads a multi-document YAML stream into JSON documents, with kubectl's scalar rules (<see cref="YamlScalars"/>).
/// YamlDotNet parses; this class only maps parser events to JSON, because YamlDotNet's own deserializer resolves
/// scalars by YAML 1.2 rules and would read <c>yes</c> as a string where the API server reads a boolean.
/// </summary>
public static class YamlDocumentReader
{
    private const int MaxDepth = 256;

    /// <summary>Reads every document of the stream. Throws <see cref="YamlFormatException"/> on malformed input.</summary>
    public static IReadOnlyList<YamlDocument> Read(TextReader reader)
    {
        var documents = new List<YamlDocument>();
        var parser = new Parser(reader);
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                var anchors = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
                JsonNode? content = null;
                var line = (int)start.Start.Line;
                if (!parser.Accept<DocumentEnd>(out _))
                {
                    // A document starts where its content does, not at its "---" marker.
                    line = (int)parser.Current!.Start.Line;
                    content = ReadNode(parser, anchors, 0);
                }

                parser.Consume<DocumentEnd>();
                documents.Add(new YamlDocument(documents.Count + 1, line, content));
            }

            parser.Consume<StreamEnd>();
        }
        catch (YamlException e)
        {
            throw new YamlFormatException(FirstLine(e.Message), (int)e.Start.Line, (int)e.Start.Column, e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some malformed flow collections; report where parsing stopped.
            var at = parser.Current?.Start ?? Mark.Empty;
            throw new YamlFormatException("malformed YAML", (int)at.Line, (int)at.Column, e);
        }

        return documents;
    }

    /// <summary>Reads every document of a string.</summary>
    public static IReadOnlyList<YamlDocument> Read(string yaml)
    {
        using var reader = new StringReader(yaml);
        return Read(reader);
    }

    private static JsonNode? ReadNode(IParser parser, Dictionary<string, JsonNode?> anchors, int depth)
    {
        if (depth > MaxDepth)
        {
            var at = parser.Current!.Start;
            throw new YamlFormatException($"nesting deeper than {MaxDepth} levels", (int)at.Line, (int)at.Column);
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlFormatException($"unknown anchor '{alias.Value.Value}' referenced", (int)alias.Start.Line, (int)alias.Start.Column);
            }

            return target?.DeepClone();
        }

        JsonNode? node;
        string anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor.IsEmpty ? string.Empty : scalar.Anchor.Value;
            node = ResolveScalar(scalar);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor.IsEmpty ? string.Empty : sequenceStart.Anchor.Value;
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser, anchors, depth + 1));
            }

            node = array;
        }
        else if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            anchor = mappingStart.Anchor.IsEmpty ? string.Empty : mappingStart.Anchor.Value;
            node = ReadMapping(parser, anchors, depth);
        }
        else
        {
            var at = parser.Current!.Start;
            throw new YamlFormatException("unexpected YAML event", (int)at.Line, (int)at.Column);
        }

        if (anchor.Length > 0)
        {
            anchors[anchor] = node;
        }

        return node;
    }

    private static JsonObject ReadMapping(IParser parser, Dictionary<string, JsonNode?> anchors, int depth)
    {
        var map = new JsonObject();
        var explicitKeys = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.Accept<MappingEnd>(out _))
        {
            var keyStart = parser.Current!.Start;
            var key = ReadNode(parser, anchors, depth + 1);
            var value = ReadNode(parser, anchors, depth + 1);
            if (key is JsonValue merge && merge.TryGetValue<string>(out var mergeKey) && mergeKey == "<<" && IsMergeable(value))
            {
                // YAML merge keys: explicitly written keys win over merged ones, as in go-yaml.
                foreach (var source in value is JsonArray list ? [.. list] : new[] { value })
                {
                    foreach (var (name, merged) in source!.AsObject())
                    {
                        if (!explicitKeys.Contains(name) && !map.ContainsKey(name))
                        {
                            map[name] = merged?.DeepClone();
                        }
                    }
                }

                continue;
            }

            var name2 = KeyText(key, keyStart);
            if (explicitKeys.Contains(name2))
            {
                throw new YamlFormatException($"mapping key \"{name2}\" already defined", (int)keyStart.Line, (int)keyStart.Column);
            }

            explicitKeys.Add(name2);
            map[name2] = value;
        }

        parser.Consume<MappingEnd>();
        return map;
    }

    private static bool IsMergeable(JsonNode? value) =>
        value is JsonObject || (value is JsonArray list && list.All(item => item is JsonObject));

    /// <summary>JSON keys are strings; like sigs.k8s.io/yaml, scalar keys of other types become their text.</summary>
    private static string KeyText(JsonNode? key, Mark at) => key switch
    {
        null => "null",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => throw new YamlFormatException("a mapping key must be a scalar", (int)at.Line, (int)at.Column),
    };

    private static JsonNode? ResolveScalar(Scalar scalar)
    {
        try
        {
            if (!scalar.Tag.IsEmpty && scalar.Tag.Value != "!")
            {
                return YamlScalars.ResolveTagged(scalar.Tag.Value, scalar.Value);
            }

            return scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty
                ? YamlScalars.ResolvePlain(scalar.Value)
                : JsonValue.Create(scalar.Value);
        }
        catch (FormatException e)
        {
            throw new YamlFormatException(e.Message, (int)scalar.Start.Line, (int)scalar.Start.Column, e);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
