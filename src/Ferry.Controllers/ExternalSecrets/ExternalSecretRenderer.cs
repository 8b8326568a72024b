using Ferry.Api.V1;
using Ferry.Templating;
using Ferry.Templating.Eso;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// What an ExternalSecret's target Secret would contain for a given provider data map: its own template applied
/// by <see cref="SecretTemplateRenderer"/>, or, without a template, the data as is with the ExternalSecret's own
/// labels and annotations (as ESO copies them).
/// </summary>
public sealed class ExternalSecretRenderer(SecretTemplateRenderer renderer)
{
    public ExternalSecretRenderer(string leftDelimiter = "{{", string rightDelimiter = "}}")
        : this(new SecretTemplateRenderer(new TemplateCache(), leftDelimiter, rightDelimiter))
    {
    }

    public RenderedSecret Render(ExternalSecret externalSecret, IReadOnlyDictionary<string, byte[]> providerData, ITemplateSourceReader sources)
    {
        if (externalSecret.Spec.Target?.Template is { } template)
        {
            return renderer.Render(ExternalSecretTemplateMapping.ToSecretTemplate(template), providerData, sources);
        }

        var secret = new RenderedSecret();
        foreach (var (key, value) in providerData)
        {
            secret.Data[key] = value;
        }

        foreach (var (key, value) in externalSecret.Metadata.Labels ?? new Dictionary<string, string>())
        {
            secret.Labels[key] = value;
        }

        foreach (var (key, value) in externalSecret.Metadata.Annotations ?? new Dictionary<string, string>())
        {
            secret.Annotations[key] = value;
        }

        return secret;
    }
}
