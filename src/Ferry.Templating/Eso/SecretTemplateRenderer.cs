using Ferry.Templating.Execution;
using Ferry.Templating.Functions;
using Ferry.Templating.Values;

namespace Ferry.Templating.Eso;

/// <summary>
/// Applies an ExternalSecret's target template the way ESO's ApplyTemplate does: metadata copied raw, provider
/// data kept only for mergePolicy Merge or a metadata-only template, templateFrom entries in order (ConfigMap
/// items, Secret items, literal), then template.data (which wins), then the rendered labels and annotations.
/// The template data is the provider map (secret key to bytes) and nothing else; missingkey is error.
/// </summary>
public sealed class SecretTemplateRenderer
{
    private readonly TemplateCache _cache;
    private readonly TemplateOptions _options;

    public SecretTemplateRenderer(TemplateCache cache, string leftDelimiter = "{{", string rightDelimiter = "}}", bool redactValuesInErrors = true)
    {
        _cache = cache;
        _options = new TemplateOptions
        {
            LeftDelimiter = leftDelimiter,
            RightDelimiter = rightDelimiter,
            Functions = EsoFunctions.Library,
            Execution = new ExecutionSettings { MissingKey = MissingKeyOption.Error, RedactValuesInErrors = redactValuesInErrors },
        };
    }

    public RenderedSecret Render(SecretTemplate template, IReadOnlyDictionary<string, byte[]> providerData, ITemplateSourceReader sources)
    {
        if (template.EngineVersion is { Length: > 0 } version && version != "v2")
        {
            throw new SecretTemplateException(
                $"template engine version {version} is not supported: ESO 2.x and Ferry only run engineVersion v2");
        }

        var secret = new RenderedSecret();
        foreach (var (key, value) in template.Labels)
        {
            secret.Labels[key] = value;
        }

        foreach (var (key, value) in template.Annotations)
        {
            secret.Annotations[key] = value;
        }

        if (!string.IsNullOrEmpty(template.Type))
        {
            secret.Type = template.Type;
        }

        if (template.MergePolicy == MergePolicy.Merge || (template.Data.Count == 0 && template.TemplateFrom.Count == 0))
        {
            foreach (var (key, value) in providerData)
            {
                secret.Data[key] = value;
            }
        }

        var data = TemplateData.FromSecretData(providerData);
        foreach (var entry in template.TemplateFrom)
        {
            ApplyTemplateFrom(entry, data, sources, secret);
        }

        ApplyValues(template.Data, data, TemplateTarget.Data, ValuesDecodingStrategy.None, secret);
        ApplyValues(template.Labels, data, TemplateTarget.Labels, ValuesDecodingStrategy.None, secret);
        ApplyValues(template.Annotations, data, TemplateTarget.Annotations, ValuesDecodingStrategy.None, secret);
        return secret;
    }

    private void ApplyTemplateFrom(TemplateFromEntry entry, GoMap data, ITemplateSourceReader sources, RenderedSecret secret)
    {
        var target = TemplateTargets.Parse(entry.Target);
        if (entry.ConfigMap is { } configMap)
        {
            var values = sources.ReadConfigMap(configMap.Name)
                ?? throw new SecretTemplateException($"error in configmap {configMap.Name}: not found");
            foreach (var item in configMap.Items)
            {
                if (!values.TryGetValue(item.Key, out var text))
                {
                    throw new SecretTemplateException($"error in configmap {configMap.Name}: missing key {item.Key}");
                }

                ApplyItem(item, text, data, target, entry.ValuesDecodingStrategy, secret);
            }
        }

        if (entry.Secret is { } secretSource)
        {
            var values = sources.ReadSecret(secretSource.Name)
                ?? throw new SecretTemplateException($"error in secret {secretSource.Name}: not found");
            foreach (var item in secretSource.Items)
            {
                if (!values.TryGetValue(item.Key, out var bytes))
                {
                    throw new SecretTemplateException($"error in secret {secretSource.Name}: missing key {item.Key}");
                }

                ApplyItem(item, GoString.FromBytes(bytes).ToUtf8String(), data, target, entry.ValuesDecodingStrategy, secret);
            }
        }

        if (entry.Literal is { } literal)
        {
            ApplyKeysAndValues(literal, data, target, entry.ValuesDecodingStrategy, secret);
        }
    }

    private void ApplyItem(TemplateSourceItem item, string text, GoMap data, TemplateTarget target, ValuesDecodingStrategy decoding, RenderedSecret secret)
    {
        if (item.TemplateAs == TemplateScope.KeysAndValues)
        {
            ApplyKeysAndValues(text, data, target, decoding, secret);
            return;
        }

        ApplyValues(new Dictionary<string, string> { [item.Key] = text }, data, target, decoding, secret);
    }

    private void ApplyValues(
        IReadOnlyDictionary<string, string> templates,
        GoMap data,
        TemplateTarget target,
        ValuesDecodingStrategy decoding,
        RenderedSecret secret)
    {
        foreach (var (key, text) in templates)
        {
            GoString rendered;
            try
            {
                rendered = Execute(key, text, data);
            }
            catch (SecretTemplateException exception)
            {
                // ESO wraps Values-scope failures a second time with the same key.
                throw new SecretTemplateException($"unable to execute template at key {key}: {exception.Message}", exception);
            }

            Store(secret, target, key, ValueDecoder.Decode(key, rendered, decoding));
        }
    }

    private void ApplyKeysAndValues(string text, GoMap data, TemplateTarget target, ValuesDecodingStrategy decoding, RenderedSecret secret)
    {
        var rendered = Execute(text, text, data);
        foreach (var (key, value) in KeysAndValuesOutput.Parse(rendered))
        {
            Store(secret, target, key, ValueDecoder.Decode(key, value, decoding));
        }
    }

    private GoString Execute(string name, string text, GoMap data)
    {
        GoTemplate parsed;
        try
        {
            parsed = _cache.GetOrParse(name, text, _options);
        }
        catch (TemplateParseException exception)
        {
            throw new SecretTemplateException($"unable to parse template at key {name}: {exception.Message}", exception);
        }

        try
        {
            return parsed.Execute(data);
        }
        catch (TemplateExecutionException exception)
        {
            throw new SecretTemplateException($"unable to execute template at key {name}: {exception.Message}", exception);
        }
    }

    private static void Store(RenderedSecret secret, TemplateTarget target, string key, GoString value)
    {
        switch (target)
        {
            case TemplateTarget.Data:
                secret.Data[key] = value.ToArray();
                break;
            case TemplateTarget.Labels:
                secret.Labels[key] = value.ToUtf8String();
                break;
            default:
                secret.Annotations[key] = value.ToUtf8String();
                break;
        }
    }
}
