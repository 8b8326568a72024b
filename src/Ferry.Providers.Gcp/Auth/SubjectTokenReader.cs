using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// Reads the subject token a credConfig's credential_source names: a file, or a GET of a URL with the configured
/// headers; as plain text or one field of a JSON document. Errors name the source and field, never the content.
/// </summary>
internal sealed class SubjectTokenReader(HttpClient http, TimeProvider time, TimeSpan timeout)
{
    // Subject tokens are JWTs or SAML assertions of a few kilobytes; anything far larger is not one.
    private const int MaxTokenBytes = 64 * 1024;

    public async Task<SecretValue> ReadAsync(ExternalCredentialSource source, CancellationToken cancellationToken)
    {
        var (origin, text) = source.File is { } file
            ? ($"credential_source.file \"{file}\"", await ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
            : ($"credential_source.url \"{source.Url}\"", await ReadUrlAsync(source, cancellationToken).ConfigureAwait(false));
        var token = source.FormatType == "json" ? Field(text, source.SubjectTokenFieldName!, origin) : text.Trim();
        return string.IsNullOrEmpty(token)
            ? throw new ProviderException($"auth.workloadIdentityFederation.credConfig: {origin} gave an empty subject token")
            : SecretValue.FromString(token);
    }

    private static async Task<string> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            if (new FileInfo(path).Length > MaxTokenBytes)
            {
                throw new ProviderException($"auth.workloadIdentityFederation.credConfig: credential_source.file \"{path}\" is larger than {MaxTokenBytes} bytes");
            }

            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ProviderException($"auth.workloadIdentityFederation.credConfig: cannot read credential_source.file \"{path}\": {ex.GetType().Name}", ex);
        }
    }

    private async Task<string> ReadUrlAsync(ExternalCredentialSource source, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
        foreach (var (name, value) in source.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                // The body of a refusal is not quoted: a token service may echo what it was sent.
                throw new ProviderException($"auth.workloadIdentityFederation.credConfig: credential_source.url \"{source.Url}\" answered HTTP {(int)response.StatusCode}");
            }

            // Buffering with a limit refuses an oversized answer whether or not it declared its length.
            await response.Content.LoadIntoBufferAsync(MaxTokenBytes, linked.Token).ConfigureAwait(false);
            return await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ProviderException($"auth.workloadIdentityFederation.credConfig: credential_source.url \"{source.Url}\" did not answer within {timeout.TotalSeconds:0.#} s", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ProviderException($"auth.workloadIdentityFederation.credConfig: credential_source.url \"{source.Url}\" unreachable: {ex.Message}", ex);
        }
    }

    private static string? Field(string text, string field, string origin)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject document && document[field] is JsonValue value && value.TryGetValue<string>(out var token)
                ? token
                : throw new ProviderException($"auth.workloadIdentityFederation.credConfig: {origin} holds no string field \"{field}\"");
        }
        catch (JsonException ex)
        {
            throw new ProviderException($"auth.workloadIdentityFederation.credConfig: {origin} is not JSON (format.type is json)", ex);
        }
    }
}
