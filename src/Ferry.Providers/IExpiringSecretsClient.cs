namespace Ferry.Providers;

/// <summary>
/// A client whose credentials expire (a token lease, a TokenRequest token). The pool replaces it before
/// <see cref="ExpiresAt"/> instead of waiting for the backend to refuse it.
/// </summary>
public interface IExpiringSecretsClient
{
    DateTimeOffset? ExpiresAt { get; }
}
