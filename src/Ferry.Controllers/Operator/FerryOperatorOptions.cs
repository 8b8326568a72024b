namespace Ferry.Controllers.Operator;

/// <summary>
/// Everything the operator is configured with; the defaults are ESO's controller defaults (cmd/controller/root.go),
/// and `ferry run` maps ESO's flags onto these one to one. Addresses take ESO's syntax: <c>:8080</c> (every
/// interface), <c>host:port</c>, or <c>0</c> to serve nothing.
/// </summary>
public sealed record FerryOperatorOptions
{
    /// <summary>--controller-class: stores and ExternalSecrets naming another class are left to another operator.</summary>
    public string ControllerClass { get; init; } = "default";

    /// <summary>--enable-flood-gate: no sync through a store that is not Ready.</summary>
    public bool EnableFloodGate { get; init; } = true;

    /// <summary>--store-requeue-interval: store re-validation period when the store sets no refreshInterval.</summary>
    public TimeSpan StoreRequeueInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>--concurrent: workers per controller.</summary>
    public int Concurrent { get; init; } = 1;

    /// <summary>--namespace: restrict every namespaced cache to this namespace (null: all).</summary>
    public string? Namespace { get; init; }

    /// <summary>--enable-secret-store-reconciler.</summary>
    public bool EnableSecretStoreReconciler { get; init; } = true;

    /// <summary>--enable-cluster-store-reconciler: when false, ClusterSecretStores are neither validated nor used.</summary>
    public bool EnableClusterStoreReconciler { get; init; } = true;

    /// <summary>--enable-leader-election: controllers run only on the replica holding the Lease.</summary>
    public bool EnableLeaderElection { get; init; }

    /// <summary>--leader-election-id: the Lease's name.</summary>
    public string LeaderElectionId { get; init; } = "external-secrets-controller";

    /// <summary>The Lease's namespace (ESO: the pod's namespace); `ferry run` reads the service account's namespace.</summary>
    public string LeaderElectionNamespace { get; init; } = "default";

    public TimeSpan LeaderElectionLeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan LeaderElectionRenewDeadline { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan LeaderElectionRetryPeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>This replica's name in the Lease and in Events (ESO: the pod name); null picks host name plus a random suffix.</summary>
    public string? Identity { get; init; }

    /// <summary>--metrics-addr: where /metrics is served (with /healthz and /readyz too); "0" serves nothing.</summary>
    public string MetricsAddress { get; init; } = ":8080";

    /// <summary>--live-addr: where /healthz and /readyz are served; "0" serves nothing.</summary>
    public string LiveAddress { get; init; } = ":8082";

    /// <summary>
    /// How long a credential Secret a store references is trusted before it is read again: a rotated credential
    /// rebuilds the pooled client within this time. Ferry-only (ESO reads it on every reconcile).
    /// </summary>
    public TimeSpan CredentialsRecheckInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>--template-left-delimiter, for the ExternalSecret templates.</summary>
    public string TemplateLeftDelimiter { get; init; } = "{{";

    /// <summary>--template-right-delimiter.</summary>
    public string TemplateRightDelimiter { get; init; } = "}}";

    /// <summary>
    /// Ferry-only: ESO writes status.refreshTime on every refresh even when nothing changed (the default here too);
    /// false skips that write, so an unchanged refresh costs no API write at all.
    /// </summary>
    public bool WriteRefreshTimeOnUnchangedRefresh { get; init; } = true;
}
