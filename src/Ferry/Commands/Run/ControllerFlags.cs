using System.CommandLine;
using Ferry.Controllers.Operator;
using Microsoft.Extensions.Logging;

namespace Ferry.Commands.Run;

/// <summary>
/// Every flag of ESO's controller (cmd/controller/root.go and the providers' feature flags, ESO 2.9), with ESO's
/// spellings, defaults and value syntax, so ESO's Helm chart and manifests start Ferry unchanged. The flags Ferry
/// honours are mapped onto <see cref="FerryOperatorOptions"/>; the rest are accepted and reported once as ignored
/// (docs/operator-flags.md lists both).
/// </summary>
internal sealed class ControllerFlags
{
    public Option<string> MetricsAddr { get; } = GoFlag.Text("--metrics-addr", ":8080", "The address the metric endpoint binds to.");
    public Option<string> LiveAddr { get; } = GoFlag.Text("--live-addr", ":8082", "The address the live endpoint binds to.");
    public Option<string> ControllerClass { get; } = GoFlag.Text("--controller-class", "default", "Serve only stores and ExternalSecrets of this controller class.");
    public Option<bool> EnableLeaderElection { get; } = GoFlag.Bool("--enable-leader-election", false, "Run the controllers only on the replica holding the Lease.");
    public Option<string> LeaderElectionId { get; } = GoFlag.Text("--leader-election-id", "external-secrets-controller", "Name of the Lease used for leader election.");
    public Option<TimeSpan> LeaseDuration { get; } = GoFlag.Duration("--leader-election-lease-duration", TimeSpan.FromSeconds(15), "How long a Lease is valid without renewal.");
    public Option<TimeSpan> RenewDeadline { get; } = GoFlag.Duration("--leader-election-renew-deadline", TimeSpan.FromSeconds(10), "How long the leader keeps trying to renew before it steps down.");
    public Option<TimeSpan> RetryPeriod { get; } = GoFlag.Duration("--leader-election-retry-period", TimeSpan.FromSeconds(2), "How often a candidate tries to take or renew the Lease.");
    public Option<int> Concurrent { get; } = GoFlag.Int("--concurrent", 1, "Workers per controller.");
    public Option<float> ClientQps { get; } = GoFlag.Float("--client-qps", 50, "Kubernetes API requests per second.");
    public Option<int> ClientBurst { get; } = GoFlag.Int("--client-burst", 100, "Kubernetes API request burst.");
    public Option<string> LogLevel { get; } = GoFlag.Text("--loglevel", "info", "debug, info, warn, error, dpanic, panic or fatal.");
    public Option<string> ZapTimeEncoding { get; } = GoFlag.Text("--zap-time-encoding", "epoch", "ESO's log time format (accepted; Ferry writes RFC 3339).");
    public Option<string> Namespace { get; } = GoFlag.Text("--namespace", "", "Watch only this namespace.");
    public Option<bool> EnableClusterStoreReconciler { get; } = GoFlag.Bool("--enable-cluster-store-reconciler", true, "Validate ClusterSecretStores.");
    public Option<bool> EnableSecretStoreReconciler { get; } = GoFlag.Bool("--enable-secret-store-reconciler", true, "Validate SecretStores.");
    public Option<TimeSpan> StoreRequeueInterval { get; } = GoFlag.Duration("--store-requeue-interval", TimeSpan.FromMinutes(5), "Store re-validation period.");
    public Option<bool> EnableFloodGate { get; } = GoFlag.Bool("--enable-flood-gate", true, "Sync only through stores that are Ready.");
    public Option<string> TemplateLeftDelimiter { get; } = GoFlag.Text("--template-left-delimiter", "{{", "Left delimiter of ExternalSecret templates.");
    public Option<string> TemplateRightDelimiter { get; } = GoFlag.Text("--template-right-delimiter", "}}", "Right delimiter of ExternalSecret templates.");
    public Option<string?> Kubeconfig { get; } = new("--kubeconfig") { Description = "Kubeconfig to use (default: in-cluster config, else $KUBECONFIG or ~/.kube/config)." };
    public Option<bool> SkipRefreshTimeWrite { get; } = GoFlag.Bool("--skip-unchanged-refresh-time", false, "Ferry only: do not write status.refreshTime when a refresh changed nothing.");

    /// <summary>ESO flags Ferry accepts but does not act on (see docs/operator-flags.md for why each one).</summary>
    public IReadOnlyList<Option> Ignored { get; } =
    [
        GoFlag.Bool("--metrics-secure", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--metrics-auth", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Text("--metrics-cert-dir", "", "Accepted for ESO compatibility; ignored."),
        GoFlag.Text("--metrics-cert-name", "tls.crt", "Accepted for ESO compatibility; ignored."),
        GoFlag.Text("--metrics-key-name", "tls.key", "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-cluster-external-secret-reconciler", true, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-push-secret-reconciler", true, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-cluster-push-secret-reconciler", true, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-secrets-caching", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-configmaps-caching", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-managed-secrets-caching", true, "Accepted for ESO compatibility; ignored (always on)."),
        GoFlag.Bool("--enable-secret-api-read-on-cache-mismatch", true, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-generator-state", true, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-extended-metric-labels", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-http2", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-v2-providers", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--unsafe-allow-generic-targets", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Duration("--generator-gc-grace-period", TimeSpan.FromMinutes(2), "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--enable-vault-token-cache", false, "Accepted for ESO compatibility; ignored (clients are always pooled)."),
        GoFlag.Int("--vault-token-cache-size", 262144, "Accepted for ESO compatibility; ignored."),
        GoFlag.Bool("--experimental-enable-vault-token-cache", false, "Accepted for ESO compatibility; ignored."),
        GoFlag.Int("--experimental-vault-token-cache-size", 262144, "Accepted for ESO compatibility; ignored."),
        GoFlag.Int("--doppler-oidc-cache-size", 262144, "Accepted for ESO compatibility; ignored."),
    ];

    public IEnumerable<Option> All =>
    [
        MetricsAddr, LiveAddr, ControllerClass, EnableLeaderElection, LeaderElectionId, LeaseDuration, RenewDeadline,
        RetryPeriod, Concurrent, ClientQps, ClientBurst, LogLevel, ZapTimeEncoding, Namespace,
        EnableClusterStoreReconciler, EnableSecretStoreReconciler, StoreRequeueInterval, EnableFloodGate,
        TemplateLeftDelimiter, TemplateRightDelimiter, Kubeconfig, SkipRefreshTimeWrite, .. Ignored,
    ];

    /// <summary>What the parsed command line asks for; <paramref name="leaseNamespace"/> is where the Lease lives.</summary>
    public RunSettings Bind(ParseResult parse, string leaseNamespace)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var ns = parse.GetValue(Namespace);
        var options = new FerryOperatorOptions
        {
            MetricsAddress = parse.GetValue(MetricsAddr)!,
            LiveAddress = parse.GetValue(LiveAddr)!,
            ControllerClass = parse.GetValue(ControllerClass)!,
            EnableLeaderElection = parse.GetValue(EnableLeaderElection),
            LeaderElectionId = parse.GetValue(LeaderElectionId)!,
            LeaderElectionNamespace = leaseNamespace,
            LeaderElectionLeaseDuration = parse.GetValue(LeaseDuration),
            LeaderElectionRenewDeadline = parse.GetValue(RenewDeadline),
            LeaderElectionRetryPeriod = parse.GetValue(RetryPeriod),
            Concurrent = Math.Max(1, parse.GetValue(Concurrent)),
            Namespace = string.IsNullOrEmpty(ns) ? null : ns,
            EnableClusterStoreReconciler = parse.GetValue(EnableClusterStoreReconciler),
            EnableSecretStoreReconciler = parse.GetValue(EnableSecretStoreReconciler),
            StoreRequeueInterval = parse.GetValue(StoreRequeueInterval),
            EnableFloodGate = parse.GetValue(EnableFloodGate),
            TemplateLeftDelimiter = parse.GetValue(TemplateLeftDelimiter)!,
            TemplateRightDelimiter = parse.GetValue(TemplateRightDelimiter)!,
            WriteRefreshTimeOnUnchangedRefresh = !parse.GetValue(SkipRefreshTimeWrite),
        };
        var ignored = Ignored.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
        if (parse.GetResult(ZapTimeEncoding) is { Implicit: false })
        {
            ignored.Add(ZapTimeEncoding.Name);
        }

        return new RunSettings(options, parse.GetValue(ClientQps), parse.GetValue(ClientBurst), ToLogLevel(parse.GetValue(LogLevel)), parse.GetValue(Kubeconfig), ignored);
    }

    /// <summary>zap's levels onto .NET's; dpanic, panic and fatal are all Critical.</summary>
    public static LogLevel ToLogLevel(string? level) => level?.ToLowerInvariant() switch
    {
        "debug" => Microsoft.Extensions.Logging.LogLevel.Debug,
        "warn" or "warning" => Microsoft.Extensions.Logging.LogLevel.Warning,
        "error" => Microsoft.Extensions.Logging.LogLevel.Error,
        "dpanic" or "panic" or "fatal" => Microsoft.Extensions.Logging.LogLevel.Critical,
        _ => Microsoft.Extensions.Logging.LogLevel.Information,
    };
}
