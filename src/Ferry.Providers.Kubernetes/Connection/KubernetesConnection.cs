using k8s;

namespace Ferry.Providers.Kubernetes.Connection;

/// <summary>An authenticated API connection and when its credentials stop working (null: they do not expire).</summary>
internal sealed record KubernetesConnection(IKubernetes Api, DateTimeOffset? ExpiresAt);
