namespace Ferry.Runtime.Client;

/// <summary>Client-side limits, as client-go's --kube-api-qps and --kube-api-burst.</summary>
public sealed record KubeClientOptions
{
    /// <summary>Sustained requests per second; zero or less disables the limiter.</summary>
    public double Qps { get; init; } = 20;

    /// <summary>Requests allowed in a burst above the sustained rate.</summary>
    public int Burst { get; init; } = 30;

    /// <summary>How many times a 429 is retried before it reaches the caller.</summary>
    public int MaxRetriesOn429 { get; init; } = 3;

    /// <summary>The wait used when a 429 carries no Retry-After, and the cap on any Retry-After.</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);
}
