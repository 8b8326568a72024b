using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api.Regexp;
using Ferry.Api.V1;
using Ferry.Providers;
using Ferry.Providers.Values;
using Ferry.Templating;
using Ferry.Templating.Functions;
using Ferry.Templating.Execution;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// dataFrom[].rewrite, applied in order (eso-behaviour.md §2.3 item 8): regexp renames keys with Go's
/// ReplaceAllString, transform renames them with a template over <c>{"value": key}</c>, merge combines the JSON
/// values. Errors name keys and positions, never values.
/// </summary>
internal sealed class KeyRewrites(TemplateCache cache, string leftDelimiter, string rightDelimiter)
{
    private readonly TemplateOptions _options = new()
    {
        LeftDelimiter = leftDelimiter,
        RightDelimiter = rightDelimiter,
        Functions = EsoFunctions.Library,
        Execution = new ExecutionSettings { MissingKey = MissingKeyOption.Error, RedactValuesInErrors = true },
    };

    public IReadOnlyDictionary<string, SecretValue> Apply(IReadOnlyList<ExternalSecretRewrite> rewrites, IReadOnlyDictionary<string, SecretValue> values)
    {
        var current = values;
        for (var i = 0; i < rewrites.Count; i++)
        {
            var rewrite = rewrites[i];
            if (rewrite.Regexp is { } regexp)
            {
                current = Regexp(regexp, current);
            }
            else if (rewrite.Transform is { } transform)
            {
                current = Transform(transform, current);
            }
            else if (rewrite.Merge is { } merge)
            {
                current = Merge(merge, current);
            }
        }

        return current;
    }

    private static Dictionary<string, SecretValue> Regexp(ExternalSecretRewriteRegexp regexp, IReadOnlyDictionary<string, SecretValue> values)
    {
        GoRegexp compiled;
        try
        {
            compiled = GoRegex.Compile(regexp.Source);
        }
        catch (GoRegexException ex)
        {
            throw new ProviderException($"failed to compile regular expression: {ex.Message}", ex);
        }

        var result = new Dictionary<string, SecretValue>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            result[compiled.ReplaceAll(key, regexp.Target)] = value;
        }

        return result;
    }

    private Dictionary<string, SecretValue> Transform(ExternalSecretRewriteTransform transform, IReadOnlyDictionary<string, SecretValue> values)
    {
        GoTemplate template;
        try
        {
            template = cache.GetOrParse("transform", transform.Template, _options);
        }
        catch (TemplateParseException ex)
        {
            throw new ProviderException($"could not parse template: {ex.Message}", ex);
        }

        var result = new Dictionary<string, SecretValue>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var data = TemplateData.FromSecretData([new KeyValuePair<string, byte[]>("value", Encoding.UTF8.GetBytes(key))]);
            string renamed;
            try
            {
                renamed = template.Execute(data).ToUtf8String();
            }
            catch (TemplateExecutionException ex)
            {
                throw new ProviderException($"could not execute template: {ex.Message}", ex);
            }

            result[renamed] = value;
        }

        return result;
    }

    private static Dictionary<string, SecretValue> Merge(ExternalSecretRewriteMerge merge, IReadOnlyDictionary<string, SecretValue> values)
    {
        var priority = merge.Priority ?? [];
        var strict = (merge.PriorityPolicy ?? PriorityPolicy.Strict) == PriorityPolicy.Strict;
        foreach (var key in priority)
        {
            if (!values.ContainsKey(key) && strict)
            {
                throw new ProviderException($"merge: priority key {key} not found in the secret map");
            }
        }

        var prioritySet = priority.ToHashSet(StringComparer.Ordinal);
        var order = values.Keys.Where(k => !prioritySet.Contains(k)).Order(StringComparer.Ordinal)
            .Concat(priority.Where(values.ContainsKey));
        var conflictIsError = (merge.ConflictPolicy ?? ConflictPolicy.Error) == ConflictPolicy.Error;
        var merged = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var key in order)
        {
            JsonObject parsed;
            try
            {
                parsed = JsonNode.Parse(values[key].Bytes.Span) as JsonObject
                    ?? throw new ProviderException($"merge: the value of key {key} is not a JSON object");
            }
            catch (JsonException)
            {
                throw new ProviderException($"merge: the value of key {key} is not valid JSON");
            }

            foreach (var (field, node) in parsed.ToList())
            {
                if (merged.ContainsKey(field) && conflictIsError)
                {
                    throw new ProviderException($"merge: conflict on field {field} from key {key}");
                }

                parsed.Remove(field);
                merged[field] = node;
            }
        }

        if ((merge.Strategy ?? MergeStrategy.Extract) == MergeStrategy.Json)
        {
            if (string.IsNullOrEmpty(merge.Into))
            {
                throw new ProviderException("merge: into is required when strategy is JSON");
            }

            var result = new Dictionary<string, SecretValue>(values, StringComparer.Ordinal)
            {
                [merge.Into] = SecretValue.FromString(CompactJson(merged)),
            };
            return result;
        }

        var extracted = new Dictionary<string, SecretValue>(merged.Count, StringComparer.Ordinal);
        foreach (var (field, node) in merged)
        {
            extracted[field] = ByteValue(node);
        }

        return extracted;
    }

    // ESO's GetByteValue: strings raw, numbers without a trailing ".0", booleans as words, the rest as JSON.
    private static SecretValue ByteValue(JsonNode? node) => node switch
    {
        null => SecretValue.FromString("null"),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => SecretValue.FromString(value.GetValue<string>()),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => SecretValue.FromString(TrimZeroFraction(value.ToJsonString())),
        JsonValue value => SecretValue.FromString(value.ToJsonString()),
        _ => SecretValue.FromString(CompactJson(node)),
    };

    private static string TrimZeroFraction(string number) =>
        number.EndsWith(".0", StringComparison.Ordinal) ? number[..^2] : number;

    // ESO's JSONMarshal: keys sorted, no HTML escaping.
    private static string CompactJson(IEnumerable<KeyValuePair<string, JsonNode?>> members)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (key, node) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            GoJson.AppendString(builder, key, escapeHtml: false);
            builder.Append(':').Append(CompactJson(node));
        }

        return builder.Append('}').ToString();
    }

    private static string CompactJson(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject obj => CompactJson(obj.Select(m => m)),
        JsonArray array => "[" + string.Join(',', array.Select(CompactJson)) + "]",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Quote(value.GetValue<string>()),
        _ => node.ToJsonString(),
    };

    private static string Quote(string text)
    {
        var builder = new StringBuilder();
        GoJson.AppendString(builder, text, escapeHtml: false);
        return builder.ToString();
    }
}
