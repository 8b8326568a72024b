using Ferry.Api.V1;
using Ferry.Controllers.ExternalSecrets;
using Ferry.Controllers.SecretStores;
using Ferry.Controllers.Stores;
using Ferry.Providers.Pooling;
using Ferry.Runtime;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Client;
using Ferry.Runtime.Controllers;
using Ferry.Runtime.Diagnostics;
using Ferry.Runtime.Events;
using Ferry.Runtime.Leadership;
using Ferry.Runtime.Queues;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Controllers.Operator;

public sealed partial class FerryOperator
{
    private static Parts Compose(
        IKubeClient client, FerryOperatorOptions options, ProviderRegistry providers, ILoggerFactory loggers, TimeProvider time, RuntimeMetrics? sharedMetrics)
    {
        var owned = new List<IDisposable>();
        var events = new List<QueuedEventRecorder>();
        var metrics = sharedMetrics ?? Own(new RuntimeMetrics(), owned);
        var identity = options.Identity ?? DefaultIdentity();
        var informers = new StoreInformers(
            Informer<SecretStore>(client, options.Namespace, time, loggers, metrics),
            Informer<ClusterSecretStore>(client, null, time, loggers, metrics),
            NamespaceInformer(client, options.Namespace, time, loggers, metrics));
        var pool = new SecretsClientPool(time);
        // TokenRequest is a subresource the generic client seam does not reach; the KubernetesClient adapter does.
        var tokens = client is KubeClient kube ? new ServiceAccountTokenRequester(kube.Kubernetes, time) : null;
        var clients = new StoreClients(pool, new ReferencedSecretReader(client, time, options.CredentialsRecheckInterval), tokens);
        var resolver = new StoreResolver(informers, providers, clients, new StoreResolverOptions
        {
            ControllerClass = options.ControllerClass,
            EnableFloodGate = options.EnableFloodGate,
            EnableClusterStores = options.EnableClusterStoreReconciler,
        });
        var dependents = new StoreDependentsRelay();
        new StoreChangeNotifier(dependents, clients).Attach(informers);

        var election = options.EnableLeaderElection
            ? new LeaderElection(client, new LeaderElectionOptions
            {
                LeaseName = options.LeaderElectionId,
                LeaseNamespace = options.LeaderElectionNamespace,
                Identity = identity,
                LeaseDuration = options.LeaderElectionLeaseDuration,
                RenewDeadline = options.LeaderElectionRenewDeadline,
                RetryPeriod = options.LeaderElectionRetryPeriod,
            }, time, loggers.CreateLogger<LeaderElection>(), metrics)
            : null;
        var manager = new Manager(election, loggers.CreateLogger<Manager>());
        manager.Add(informers.SecretStores).Add(informers.ClusterSecretStores).Add(informers.Namespaces);

        var secretStoreMetrics = Own(new StoreMetrics("secretstore"), owned);
        var clusterStoreMetrics = Own(new StoreMetrics("clustersecretstore"), owned);
        var storeOptions = new StoreReconcilerOptions { ControllerClass = options.ControllerClass, RequeueInterval = options.StoreRequeueInterval };
        if (options.EnableSecretStoreReconciler)
        {
            var reconciler = new StoreReconciler<SecretStore>(
                informers.SecretStores, StoreSnapshot.Of, providers, clients, client,
                Events("secret-store", client, identity, time, loggers, metrics, events),
                secretStoreMetrics, storeOptions, time, loggers.CreateLogger("Ferry.Controllers.SecretStore"));
            manager.Add(Own(StoreController("secretstore", reconciler, informers.SecretStores, options, time, loggers, metrics), owned));
        }

        if (options.EnableClusterStoreReconciler)
        {
            var reconciler = new StoreReconciler<ClusterSecretStore>(
                informers.ClusterSecretStores, StoreSnapshot.Of, providers, clients, client,
                Events("cluster-secret-store", client, identity, time, loggers, metrics, events),
                clusterStoreMetrics, storeOptions, time, loggers.CreateLogger("Ferry.Controllers.ClusterSecretStore"));
            manager.Add(Own(StoreController("clustersecretstore", reconciler, informers.ClusterSecretStores, options, time, loggers, metrics), owned));
        }

        var externalSecrets = Own(ExternalSecretsController.Create(
            new ExternalSecretsControllerOptions
            {
                Workers = options.Concurrent,
                Namespace = options.Namespace,
                TemplateLeftDelimiter = options.TemplateLeftDelimiter,
                TemplateRightDelimiter = options.TemplateRightDelimiter,
                WriteRefreshTimeOnUnchangedRefresh = options.WriteRefreshTimeOnUnchangedRefresh,
            },
            client,
            resolver,
            Events("external-secrets", client, identity, time, loggers, metrics, events),
            time,
            loggers,
            metrics), owned);
        foreach (var runnable in externalSecrets.Runnables)
        {
            manager.Add(runnable);
        }

        dependents.Attach(externalSecrets.StoreDependents);
        var meters = new List<System.Diagnostics.Metrics.Meter> { metrics.Meter, externalSecrets.Meter, secretStoreMetrics.Meter, clusterStoreMetrics.Meter };
        var exporter = new PrometheusExporter([.. meters]);
        AddDiagnostics(manager, options, exporter, loggers.CreateLogger<DiagnosticsServer>());
        return new Parts(manager, election, pool, exporter, owned, events, loggers.CreateLogger<FerryOperator>(), resolver, dependents, metrics, options);
    }

    // Events are written off the reconcile's path, by a few writers per controller; FerryOperator flushes them on stop.
    private static QueuedEventRecorder Events(
        string controller, IKubeClient client, string identity, TimeProvider time, ILoggerFactory loggers, RuntimeMetrics metrics, List<QueuedEventRecorder> recorders)
    {
        var recorder = new QueuedEventRecorder(
            new EventRecorder(client, new EventRecorderOptions { Controller = controller, Instance = identity }, time),
            new QueuedEventRecorderOptions { Name = controller },
            time,
            loggers.CreateLogger<QueuedEventRecorder>(),
            metrics);
        recorders.Add(recorder);
        return recorder;
    }

    private static Informer<T> Informer<T>(IKubeClient client, string? ns, TimeProvider time, ILoggerFactory loggers, RuntimeMetrics metrics)
        where T : class, k8s.IKubernetesObject<V1ObjectMeta> =>
        new(client, ResourceType.For<T>(), new InformerOptions { Namespace = ns }, time, loggers.CreateLogger<Informer<T>>(), metrics);

    // Only labels are needed (ClusterSecretStore namespaceSelector); under --namespace only that one namespace.
    private static Informer<MetadataOnly> NamespaceInformer(IKubeClient client, string? ns, TimeProvider time, ILoggerFactory loggers, RuntimeMetrics metrics) =>
        new(client, ResourceType.For<V1Namespace>(), new InformerOptions { FieldSelector = ns is null ? null : $"metadata.name={ns}" },
            time, loggers.CreateLogger<Informer<MetadataOnly>>(), metrics);

    private static Controller<ObjectKey> StoreController<T>(
        string name, IReconciler<ObjectKey> reconciler, Informer<T> informer, FerryOperatorOptions options, TimeProvider time, ILoggerFactory loggers, RuntimeMetrics metrics)
        where T : class, k8s.IKubernetesObject<V1ObjectMeta>
    {
        var controller = new Controller<ObjectKey>(
            new ControllerOptions { Name = name, Workers = options.Concurrent }, reconciler, time, loggers.CreateLogger<Controller<ObjectKey>>(), metrics);
        // Watch only for the cache-sync wait; the keys come from the filter below.
        controller.Watch(informer, _ => []);
        informer.Subscribe(change =>
        {
            if (StoreEvents.ShouldReconcile(change))
            {
                controller.Queue.Add(ObjectKey.Of(change.Object), QueuePriority.Change);
            }
        });
        return controller;
    }

    private static void AddDiagnostics(Manager manager, FerryOperatorOptions options, PrometheusExporter exporter, ILogger logger)
    {
        var metricsPrefix = DiagnosticsAddress.ToPrefix(options.MetricsAddress);
        var livePrefix = DiagnosticsAddress.ToPrefix(options.LiveAddress);
        if (metricsPrefix is not null)
        {
            manager.Add(new DiagnosticsServer(metricsPrefix, () => manager.IsReady, exporter, logger));
        }

        if (livePrefix is not null && livePrefix != metricsPrefix)
        {
            manager.Add(new DiagnosticsServer(livePrefix, () => manager.IsReady, exporter, logger));
        }
    }

    // Unique per process, as client-go's hostname plus a random suffix; a Lease holder identity has no length limit,
    // but events carry it in reportingInstance (at most 128 characters).
    private static string DefaultIdentity()
    {
        var identity = $"{Environment.MachineName}_{Guid.NewGuid():N}";
        return identity.Length <= 128 ? identity : identity[^128..];
    }

    private static T Own<T>(T value, List<IDisposable> owned)
        where T : IDisposable
    {
        owned.Add(value);
        return value;
    }

    private sealed record Parts(
        Manager Manager,
        LeaderElection? Election,
        SecretsClientPool Pool,
        PrometheusExporter Exporter,
        List<IDisposable> Owned,
        List<QueuedEventRecorder> Events,
        ILogger Logger,
        IStoreResolver Resolver,
        StoreDependentsRelay Dependents,
        RuntimeMetrics RuntimeMetrics,
        FerryOperatorOptions Options);
}
