using Azure.Core;
using Azure.Core.Pipeline;

namespace Ferry.Providers.Azure;

/// <summary>
/// Azure.Core's retries (exponential backoff with jitter, Retry-After honoured) narrowed to what is safe to repeat.
/// GET, HEAD, PUT and DELETE are repeated on any retriable failure: sending them twice leaves the vault as once (a
/// repeated secret PUT stores the same value again). POST and PATCH (certificate import, recover, update) are
/// repeated only after 429, because a 5xx or a timeout may come after the vault acted.
/// </summary>
internal sealed class AzureVaultRetryPolicy(int maxRetries, DelayStrategy delay) : RetryPolicy(maxRetries, delay)
{
    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        MayRepeat(message) && base.ShouldRetry(message, exception);

    protected override async ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        MayRepeat(message) && await base.ShouldRetryAsync(message, exception).ConfigureAwait(false);

    private static bool MayRepeat(HttpMessage message)
    {
        var method = message.Request.Method;
        return method == RequestMethod.Get || method == RequestMethod.Head || method == RequestMethod.Put || method == RequestMethod.Delete
            || (message.HasResponse && message.Response.Status == 429);
    }
}
