using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Vault.Http;

/// <summary>
/// One store's HTTP connection to Vault: the <c>/v1/</c> API with the token, namespace, consistency and custom
/// headers, retries with exponential backoff and full jitter for failures that are safe to retry, and Retry-After
/// honoured on 429/503. Every non-2xx answer except 404 becomes a <see cref="VaultApiException"/>.
/// </summary>
internal sealed class VaultHttp : IDisposable
{
    public static readonly HttpMethod List = new("LIST");

    private readonly HttpClient _client;
    private readonly VaultSettings _settings;
    private readonly VaultProviderOptions _options;
    private string? _lastIndex;

    public VaultHttp(HttpMessageHandler handler, VaultSettings settings, VaultProviderOptions options)
    {
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _settings = settings;
        _options = options;
    }

    public VaultSettings Settings => _settings;

    /// <summary>Sends one call; a 404 is returned (the caller decides what missing means), other failures throw.</summary>
    public async Task<VaultResponse> SendAsync(
        HttpMethod method, string path, string? token, string? vaultNamespace, JsonNode? body, CancellationToken cancellationToken)
    {
        var payload = body?.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            try
            {
                var response = await SendOnceAsync(method, path, token, vaultNamespace, payload, cancellationToken);
                if (response.Response.IsSuccess || response.Response.Status == HttpStatusCode.NotFound)
                {
                    return response.Response;
                }

                if (attempt >= _options.MaxAttempts || !IsRetryable(method, response.Response.Status))
                {
                    throw new VaultApiException(method.Method, path, response.Response.Status, ErrorsOf(response.Response.Body));
                }

                retryAfter = response.RetryAfter;
                if (retryAfter > _options.MaxRetryAfter)
                {
                    throw new VaultApiException(method.Method, path, response.Response.Status, ErrorsOf(response.Response.Body));
                }
            }
            catch (Exception ex) when (IsRetryableTransportFailure(ex, cancellationToken) && attempt < _options.MaxAttempts && IsIdempotent(method))
            {
                // A connection failure or a timed-out attempt: the call may or may not have reached Vault, so only
                // idempotent calls are repeated.
            }
            catch (Exception ex) when (IsTransportFailure(ex, cancellationToken))
            {
                throw new ProviderException($"cannot reach vault at {_settings.Server.GetLeftPart(UriPartial.Authority)} ({method.Method} /v1/{path}): {Describe(ex)}", ex);
            }

            await Task.Delay(retryAfter ?? Backoff(attempt), _options.Time, cancellationToken);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<(VaultResponse Response, TimeSpan? RetryAfter)> SendOnceAsync(
        HttpMethod method, string path, string? token, string? vaultNamespace, string? payload, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _options.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(method, new Uri(_settings.Server, "/v1/" + path));
        foreach (var (name, value) in _settings.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.TryAddWithoutValidation("X-Vault-Token", token);
        }

        if (!string.IsNullOrEmpty(vaultNamespace))
        {
            request.Headers.TryAddWithoutValidation("X-Vault-Namespace", vaultNamespace);
        }

        request.Headers.TryAddWithoutValidation("X-Vault-Request", "true");
        if (_settings.ForwardInconsistent)
        {
            request.Headers.TryAddWithoutValidation("X-Vault-Inconsistent", "forward-active-node");
        }

        if (_settings.ReadYourWrites && Volatile.Read(ref _lastIndex) is { } index)
        {
            request.Headers.TryAddWithoutValidation("X-Vault-Index", index);
        }

        if (payload is not null)
        {
            request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
        if (_settings.ReadYourWrites && response.Headers.TryGetValues("X-Vault-Index", out var indexes))
        {
            Volatile.Write(ref _lastIndex, indexes.FirstOrDefault());
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token);
        return (new VaultResponse(response.StatusCode, Parse(bytes)), RetryAfterOf(response.Headers.RetryAfter));
    }

    private TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? Max(date - _options.Time.GetUtcNow(), TimeSpan.Zero) : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.BaseBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }

    private static JsonElement Parse(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, say: the status code still says what happened.
            return default;
        }
    }

    private static List<string> ErrorsOf(JsonElement body)
    {
        var errors = VaultResponse.Member(body, "errors");
        return errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
    }

    // Vault's own client retries 412 (a standby not yet consistent), 429 and 5xx. A write is repeated only when
    // Vault said it did not process it: rate limited or sealed/standby.
    private static bool IsRetryable(HttpMethod method, HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => true,
        HttpStatusCode.PreconditionFailed or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout
            => IsIdempotent(method),
        _ => false,
    };

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == List || method == HttpMethod.Put || method == HttpMethod.Delete;

    private static bool IsTransportFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    // A certificate Ferry does not trust stays untrusted however often it is asked.
    private static bool IsRetryableTransportFailure(Exception ex, CancellationToken cancellationToken) =>
        IsTransportFailure(ex, cancellationToken) && ex.InnerException is not System.Security.Authentication.AuthenticationException;

    private static string Describe(Exception ex) => ex is OperationCanceledException
        ? "timed out"
        : ex.Message;

    internal static string Seconds(TimeSpan value) => ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
