using Azure;
using Azure.Identity;

namespace Ferry.Providers.Azure;

/// <summary>
/// Azure failures as Ferry reports them: 404 is <see cref="SecretNotFoundException"/>; everything else a
/// <see cref="ProviderException"/> naming the operation, status and service error code (never a value or body).
/// </summary>
internal static class AzureErrors
{
    public static bool IsNotFound(Exception ex) => ex is RequestFailedException { Status: 404 };

    /// <summary>A failure of the service or of authentication, which <see cref="Map"/> translates.</summary>
    public static bool IsAzureFailure(Exception ex) =>
        ex is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException
        || IsNetworkTimeout(ex)
        || ex is HttpRequestException
        || (ex is AggregateException retried && retried.InnerExceptions.All(IsAzureFailure));

    // Azure.Core reports an attempt that outlived NetworkTimeout as a TaskCanceledException wrapping the transport's
    // own cancellation (a caller's cancellation is rethrown unwrapped).
    private static bool IsNetworkTimeout(Exception ex) => ex is TaskCanceledException { InnerException: OperationCanceledException or TimeoutException };

    public static bool IsDeletedButRecoverable(RequestFailedException ex) =>
        ex.Status == 409 && (ex.ErrorCode == "ObjectIsDeletedButRecoverable" || ex.Message.Contains("ObjectIsDeletedButRecoverable", StringComparison.Ordinal));

    public static Exception Map(Exception ex, string operation) => ex switch
    {
        RequestFailedException { Status: 404 } => new SecretNotFoundException(SecretNotFoundException.DefaultMessage, ex),
        RequestFailedException failed => new ProviderException(
            $"{operation}: Key Vault answered {failed.Status}{(string.IsNullOrEmpty(failed.ErrorCode) ? string.Empty : $" ({failed.ErrorCode})")}", ex),
        AuthenticationFailedException or CredentialUnavailableException => new ProviderException($"{operation}: authentication failed: {ex.Message}", ex),
        _ when IsNetworkTimeout(ex) => new ProviderException($"{operation}: Key Vault timed out", ex),
        HttpRequestException => new ProviderException($"{operation}: Key Vault unreachable: {ex.Message}", ex),
        // Azure.Core's retry policy gives up with every attempt's failure; the last one says what happened.
        AggregateException retried when retried.InnerExceptions.Count > 0 => Map(retried.InnerExceptions[^1], operation) is ProviderException last
            ? new ProviderException($"{last.Message} (after {retried.InnerExceptions.Count} attempts)", ex)
            : ex,
        _ => ex,
    };
}
