namespace Ferry.Dev;

/// <summary>How <c>ferry dev</c> starts its local cluster and operator.</summary>
internal sealed record DevOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where the kubeconfig for kubectl is written.</summary>
    public string KubeconfigPath { get; init; } = "ferry-dev.kubeconfig";

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
