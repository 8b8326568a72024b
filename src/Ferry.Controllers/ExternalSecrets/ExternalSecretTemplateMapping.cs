using Ferry.Api.V1;
using Ferry.Templating.Eso;
using EsoMergePolicy = Ferry.Templating.Eso.MergePolicy;
using EsoScope = Ferry.Templating.Eso.TemplateScope;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// Maps the API's spec.target.template onto Ferry.Templating's template model; the controller and
/// `ferry render` share it, so an offline render is what the controller writes.
/// </summary>
public static class ExternalSecretTemplateMapping
{
    public static SecretTemplate ToSecretTemplate(ExternalSecretTemplate template) => new()
    {
        Type = template.Type,
        EngineVersion = "v2",
        Labels = template.Metadata?.Labels ?? [],
        Annotations = template.Metadata?.Annotations ?? [],
        MergePolicy = template.MergePolicy == TemplateMergePolicy.Merge ? EsoMergePolicy.Merge : EsoMergePolicy.Replace,
        Data = template.Data ?? [],
        TemplateFrom = [.. (template.TemplateFrom ?? []).Select(ToEntry)],
    };

    private static TemplateFromEntry ToEntry(TemplateFrom from) => new()
    {
        ConfigMap = from.ConfigMap is { } configMap ? ToReference(configMap) : null,
        Secret = from.Secret is { } secret ? ToReference(secret) : null,
        Literal = from.Literal,
        Target = string.IsNullOrEmpty(from.Target) ? "Data" : from.Target,
        ValuesDecodingStrategy = from.ValuesDecodingStrategy switch
        {
            ExternalSecretDecodingStrategy.Base64 => ValuesDecodingStrategy.Base64,
            ExternalSecretDecodingStrategy.Base64Url => ValuesDecodingStrategy.Base64Url,
            ExternalSecretDecodingStrategy.Auto => ValuesDecodingStrategy.Auto,
            _ => ValuesDecodingStrategy.None,
        },
    };

    private static TemplateSourceReference ToReference(TemplateRef reference) => new(
        reference.Name,
        [.. reference.Items.Select(i => new TemplateSourceItem(i.Key, i.TemplateAs == Api.V1.TemplateScope.KeysAndValues ? EsoScope.KeysAndValues : EsoScope.Values))]);
}
