using Ferry.Api.V1;
using Ferry.Controllers.Stores;
using Ferry.Providers;
using Ferry.Runtime;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Client;
using Ferry.Runtime.Controllers;
using Ferry.Runtime.Events;
using Ferry.Runtime.Status;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Controllers.SecretStores;

/// <summary>
/// ESO's SecretStore / ClusterSecretStore reconcile (pkg/controllers/secretstore/common.go): skip a store of another
/// controller class; check the spec through the provider; build a client and validate it against the backend; write
/// the Ready condition and capabilities (only when they changed); requeue at the store's refreshInterval or the
/// operator's --store-requeue-interval. A client or backend failure is retried with backoff after status is written.
/// </summary>
internal sealed partial class StoreReconciler<TStore> : IReconciler<ObjectKey>
    where TStore : class, IKubernetesObject<V1ObjectMeta>, ISpec<SecretStoreSpec>, IStatus<SecretStoreStatus?>
{
    private static readonly ResourceType Type = ResourceType.For<TStore>();

    private readonly Informer<TStore> _informer;
    private readonly Func<TStore, StoreSnapshot> _snapshot;
    private readonly ProviderRegistry _providers;
    private readonly StoreClients _clients;
    private readonly IKubeClient _client;
    private readonly IEventRecorder _events;
    private readonly StoreMetrics _metrics;
    private readonly StoreReconcilerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public StoreReconciler(
        Informer<TStore> informer,
        Func<TStore, StoreSnapshot> snapshot,
        ProviderRegistry providers,
        StoreClients clients,
        IKubeClient client,
        IEventRecorder events,
        StoreMetrics metrics,
        StoreReconcilerOptions options,
        TimeProvider time,
        ILogger logger)
    {
        _informer = informer;
        _snapshot = snapshot;
        _providers = providers;
        _clients = clients;
        _client = client;
        _events = events;
        _metrics = metrics;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public async ValueTask<ReconcileResult> ReconcileAsync(ObjectKey key, CancellationToken cancellationToken)
    {
        if (_informer.Store.Get(key) is not { } store)
        {
            _metrics.Forget(key);
            return ReconcileResult.Done;
        }

        if (!StoreClass.IsServed(store.Spec, _options.ControllerClass))
        {
            Log.OtherClass(_logger, key, store.Spec.Controller);
            return ReconcileResult.Done;
        }

        if (store.Metadata.DeletionTimestamp is not null)
        {
            return ReconcileResult.Done;
        }

        var started = _time.GetTimestamp();
        var snapshot = _snapshot(store);
        var verdict = await ValidateAsync(snapshot, cancellationToken);
        await WriteStatusAsync(store, verdict, cancellationToken);
        _metrics.Record(key, verdict.Ready, _time.GetElapsedTime(started));
        if (verdict.Retry)
        {
            throw new StoreValidationException(verdict.Message);
        }

        return ReconcileResult.After(StoreRefreshInterval.Resolve(store.Spec.RefreshInterval, _options.RequeueInterval));
    }

    private async ValueTask<StoreVerdict> ValidateAsync(StoreSnapshot store, CancellationToken cancellationToken)
    {
        var names = StoreProviderName.Of(store.Spec);
        if (names.Count != 1)
        {
            return StoreVerdict.Invalid(StoreMessages.ProviderCount(names.Count), retry: false);
        }

        if (_providers.Find(names[0]) is not { } provider)
        {
            var supported = string.Join(", ", _providers.Names.Order(StringComparer.Ordinal));
            return StoreVerdict.Invalid($"{StoreMessages.ProviderNotSupported(names[0])} (supported: {supported})", retry: false);
        }

        var check = provider.ValidateStore(store.Identity, store.Spec);
        foreach (var warning in check.Warnings)
        {
            Log.StoreWarning(_logger, store.Identity.ToString(), warning);
        }

        if (!check.IsValid)
        {
            return StoreVerdict.Invalid($"{StoreConditionReasons.UnableToCreateClient}: {check.Error}", retry: false);
        }

        return await ValidateClientAsync(provider, store, cancellationToken);
    }

    private async ValueTask<StoreVerdict> ValidateClientAsync(ISecretsProvider provider, StoreSnapshot store, CancellationToken cancellationToken)
    {
        Providers.Pooling.SecretsClientLease lease;
        try
        {
            lease = await _clients.AcquireAsync(provider, store, consumerNamespace: null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return StoreVerdict.Invalid($"{StoreConditionReasons.UnableToCreateClient}: {ex.Message}", retry: true);
        }

        await using (lease)
        {
            ClientValidation validation;
            try
            {
                validation = await lease.Client.ValidateAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                validation = new ClientValidation(ClientValidationOutcome.Error, ex.Message);
            }

            var capabilities = provider.Capabilities.ToString();
            return validation.Outcome switch
            {
                ClientValidationOutcome.Ready => new(true, StoreConditionReasons.Valid, StoreConditionReasons.StoreValidated, capabilities),
                ClientValidationOutcome.Unknown => new(true, StoreConditionReasons.ValidationUnknown, StoreConditionReasons.UnknownValidation, capabilities),
                _ => StoreVerdict.Invalid(Detail(StoreConditionReasons.UnableToValidate, validation.Message), retry: true),
            };
        }
    }

    private async Task WriteStatusAsync(TStore current, StoreVerdict verdict, CancellationToken cancellationToken)
    {
        var desired = KubernetesJson.Deserialize<TStore>(KubernetesJson.Serialize(current));
        desired.Status ??= new SecretStoreStatus();
        desired.Status.Conditions ??= [];
        if (verdict.Capabilities is not null)
        {
            desired.Status.Capabilities = verdict.Capabilities;
        }

        var now = _time.GetUtcNow();
        var changed = Conditions.Set(desired.Status.Conditions, new StatusCondition
        {
            Type = StoreReadiness.ReadyType,
            Status = verdict.Ready ? "True" : "False",
            Reason = verdict.Reason,
            Message = verdict.Message,
        }, new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero), StoreConditionFields.Fields);
        if (await StatusWriter.UpdateIfChangedAsync(_client, Type, current, desired, cancellationToken) is null || !changed)
        {
            return;
        }

        var key = ObjectKey.Of(current);
        Log.ConditionChanged(_logger, key, verdict.Ready, verdict.Reason, verdict.Message);
        await _events.RecordAsync(current, verdict.Ready ? EventType.Normal : EventType.Warning, verdict.Reason, "Validate", verdict.Message, cancellationToken);
    }

    private static string Detail(string message, string? detail) => string.IsNullOrEmpty(detail) ? message : $"{message}: {detail}";
}
