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
    public static bool IsAzureFailure(Exception ex) => ex is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException;

    public static bool IsDeletedButRecoverable(RequestFailedException ex) =>
        ex.Status == 409 && (ex.ErrorCode == "ObjectIsDeletedButRecoverable" || ex.Message.Contains("ObjectIsDeletedButRecoverable", StringComparison.Ordinal));

    public static Exception Map(Exception ex, string operation) => ex switch
    {
        RequestFailedException { Status: 404 } => new SecretNotFoundException(SecretNotFoundException.DefaultMessage, ex),
        RequestFailedException failed => new ProviderException(
            $"{operation}: Key Vault answered {failed.Status}{(string.IsNullOrEmpty(failed.ErrorCode) ? string.Empty : $" ({failed.ErrorCode})")}", ex),
        AuthenticationFailedException or CredentialUnavailableException => new ProviderException($"{operation}: authentication failed: {ex.Message}", ex),
        _ => ex,
    };
}
