using System.Net;

namespace Ferry.Providers.Vault.Http;

/// <summary>
/// Vault refused a call. The message has the shape of Vault's Go client ("Code: 403. Errors: ...") with Vault's own
/// error strings, which name paths and policies but never values.
/// </summary>
internal sealed class VaultApiException : ProviderException
{
    public VaultApiException(string method, string path, HttpStatusCode status, IReadOnlyList<string> errors)
        : base(Describe(method, path, status, errors))
    {
        Status = status;
        Errors = errors;
    }

    public VaultApiException()
    {
        Errors = [];
    }

    public VaultApiException(string message)
        : base(message)
    {
        Errors = [];
    }

    public VaultApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public HttpStatusCode Status { get; }

    public IReadOnlyList<string> Errors { get; }

    private static string Describe(string method, string path, HttpStatusCode status, IReadOnlyList<string> errors)
    {
        var list = errors.Count == 0 ? "(none)" : string.Join("; ", errors);
        return $"Error making API request. {method} /v1/{path} Code: {(int)status}. Errors: {list}";
    }
}
