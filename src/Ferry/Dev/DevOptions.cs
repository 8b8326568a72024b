using Ferry.Runtime.Client;

namespace Ferry.Dev;

/// <summary>How <c>ferry dev</c> starts its local cluster and operator.</summary>
internal sealed record DevOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where the kubeconfig for kubectl is written.</summary>
    public string KubeconfigPath { get; init; } = "ferry-dev.kubeconfig";

    /// <summary>The operator's client limits (ESO's --client-qps and --client-burst).</summary>
    public KubeClientOptions OperatorClient { get; init; } = new() { Qps = 50, Burst = 100 };

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
