using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Ferry.Manifests;

/// <summary>
/// Writes JSON documents as YAML meant to be read by people and diffed in Git: block style, strings quoted only
/// where a plain scalar would mean something else to kubectl (<c>"true"</c>, <c>"0777"</c>, <c>""</c>), multi-line
/// strings as literal blocks, and no line folding. The inverse of <see cref="YamlDocumentReader"/>.
/// </summary>
public static class YamlDocumentWriter
{
    // Long lines stay whole: a folded description changes many lines in a diff when one word changes.
    private const int NoFolding = int.MaxValue / 2;

    /// <summary>Writes the documents as one stream; each document starts with <c>---</c>.</summary>
    public static void Write(TextWriter writer, IEnumerable<JsonNode?> documents)
    {
        var emitter = new Emitter(writer, 2, NoFolding);
        emitter.Emit(new StreamStart());
        foreach (var document in documents)
        {
            emitter.Emit(new DocumentStart(null, null, isImplicit: false));
            WriteNode(emitter, document);
            emitter.Emit(new DocumentEnd(isImplicit: true));
        }

        emitter.Emit(new StreamEnd());
    }

    /// <summary>Writes one document with no <c>---</c> marker, as a file holding a single manifest reads best.</summary>
    public static void Write(TextWriter writer, JsonNode? document)
    {
        var emitter = new Emitter(writer, 2, NoFolding);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        WriteNode(emitter, document);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    /// <summary>One document as a string.</summary>
    public static string ToYaml(JsonNode? document)
    {
        using var writer = new StringWriter();
        Write(writer, document);
        return writer.ToString();
    }

    private static void WriteNode(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case null:
                emitter.Emit(Plain("null"));
                break;
            case JsonObject map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, map.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in map)
                {
                    emitter.Emit(Text(key));
                    WriteNode(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, list.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list)
                {
                    WriteNode(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                emitter.Emit(Text(value.GetValue<string>()));
                break;
            default:
                // Numbers and booleans: their JSON text is also their plain YAML text.
                emitter.Emit(Plain(node.ToJsonString()));
                break;
        }
    }

    private static Scalar Plain(string text) =>
        new(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false);

    private static Scalar Text(string text)
    {
        var style = text.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : ReadsBackAsItself(text) ? ScalarStyle.Any
            : ScalarStyle.SingleQuoted;
        return new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: true, isQuotedImplicit: true);
    }

    /// <summary>Whether a plain scalar with this text would be read back as this same string.</summary>
    private static bool ReadsBackAsItself(string text)
    {
        try
        {
            return YamlScalars.ResolvePlain(text) is JsonValue value
                && value.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>() == text;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
