namespace Ferry.Providers.Gcp;

/// <summary>Endpoints and transport of the GCP provider; the defaults are Google's public endpoints.</summary>
public sealed class GcpSecretManagerProviderOptions
{
    /// <summary>Secret Manager base URL for every store, replacing the global and regional endpoints (tests, private endpoints).</summary>
    public Uri? SecretManagerEndpoint { get; init; }

    /// <summary>Security Token Service used for workload identity when the credential configuration names none.</summary>
    public Uri StsEndpoint { get; init; } = new("https://sts.googleapis.com/v1/token");

    /// <summary>IAM Credentials base URL used to impersonate a Google service account after a token exchange.</summary>
    public Uri IamCredentialsEndpoint { get; init; } = new("https://iamcredentials.googleapis.com/");

    /// <summary>Replaces the HTTP handler (tests); the provider owns and disposes what it returns.</summary>
    public Func<HttpMessageHandler>? HttpHandlerFactory { get; init; }

    public int MaxRetries { get; init; } = 4;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one request may take before it is abandoned (and retried when that is safe).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
