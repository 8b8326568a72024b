namespace Ferry.Providers.Gcp;

/// <summary>Endpoints and transport of the GCP provider; the defaults are Google's public endpoints.</summary>
public sealed class GcpSecretManagerProviderOptions
{
    /// <summary>
    /// The environment variable that replaces the Secret Manager endpoint: gcloud's own name for the same setting
    /// (a Private Service Connect endpoint, a proxy), so one value serves the operator and the admin's gcloud.
    /// </summary>
    public const string EndpointVariable = "CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER";

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

    /// <summary>The Secret Manager endpoint named by <see cref="EndpointVariable"/>, or null (Google's endpoints).</summary>
    /// <exception cref="InvalidOperationException">The variable is set but is not an absolute http(s) URL.</exception>
    public static Uri? EndpointFromEnvironment(Func<string, string?>? environment = null)
    {
        var value = (environment ?? Environment.GetEnvironmentVariable)(EndpointVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var endpoint) && endpoint.Scheme is "https" or "http"
            ? endpoint
            : throw new InvalidOperationException($"{EndpointVariable} must be an absolute http(s) URL such as https://secretmanager.googleapis.com/.");
    }
}
