namespace Ferry.Providers.Azure;

/// <summary>
/// Host-level settings of the Azure Key Vault provider that ESO's store spec has no field for. ESO's azurekv has no
/// caBundle, so a vault or authority behind a private CA (Azure Stack Hub, a test double) is trusted through
/// <see cref="TrustedCertificateAuthoritiesPem"/>, which the operator reads from FERRY_AZURE_CA_BUNDLE.
/// </summary>
public sealed record AzureKeyVaultProviderOptions
{
    /// <summary>The environment variable holding a path to extra PEM CA certificates (see <see cref="FromEnvironment"/>).</summary>
    public const string CaBundleVariable = "FERRY_AZURE_CA_BUNDLE";

    /// <summary>Extra PEM CA certificates trusted for the vault and the authority, in addition to the system roots.</summary>
    public string? TrustedCertificateAuthoritiesPem { get; init; }

    /// <summary>Builds the HTTP handler under every SDK call; overrides the CA option when set (tests).</summary>
    public Func<HttpMessageHandler>? HttpHandlerFactory { get; init; }

    /// <summary>Retries of throttled (429, honouring Retry-After) and transient (408, 5xx, network) failures.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First backoff delay; later ones grow exponentially with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(0.8);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one HTTP attempt may take before it is abandoned (and retried).</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Parallel secret reads of one find (Key Vault has no batch read: a find lists, then reads each match).</summary>
    public int FindConcurrency { get; init; } = 8;

    /// <summary>Reads AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE for WorkloadIdentity without a serviceAccountRef.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Options from the process environment: the CA bundle file named by <see cref="CaBundleVariable"/>, if any.</summary>
    public static AzureKeyVaultProviderOptions FromEnvironment()
    {
        var path = System.Environment.GetEnvironmentVariable(CaBundleVariable);
        return new AzureKeyVaultProviderOptions
        {
            TrustedCertificateAuthoritiesPem = string.IsNullOrEmpty(path) ? null : File.ReadAllText(path),
        };
    }
}
