using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace Ferry.Providers.Aws.Protocol;

/// <summary>
/// The AWS JSON 1.1 protocol for one service: <c>POST /</c> with <c>X-Amz-Target: &lt;prefix&gt;.&lt;Operation&gt;</c>,
/// signed with SigV4 by AWSSDK.Core's standalone signer, retried as <see cref="AwsRetryPolicy"/> allows, and error
/// bodies (<c>{"__type": ..., "message": ...}</c>) turned into <see cref="AwsServiceException"/>.
/// </summary>
internal sealed class AwsJsonClient(
    HttpClient http,
    AwsServiceEndpoint service,
    AWSCredentials credentials,
    TimeProvider time,
    AwsRetryOptions retry)
{
    private static readonly MediaTypeHeaderValue ContentType = new("application/x-amz-json-1.1");

    internal static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = null,
    };

    private readonly RegionEndpoint _region = RegionEndpoint.GetBySystemName(service.Region);

    /// <summary>Calls <paramref name="operation"/>; <paramref name="idempotent"/> allows retrying server errors and timeouts.</summary>
    public Task<TResponse> CallAsync<TRequest, TResponse>(string operation, TRequest request, bool idempotent, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, Json);
        return AwsRetryLoop.RunAsync(
            ct => AwsRetryLoop.WithTimeoutAsync(operation, service.Endpoint.Host, retry, time, attempt => AttemptAsync<TResponse>(operation, body, attempt), ct),
            idempotent,
            retry,
            time,
            cancellationToken);
    }

    private async Task<TResponse> AttemptAsync<TResponse>(string operation, byte[] body, CancellationToken cancellationToken)
    {
        using var message = await SignAsync(operation, body, cancellationToken);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return JsonSerializer.Deserialize<TResponse>(content, Json)
                ?? throw new AwsServiceException(operation, "SerializationException", "empty response", response.StatusCode);
        }

        var error = ReadError(operation, response, content);
        if (AwsRetryPolicy.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow()) is { } after)
        {
            error.Data[AwsRetryLoop.RetryAfterKey] = after;
        }

        throw error;
    }

    private async Task<HttpRequestMessage> SignAsync(string operation, byte[] body, CancellationToken cancellationToken)
    {
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = service.Endpoint, Content = body };
        signing.Headers["Content-Type"] = ContentType.MediaType!;
        signing.Headers["X-Amz-Target"] = $"{service.TargetPrefix}.{operation}";
        var parameters = new AWSSigV4Parameters
        {
            Credentials = credentials,
            Region = _region,
            Service = service.SigningName,
            SignedAt = time.GetUtcNow().UtcDateTime,
        };
        var signed = await AWSSigV4Signer.SignAsync(signing, parameters, cancellationToken);
        var message = new HttpRequestMessage(HttpMethod.Post, service.Endpoint) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = ContentType;
        message.Headers.TryAddWithoutValidation("X-Amz-Target", signing.Headers["X-Amz-Target"]);
        foreach (var (name, value) in signed.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    private static AwsServiceException ReadError(string operation, HttpResponseMessage response, byte[] content)
    {
        string? code = null;
        string? text = null;
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                code = document.RootElement.TryGetProperty("__type", out var type) ? type.GetString() : null;
                text = document.RootElement.TryGetProperty("message", out var lower) ? lower.GetString()
                    : document.RootElement.TryGetProperty("Message", out var upper) ? upper.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Not a JSON error body (a proxy's page): the status code and the error-type header still tell what happened.
        }

        code ??= response.Headers.TryGetValues("X-Amzn-ErrorType", out var values) ? values.First() : null;
        return new AwsServiceException(operation, NormalizeCode(code, response.StatusCode), text ?? string.Empty, response.StatusCode);
    }

    // "com.amazonaws.secretsmanager#ResourceNotFoundException" and "Code:http://..." both carry the bare code.
    private static string NormalizeCode(string? code, HttpStatusCode status)
    {
        if (string.IsNullOrEmpty(code))
        {
            return status == HttpStatusCode.TooManyRequests ? "TooManyRequestsException" : $"Http{(int)status}";
        }

        var hash = code.LastIndexOf('#');
        var bare = hash >= 0 ? code[(hash + 1)..] : code;
        var colon = bare.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? bare[..colon] : bare;
    }
}
