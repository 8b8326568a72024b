namespace Ferry.Providers.Kubernetes.Writing;

/// <summary>
/// The <c>spec</c> of a PushSecret entry's metadata for this provider (ESO's PushSecretMetadataSpec): labels and
/// annotations to add, how they merge with the source's (<c>sourceMergePolicy</c> Merge/Replace) and with the remote
/// Secret's (<c>targetMergePolicy</c> Merge/Replace/Ignore), and a remote namespace override (ClusterSecretStore only).
/// </summary>
internal sealed record PushMetadata(
    string? TargetMergePolicy,
    string? SourceMergePolicy,
    IReadOnlyDictionary<string, string>? Labels,
    IReadOnlyDictionary<string, string>? Annotations,
    string? RemoteNamespace);
