using Amazon.Runtime;
using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws;

public sealed record AwsProviderOptions
{
    public AwsEndpoints Endpoints { get; init; } = AwsEndpoints.FromEnvironment();

    /// <summary>Signing time and session expiry are read from this clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public AwsRetryOptions Retry { get; init; } = new();

    /// <summary>Reads ServiceAccount annotations for web identity (the role ARN); null makes jwt auth fail with a clear message.</summary>
    public IServiceAccountReader? ServiceAccounts { get; init; }

    /// <summary>
    /// Credentials for a store with no auth: the AWS SDK's default chain (environment, web identity from
    /// AWS_WEB_IDENTITY_TOKEN_FILE, profiles, container and instance metadata) unless replaced.
    /// </summary>
    public Func<CancellationToken, ValueTask<AWSCredentials>>? DefaultCredentials { get; init; }

    /// <summary>Lifetime asked of STS for assumed-role sessions (STS grants 15 minutes to the role's maximum).</summary>
    public TimeSpan SessionDuration { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The handler under every client's HttpClient; null builds one pooled handler per provider.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }
}
