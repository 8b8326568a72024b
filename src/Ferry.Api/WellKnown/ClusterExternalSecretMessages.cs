namespace Ferry.Api.WellKnown;

/// <summary>The exact texts of a ClusterExternalSecret's (and ClusterPushSecret's) status.</summary>
public static class ClusterExternalSecretMessages
{
    /// <summary>The Ready=False message (the condition has no reason).</summary>
    public const string NamespacesFailed = "one or more namespaces failed";

    /// <summary>failedNamespaces[].reason when an ExternalSecret of that name exists and is not ours.</summary>
    public const string AlreadyExists = "external secret already exists in namespace";
}
