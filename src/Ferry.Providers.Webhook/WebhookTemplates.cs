using System.Text;
using Ferry.Templating;
using Ferry.Templating.Functions;
using Ferry.Templating.Values;

namespace Ferry.Providers.Webhook;

/// <summary>
/// The templates of a webhook store (url, body, headers, result.jsonPath) executed as ESO does: Go text/template with
/// ESO's function map over a <c>map[string]map[string]string</c> holding <c>remoteRef</c> and each named Secret.
/// Parsed templates are cached by text; execution errors never quote a value.
/// </summary>
internal sealed class WebhookTemplates(TimeProvider time)
{
    private static readonly GoType DataType = GoType.MapOf(GoType.MapOfString);

    private readonly TemplateCache _cache = new(256);
    private readonly TemplateOptions _options = new() { Functions = EsoFunctions.Create(time) };

    public static GoMap Data(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sections)
    {
        var data = new GoMap(DataType);
        foreach (var (name, values) in sections)
        {
            data.Entries[GoString.FromUtf8(name)] = GoMap.OfStrings(values.Select(v => KeyValuePair.Create(v.Key, GoString.FromUtf8(v.Value))));
        }

        return data;
    }

    /// <summary>An empty template gives empty output, as in ESO.</summary>
    public byte[] Execute(string? template, GoMap data, string what)
    {
        if (string.IsNullOrEmpty(template))
        {
            return [];
        }

        try
        {
            return _cache.GetOrParse("webhooktemplate", template, _options).Execute(data).ToArray();
        }
        catch (TemplateException ex)
        {
            throw new ProviderException($"failed to parse {what}: {ex.Message}", ex);
        }
    }

    public string ExecuteString(string? template, GoMap data, string what) => Encoding.UTF8.GetString(Execute(template, data, what));
}
