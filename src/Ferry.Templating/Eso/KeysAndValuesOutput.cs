using System.Text;
using Ferry.Templating.Values;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Ferry.Templating.Eso;

/// <summary>
/// Reads a KeysAndValues template's output as ESO does: yaml.Unmarshal into map[string]string, which parses with
/// go-yaml v2 (YAML 1.1) and then lets sigs.k8s.io/yaml turn numbers and booleans into text because the map holds
/// strings (see <see cref="StringMapCoercion"/>). So `port: 5432` gives "5432", `enabled: yes` gives "true", a null
/// gives "", and a later duplicate key wins; only a nested map or list fails, as JSON decoding into a string does.
/// </summary>
internal static class KeysAndValuesOutput
{
    private const string YamlTagPrefix = "tag:yaml.org,2002:";

    public static List<KeyValuePair<string, GoString>> Parse(GoString output) =>
        SimpleKeysAndValues.TryParse(output.ToUtf8String()) ?? ParseYaml(output);

    /// <summary>The general path: a YAML parser's events for the first document, as go-yaml reads only that one
    /// (slow; most outputs take the simple path). A mapping node would reject duplicate keys, so none is built.</summary>
    internal static List<KeyValuePair<string, GoString>> ParseYaml(GoString output)
    {
        var parser = new Parser(new StringReader(output.ToUtf8String()));
        try
        {
            return ReadFirstDocument(parser);
        }
        catch (YamlException exception)
        {
            throw new SecretTemplateException(
                $"could not read the KeysAndValues template output as YAML: line {exception.Start.Line}: {exception.Message}");
        }
    }

    private static List<KeyValuePair<string, GoString>> ReadFirstDocument(Parser parser)
    {
        var result = new List<KeyValuePair<string, GoString>>();
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _))
        {
            return result;
        }

        var anchors = new Dictionary<string, ParsingEvent>(StringComparer.Ordinal);
        var root = parser.Current;
        if (root is not MappingStart)
        {
            // A null document decodes to an empty map; any other scalar or a list cannot fill one.
            return ReadNode(parser, anchors) is Scalar scalar && Resolve(scalar, "") is null
                ? result
                : throw new SecretTemplateException("the KeysAndValues template output is not a map of keys to values");
        }

        parser.MoveNext();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = KeyOf(ReadNode(parser, anchors));
            var value = GoString.FromUtf8(StringMapCoercion.ValueText(ValueOf(key, ReadNode(parser, anchors))));
            if (positions.TryGetValue(key, out var position))
            {
                result[position] = new(key, value);
                continue;
            }

            positions[key] = result.Count;
            result.Add(new(key, value));
        }

        return result;
    }

    /// <summary>One node: a scalar (or the node an alias names), or the start of a collection, whose contents are
    /// skipped because any collection is an error here.</summary>
    private static ParsingEvent ReadNode(Parser parser, Dictionary<string, ParsingEvent> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new SecretTemplateException(
                    $"could not read the KeysAndValues template output as YAML: unknown anchor '{alias.Value.Value}' referenced");
        }

        var node = parser.Current ?? throw new SecretTemplateException("could not read the KeysAndValues template output as YAML: unexpected end");
        parser.SkipThisAndNestedEvents();
        if (node is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            anchors[anchored.Anchor.Value] = node;
        }

        return node;
    }

    private static string KeyOf(ParsingEvent keyNode)
    {
        var resolved = keyNode is Scalar scalar ? Resolve(scalar, "") : null;
        return StringMapCoercion.KeyText(resolved)
            ?? throw new SecretTemplateException(
                $"the KeysAndValues template output has an unsupported map key of type {KeyType(keyNode, resolved)}");
    }

    private static string KeyType(ParsingEvent keyNode, object? resolved) => keyNode switch
    {
        Scalar when resolved is ulong => "uint64",
        Scalar => "null",
        SequenceStart => "sequence",
        _ => "map",
    };

    private static object? ValueOf(string key, ParsingEvent valueNode) => valueNode switch
    {
        Scalar scalar => Resolve(scalar, key),
        SequenceStart => throw NotAString(key, "array"),
        _ => throw NotAString(key, "object"),
    };

    // The Go part is ESO's own text (encoding/json), so users can search for it; the value never appears.
    private static SecretTemplateException NotAString(string key, string jsonKind) =>
        new($"the KeysAndValues template output has a non-string value at key {key}: json: cannot unmarshal {jsonKind} into Go value of type string");

    /// <summary>go-yaml resolves only untagged plain scalars; quoted and block scalars are text, and an explicit
    /// standard tag forces its type.</summary>
    private static object? Resolve(Scalar scalar, string key)
    {
        var text = scalar.Value;
        if (scalar.Tag.IsEmpty)
        {
            return scalar.Style is ScalarStyle.Plain ? GoYamlScalars.ResolvePlain(text) : text;
        }

        var tag = scalar.Tag.Value;
        if (!tag.StartsWith(YamlTagPrefix, StringComparison.Ordinal))
        {
            return text;
        }

        var shortTag = tag[YamlTagPrefix.Length..];
        var resolved = shortTag is "int" or "float" or "bool" or "null" ? GoYamlScalars.ResolvePlain(text) : text;
        return (shortTag, resolved) switch
        {
            ("binary", _) => DecodeBinary(text, key),
            ("int", long or ulong) or ("bool", bool) or ("null", null) or ("float", double) => resolved,
            ("float", long number) => (double)number,
            ("int" or "float" or "bool" or "null", _) => throw new SecretTemplateException(
                $"the KeysAndValues template output has a value at key {key} that is not a valid !!{shortTag}"),
            _ => text,
        };
    }

    private static string DecodeBinary(string text, string key)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            throw new SecretTemplateException($"the KeysAndValues template output has a value at key {key} that is not valid !!binary");
        }
    }
}
