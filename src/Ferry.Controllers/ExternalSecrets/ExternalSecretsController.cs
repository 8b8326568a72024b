using System.Diagnostics.Metrics;
using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Controllers.Stores;
using Ferry.Runtime;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Client;
using Ferry.Runtime.Controllers;
using Ferry.Runtime.Diagnostics;
using Ferry.Runtime.Events;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// The ExternalSecret controller, ready to run under a <see cref="Manager"/>: a cache of ExternalSecrets (indexed by
/// target Secret and by store), a cache of the Secrets Ferry manages (label-selected, never every Secret), and the
/// controller that reconciles them. Add <see cref="Runnables"/> to the manager, give <see cref="StoreDependents"/>
/// to the store controllers, and export <see cref="Meter"/> for ESO's <c>externalsecret_*</c> metrics.
/// </summary>
public sealed class ExternalSecretsController : IDisposable
{
    internal const string TargetIndex = "target";

    private readonly ExternalSecretMetrics _metrics;

    private ExternalSecretsController(
        Informer<ExternalSecret> externalSecrets,
        Informer<V1Secret> managedSecrets,
        Controller<ObjectKey> controller,
        ExternalSecretMetrics metrics,
        ForcedRefreshes forced)
    {
        ExternalSecrets = externalSecrets;
        ManagedSecrets = managedSecrets;
        Controller = controller;
        _metrics = metrics;
        StoreDependents = new ExternalSecretDependents(externalSecrets.Store, controller.Queue, forced);
    }

    public Informer<ExternalSecret> ExternalSecrets { get; }

    /// <summary>Secrets labelled <c>reconcile.external-secrets.io/managed=true</c>, with their managedFields.</summary>
    public Informer<V1Secret> ManagedSecrets { get; }

    public Controller<ObjectKey> Controller { get; }

    /// <summary>Re-enqueues the ExternalSecrets that read through a store; the store controllers call it.</summary>
    public IStoreDependents StoreDependents { get; }

    /// <summary>The meter holding ESO's externalsecret_* instruments (name <c>Ferry.Controllers.ExternalSecrets</c>).</summary>
    public Meter Meter => _metrics.Meter;

    /// <summary>The two caches first, then the controller (which waits for them).</summary>
    public IReadOnlyList<IRunnable> Runnables => [ExternalSecrets, ManagedSecrets, Controller];

    public static ExternalSecretsController Create(
        ExternalSecretsControllerOptions options,
        IKubeClient client,
        IStoreResolver stores,
        IEventRecorder events,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        RuntimeMetrics? runtimeMetrics = null,
        IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggerFactory);

        var externalSecrets = new Informer<ExternalSecret>(
            client,
            ResourceType.For<ExternalSecret>(),
            new InformerOptions { Namespace = options.Namespace, PageSize = options.ListPageSize },
            time,
            loggerFactory.CreateLogger("Ferry.Controllers.ExternalSecrets.Informer"),
            runtimeMetrics);
        externalSecrets.Store.AddIndexer(TargetIndex, es => [TargetKey(es)]);
        externalSecrets.Store.AddIndexer(ExternalSecretDependents.IndexName, StoreReferences.IndexKeys);

        // Only the Secrets Ferry manages are cached, as ESO's --enable-managed-secrets-caching; managedFields are
        // kept because key pruning reads this ExternalSecret's field-manager entry.
        var managedSecrets = new Informer<V1Secret>(
            client,
            ResourceType.For<V1Secret>(),
            new InformerOptions
            {
                Namespace = options.Namespace,
                LabelSelector = $"{Labels.Managed}={Labels.ManagedValue}",
                PageSize = options.ListPageSize,
                StripManagedFields = false,
            },
            time,
            loggerFactory.CreateLogger("Ferry.Controllers.ExternalSecrets.SecretInformer"),
            runtimeMetrics);

        var metrics = new ExternalSecretMetrics(meterFactory);
        var ownWrites = new OwnWrites();
        var forced = new ForcedRefreshes();
        externalSecrets.Subscribe(change => ownWrites.Observed(change.Object));
        var reconciler = new ExternalSecretReconciler(
            options, client, stores, events, time, externalSecrets.Store, managedSecrets.Store, metrics, ownWrites, forced,
            loggerFactory.CreateLogger<ExternalSecretReconciler>());
        var controller = new Controller<ObjectKey>(
            new ControllerOptions { Name = "externalsecret", Workers = options.Workers, Queue = options.Queue },
            reconciler,
            time,
            loggerFactory.CreateLogger("Ferry.Controllers.ExternalSecrets.Controller"),
            runtimeMetrics);

        // ESO's predicate: a change of spec (generation), labels, annotations, finalizers or deletion enqueues;
        // a status-only update (our own refreshTime write) does not.
        controller.Watch(externalSecrets, _ => []);
        externalSecrets.Subscribe(change =>
        {
            if (ExternalSecretChanges.ShouldEnqueue(change))
            {
                controller.Queue.Add(ObjectKey.Of(change.Object), Runtime.Queues.QueuePriorities.Of(change));
            }
        });

        // A managed Secret edited, deleted or created maps back to the ExternalSecrets that target it.
        controller.Watch(managedSecrets, secret => externalSecrets.Store
            .ByIndex(TargetIndex, $"{secret.Metadata.NamespaceProperty}/{secret.Metadata.Name}")
            .Select(ObjectKey.Of));

        return new ExternalSecretsController(externalSecrets, managedSecrets, controller, metrics, forced);
    }

    public void Dispose()
    {
        Controller.Dispose();
        _metrics.Dispose();
    }

    internal static string TargetKey(ExternalSecret externalSecret) =>
        $"{externalSecret.Metadata.NamespaceProperty}/{TargetName(externalSecret)}";

    internal static string TargetName(ExternalSecret externalSecret) =>
        externalSecret.Spec.Target?.Name is { Length: > 0 } name ? name : externalSecret.Metadata.Name;
}
