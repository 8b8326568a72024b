namespace Ferry.Providers.Vault;

/// <summary>Process-wide settings of the Vault provider; the defaults suit production.</summary>
public sealed record VaultProviderOptions
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The operator's own token, used by Kubernetes auth when the store names neither a ServiceAccount nor a Secret.</summary>
    public string OwnServiceAccountTokenPath { get; init; } = "/var/run/secrets/kubernetes.io/serviceaccount/token";

    /// <summary>One HTTP attempt is abandoned (and retried when safe) after this long.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per call, the first included, for failures that are safe to retry.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First backoff step; each retry doubles it (with full jitter) up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A Retry-After longer than this is not waited for inside one reconcile: the call fails and is retried later.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}
