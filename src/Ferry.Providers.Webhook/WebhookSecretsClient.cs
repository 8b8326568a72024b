using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Webhook;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Webhook.JsonPath;

namespace Ferry.Providers.Webhook;

/// <summary>
/// ESO's webhook client: each read renders the URL (query-escaped remoteRef), body and headers (raw remoteRef) and
/// calls the endpoint; <c>result.jsonPath</c> (itself a template) picks the value out of a JSON response.
/// </summary>
internal sealed class WebhookSecretsClient(
    WebhookProvider spec, WebhookSession session, WebhookTemplates templates, string? consumerNamespace,
    WebhookRetryOptions retry, TimeProvider time) : ISecretsClient
{
    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var body = await ReadAsync(remoteRef, cancellationToken);
        var jsonPath = templates.ExecuteString(spec.Result?.JsonPath, RawData(remoteRef), "result.jsonPath");
        if (jsonPath.Length == 0)
        {
            return SecretValue.FromBytes(body);
        }

        return WebhookValues.Single(Select(Parse(body, "failed to parse response json"), jsonPath));
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var jsonPath = templates.ExecuteString(spec.Result?.JsonPath, RawData(remoteRef), "result.jsonPath");
        var body = await ReadAsync(remoteRef, cancellationToken);
        var node = Parse(body, "failed to parse response json");
        if (jsonPath.Length > 0)
        {
            node = Select(node, jsonPath);
        }

        // A string is itself parsed as JSON: endpoints often wrap the secret's JSON in a string field.
        if (node is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            node = Parse(Encoding.UTF8.GetBytes(text.GetValue<string>()), "failed to parse response json from jsonpath");
        }

        if (node is not JsonObject obj)
        {
            throw new ProviderException($"failed to get response (wrong type: {GoTypeName(node)})");
        }

        return obj.ToDictionary(p => p.Key, p => WebhookValues.Member(p.Value), StringComparer.Ordinal);
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken) =>
        throw new UnsupportedOperationException("not implemented: the webhook provider cannot find secrets");

    public async ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.RemoteKey))
        {
            throw new ProviderException("remote key must be defined");
        }

        var value = ExtractValue(request);
        var raw = PushData(request, Encoding.UTF8.GetString(value), escape: false);
        var escaped = PushData(request, Encoding.UTF8.GetString(value), escape: true);
        var url = templates.ExecuteString(spec.Url, escaped, "url");
        // ESO's default body is {{ .remoteRef.KEY }}, which Go cannot parse for keys with '-' or '/'; index gives the
        // same output for every key.
        var quotedKey = request.RemoteKey.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var bodyTemplate = string.IsNullOrEmpty(spec.Body) ? $"{{{{ index .remoteRef \"{quotedKey}\" }}}}" : spec.Body;
        var body = templates.Execute(bodyTemplate, raw, "body");
        var method = string.IsNullOrEmpty(spec.Method) ? HttpMethod.Post : new HttpMethod(spec.Method);
        try
        {
            (await SendAsync(method, url, body, raw, cancellationToken)).EnsureSuccess();
        }
        catch (SecretNotFoundException)
        {
            throw new ProviderException("failed to push webhook data: endpoint gave error 404 Not Found");
        }
        catch (ProviderException ex)
        {
            throw new ProviderException($"failed to push webhook data: {ex.Message}", ex);
        }
    }

    public async ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var data = Data(new Dictionary<string, string> { ["remoteKey"] = remoteRef.RemoteKey });
        var url = templates.ExecuteString(spec.Url, data, "url");
        var response = await SendAsync(HttpMethod.Delete, url, null, data, cancellationToken);
        var code = (int)response.Status;
        if (code != 404 && code is < 200 or >= 300)
        {
            throw new ProviderException($"delete endpoint gave error {code} {response.Reason}");
        }
    }

    public async ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        try
        {
            await ReadAsync(new ExternalSecretDataRemoteRef { Key = remoteRef.RemoteKey }, cancellationToken);
            return true;
        }
        catch (SecretNotFoundException)
        {
            return false;
        }
    }

    public async ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) =>
        await WebhookValidator.ValidateAsync(templates.ExecuteString(spec.Url, RawData(new ExternalSecretDataRemoteRef()), "url"), time, cancellationToken);

    public ValueTask DisposeAsync()
    {
        session.Http.Dispose();
        return ValueTask.CompletedTask;
    }

    private static JsonNode? Select(JsonNode? node, string jsonPath)
    {
        try
        {
            return JsonPathQuery.Evaluate(jsonPath, node);
        }
        catch (JsonPathException ex)
        {
            throw new ProviderException($"failed to get response path {jsonPath}: {ex.Message}");
        }
    }

    private static JsonNode? Parse(byte[] body, string context)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            // The parser's message can quote the response, which is the secret.
            throw new ProviderException($"{context}: the response is not valid JSON");
        }
    }

    private static string GoTypeName(JsonNode? node) => node switch
    {
        null => "<nil>",
        JsonArray => "[]interface {}",
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => "float64",
        _ => "string",
    };

    // ESO's ExtractSecretData: the named key, or the whole Secret as JSON without HTML escaping.
    private static byte[] ExtractValue(PushSecretRequest request)
    {
        if (string.IsNullOrEmpty(request.SecretKey))
        {
            var all = request.SourceData.ToDictionary(e => e.Key, e => e.Value.Reveal(), StringComparer.Ordinal);
            return Encoding.UTF8.GetBytes(Values.GoJson.MarshalStringMap(all, escapeHtml: false));
        }

        return request.SourceData.TryGetValue(request.SecretKey, out var value)
            ? value.ToArray()
            : throw new ProviderException($"failed to find secret key in secret with key: {request.SecretKey}");
    }

    private async Task<byte[]> ReadAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        var raw = RawData(remoteRef);
        var url = templates.ExecuteString(spec.Url, EscapedData(remoteRef), "url");
        var body = templates.Execute(spec.Body, raw, "body");
        var method = string.IsNullOrEmpty(spec.Method) ? HttpMethod.Get : new HttpMethod(spec.Method);
        return (await SendAsync(method, url, body.Length == 0 ? null : body, raw, cancellationToken)).EnsureSuccess();
    }

    private Task<WebhookResponse> SendAsync(
        HttpMethod method, string url, byte[]? body, Ferry.Templating.Values.GoMap headerData, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ProviderException("failed to create request: the rendered url is not an absolute http(s) URL");
        }

        var headers = (spec.Headers ?? []).Select(h => (h.Key, Value: templates.ExecuteString(h.Value, headerData, $"header {h.Key}"))).ToList();
        var sender = new WebhookHttpSender(session.Http, session.Timeout, retry, time);
        return sender.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(method, uri);
                if (body is not null)
                {
                    request.Content = new ByteArrayContent(body);
                }

                foreach (var (name, value) in headers)
                {
                    if (!request.Headers.TryAddWithoutValidation(name, value))
                    {
                        request.Content ??= new ByteArrayContent([]);
                        request.Content.Headers.TryAddWithoutValidation(name, value);
                    }
                }

                if (session.BasicAuthorization is { } basic)
                {
                    // As in ESO, configured auth overrides an Authorization header from headers.
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
                }

                return request;
            },
            cancellationToken);
    }

    private Ferry.Templating.Values.GoMap RawData(ExternalSecretDataRemoteRef remoteRef) => Data(new Dictionary<string, string>
    {
        ["key"] = remoteRef.Key ?? string.Empty,
        ["version"] = remoteRef.Version ?? string.Empty,
        ["property"] = remoteRef.Property ?? string.Empty,
        ["namespace"] = consumerNamespace ?? string.Empty,
    });

    private Ferry.Templating.Values.GoMap EscapedData(ExternalSecretDataRemoteRef remoteRef) => Data(new Dictionary<string, string>
    {
        ["key"] = QueryEscape(remoteRef.Key ?? string.Empty),
        ["version"] = QueryEscape(remoteRef.Version ?? string.Empty),
        ["property"] = QueryEscape(remoteRef.Property ?? string.Empty),
        ["namespace"] = consumerNamespace ?? string.Empty,
    });

    private Ferry.Templating.Values.GoMap PushData(PushSecretRequest request, string value, bool escape)
    {
        string Escape(string text) => escape ? QueryEscape(text) : text;
        var remoteRef = new Dictionary<string, string> { ["remoteKey"] = Escape(request.RemoteKey) };
        if (!string.IsNullOrEmpty(request.SecretKey))
        {
            remoteRef["secretKey"] = Escape(request.SecretKey);
        }

        remoteRef[request.RemoteKey] = Escape(value);
        return Data(remoteRef);
    }

    private Ferry.Templating.Values.GoMap Data(Dictionary<string, string> remoteRef)
    {
        var sections = new Dictionary<string, IReadOnlyDictionary<string, string>>(session.Secrets, StringComparer.Ordinal)
        {
            ["remoteRef"] = remoteRef,
        };
        return WebhookTemplates.Data(sections);
    }

    // Go's url.QueryEscape: space becomes '+', everything outside unreserved characters is percent-encoded.
    private static string QueryEscape(string text) => Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal);
}
