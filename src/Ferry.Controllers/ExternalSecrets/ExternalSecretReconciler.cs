using System.Diagnostics;
using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Controllers.Stores;
using Ferry.Providers;
using Ferry.Providers.Pooling;
using Ferry.Runtime;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Client;
using Ferry.Runtime.Controllers;
using Ferry.Runtime.Events;
using Ferry.Templating;
using Ferry.Templating.Eso;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// ESO's ExternalSecret reconcile (eso-behaviour.md §2.1) as a list of named steps: finalizer, refresh decision,
/// provider fetch, deletion policy on empty data, template, creation policy, write only what changed, status.
/// Reads come from the caches; a provider or template failure never touches the Secret.
/// </summary>
internal sealed partial class ExternalSecretReconciler : IReconciler<ObjectKey>
{
    /// <summary>After a write conflict: re-read the cache and try again almost at once, as ESO's immediate requeue.</summary>
    private static readonly TimeSpan ConflictRetry = TimeSpan.FromMilliseconds(20);

    private static readonly ResourceType Secrets = ResourceType.For<V1Secret>();
    private static readonly ResourceType ExternalSecrets = ResourceType.For<ExternalSecret>();

    private readonly ExternalSecretsControllerOptions _options;
    private readonly IKubeClient _client;
    private readonly IEventRecorder _events;
    private readonly TimeProvider _time;
    private readonly ObjectStore<ExternalSecret> _externalSecrets;
    private readonly ObjectStore<V1Secret> _secrets;
    private readonly ExternalSecretMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ProviderDataFetcher _fetcher;
    private readonly ExternalSecretRenderer _renderer;
    private readonly SyncWindowGate _windows = new();
    private readonly OwnWrites _ownWrites;
    private readonly ForcedRefreshes _forced;
    private readonly UncachedTargets _targets;

    public ExternalSecretReconciler(
        ExternalSecretsControllerOptions options,
        IKubeClient client,
        IStoreResolver stores,
        IEventRecorder events,
        TimeProvider time,
        ObjectStore<ExternalSecret> externalSecrets,
        ObjectStore<V1Secret> secrets,
        ExternalSecretMetrics metrics,
        OwnWrites ownWrites,
        ForcedRefreshes forced,
        ILogger logger)
    {
        _forced = forced;
        _ownWrites = ownWrites;
        _options = options;
        _client = client;
        _targets = new UncachedTargets(client);
        _events = events;
        _time = time;
        _externalSecrets = externalSecrets;
        _secrets = secrets;
        _metrics = metrics;
        _logger = logger;
        var cache = new TemplateCache();
        _fetcher = new ProviderDataFetcher(stores, new KeyRewrites(cache, options.TemplateLeftDelimiter, options.TemplateRightDelimiter), metrics);
        _renderer = new ExternalSecretRenderer(new SecretTemplateRenderer(cache, options.TemplateLeftDelimiter, options.TemplateRightDelimiter));
    }

    public async ValueTask<ReconcileResult> ReconcileAsync(ObjectKey key, CancellationToken cancellationToken)
    {
        var ns = key.Namespace ?? "";
        if (_externalSecrets.Get(key) is not { } cached)
        {
            _metrics.Forget(key.Name, ns);
            _ownWrites.Forget(key);
            return ReconcileResult.Done;
        }

        var externalSecret = _ownWrites.Freshest(cached);

        var started = Stopwatch.GetTimestamp();
        _metrics.SyncCall(key.Name, ns);
        try
        {
            return await ReconcileExternalSecretAsync(externalSecret, cancellationToken);
        }
        finally
        {
            _metrics.ReconcileDuration(key.Name, ns, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<ReconcileResult> ReconcileExternalSecretAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (externalSecret.Metadata.DeletionTimestamp is not null)
        {
            await FinalizeAsync(externalSecret, cancellationToken);
            return ReconcileResult.Done;
        }

        externalSecret = await EnsureFinalizerAsync(externalSecret, cancellationToken);
        try
        {
            return await SyncAsync(externalSecret, now, cancellationToken);
        }
        catch (SyncException failure)
        {
            return await FailAsync(externalSecret, failure, cancellationToken);
        }
        catch (UnmanagedStoreException skip)
        {
            Log.Unmanaged(_logger, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name, skip.Message);
            return ReconcileResult.Done;
        }
    }

    private async Task<ReconcileResult> SyncAsync(ExternalSecret externalSecret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (externalSecret.Spec.Target?.Manifest is not null)
        {
            throw new SyncException(
                ExternalSecretMessages.UpdateFailed,
                "spec.target.manifest (generic targets) is not supported by Ferry yet; only Secret targets are written",
                terminal: true);
        }

        var existing = _secrets.Get(externalSecret.Metadata.NamespaceProperty, ExternalSecretsController.TargetName(externalSecret));
        // A store change refreshes periodic ExternalSecrets at once; CreatedOnce, OnChange and interval 0 keep
        // their promise not to re-read the provider.
        var forced = _forced.Take(ObjectKey.Of(externalSecret))
            && externalSecret.Spec.RefreshPolicy is null or ExternalSecretRefreshPolicy.Periodic
            && RefreshDecision.Interval(externalSecret) > TimeSpan.Zero;
        if (!forced && !RefreshDecision.ShouldRefresh(externalSecret, now, _windows) && RefreshDecision.IsSecretValid(existing, externalSecret))
        {
            Log.Skipped(_logger, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name);
            return Requeue(externalSecret, externalSecret.Status?.RefreshTime, now);
        }

        // A first sync that creates its target skips the read: the create's AlreadyExists leads to it instead.
        var readSkipped = existing is null && UncachedTargets.CanCreateFirst(externalSecret);
        if (existing is null && !readSkipped)
        {
            existing = await _targets.ReadAsync(externalSecret, cancellationToken);
        }

        // A first sync, a force-sync or an edited spec wants the backend's current values; a due periodic refresh may
        // share a read another ExternalSecret of the same store and namespace made moments ago.
        using var fresh = RefreshDecision.WantsFreshValues(externalSecret) ? FreshReads.Require() : null;
        var data = await _fetcher.FetchAsync(
            externalSecret,
            note => _events.RecordAsync(externalSecret, EventType.Normal, EventReasons.MissingProviderSecret, "Sync", note, cancellationToken),
            cancellationToken);

        if (data.Count == 0 && readSkipped)
        {
            // The deletion policies decide on the Secret that is there; this rare path reads it as before.
            existing = await _targets.ReadAsync(externalSecret, cancellationToken);
        }

        if (data.Count == 0 && await ApplyDeletionPolicyAsync(externalSecret, existing, now, cancellationToken) is { } done)
        {
            return done;
        }

        // None writes nothing and Merge waits for its target, both before any template runs, as in ESO.
        return RefreshDecision.CreationPolicy(externalSecret) switch
        {
            ExternalSecretCreationPolicy.None => await MarkDoneAsync(externalSecret, ExternalSecretReasons.SecretSynced, ExternalSecretMessages.Synced, now, binding: false, cancellationToken),
            ExternalSecretCreationPolicy.Merge when existing is null =>
                await MarkDoneAsync(externalSecret, ExternalSecretReasons.SecretMissing, ExternalSecretMessages.MissingMergeTarget, now, binding: false, cancellationToken),
            _ => await WriteAsync(externalSecret, existing, await RenderAsync(externalSecret, data, cancellationToken), now, cancellationToken),
        };
    }

    private async Task<RenderedSecret> RenderAsync(ExternalSecret externalSecret, Dictionary<string, SecretValue> data, CancellationToken cancellationToken)
    {
        var sources = await TemplateSources.LoadAsync(_client, externalSecret, cancellationToken);
        var bytes = data.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        try
        {
            return _renderer.Render(externalSecret, bytes, sources);
        }
        catch (SecretTemplateException ex)
        {
            throw new SyncException(ExternalSecretMessages.UpdateFailed, $"could not apply template: {ex.Message}", inner: ex);
        }
    }

    /// <summary>Empty provider data (eso-behaviour.md §2.1 item 10); null means "go on and write" (Merge).</summary>
    private async Task<ReconcileResult?> ApplyDeletionPolicyAsync(ExternalSecret externalSecret, V1Secret? existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (RefreshDecision.DeletionPolicy(externalSecret))
        {
            case ExternalSecretDeletionPolicy.Delete:
                var policy = RefreshDecision.CreationPolicy(externalSecret);
                if (policy != ExternalSecretCreationPolicy.Owner)
                {
                    throw new SyncException(
                        ExternalSecretMessages.DeleteFailed,
                        $"unable to delete secret {ExternalSecretsController.TargetName(externalSecret)}: creationPolicy={policy} is not Owner",
                        terminal: true);
                }

                if (existing is not null && IsControlledBy(existing, externalSecret))
                {
                    await DeleteSecretAsync(externalSecret, existing.Metadata.Name, EventMessages.SecretDeleted, cancellationToken);
                }

                await MarkDoneAsync(externalSecret, ExternalSecretReasons.SecretDeleted, ExternalSecretMessages.Deleted, now, binding: false, cancellationToken);
                return Requeue(externalSecret, now, now);
            case ExternalSecretDeletionPolicy.Retain:
                return await MarkDoneAsync(externalSecret, ExternalSecretReasons.SecretSynced, ExternalSecretMessages.SyncedRetained, now, binding: existing is not null, cancellationToken);
            default:
                return null;
        }
    }

    private async Task<ReconcileResult> WriteAsync(ExternalSecret externalSecret, V1Secret? existing, RenderedSecret rendered, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RefreshDecision.CreationPolicy(externalSecret) == ExternalSecretCreationPolicy.Owner)
        {
            await DeleteOrphansAsync(externalSecret, cancellationToken);
        }

        var desired = TargetSecretBuilder.Build(externalSecret, existing, rendered);
        var manager = FieldManager.ForExternalSecret(externalSecret.Metadata.Name);
        try
        {
            if (existing is null)
            {
                if (await TryCreateAsync(desired, manager, cancellationToken))
                {
                    Log.Synced(_logger, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name, desired.Metadata.Name, "created");
                    await _events.RecordAsync(externalSecret, EventType.Normal, EventReasons.Created, "Create", EventMessages.SecretCreated, cancellationToken);
                }
                else
                {
                    // Someone holds the name: the same rules as for any uncached target decide (a foreign Secret
                    // under Owner or Orphan fails the sync untouched; CreateOrMerge adopts it); then write onto it.
                    existing = await _targets.ReadAsync(externalSecret, cancellationToken);
                    if (existing is null)
                    {
                        Log.Conflict(_logger, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name);
                        return ReconcileResult.After(ConflictRetry);
                    }

                    desired = TargetSecretBuilder.Build(externalSecret, existing, rendered);
                }
            }

            if (existing is not null && SecretCopy.Differs(existing, desired))
            {
                if (existing.Immutable == true && (SecretCopy.DataDiffers(existing, desired) || (existing.Type ?? "Opaque") != (desired.Type ?? "Opaque")))
                {
                    throw new SyncException(ExternalSecretMessages.UpdateFailedImmutable, "secret is immutable: its data or type cannot change", terminal: true);
                }

                desired.Metadata.ManagedFields = null;
                await _client.UpdateAsync(Secrets, desired, manager, cancellationToken);
                Log.Synced(_logger, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name, desired.Metadata.Name, "updated");
                await _events.RecordAsync(externalSecret, EventType.Normal, EventReasons.Updated, "Update", EventMessages.SecretUpdated, cancellationToken);
            }
        }
        catch (Exception ex) when (ApiError.Classify(ex) is ApiErrorKind.Conflict or ApiErrorKind.AlreadyExists)
        {
            Log.Conflict(_logger, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name);
            return ReconcileResult.After(ConflictRetry);
        }
        catch (Exception ex) when (ex is not SyncException && ApiError.Classify(ex) is not ApiErrorKind.Unknown)
        {
            throw new SyncException(ExternalSecretMessages.UpdateFailed, $"could not write secret {desired.Metadata.Name}: {ApiError.Classify(ex)}", inner: ex);
        }

        return await MarkDoneAsync(externalSecret, ExternalSecretReasons.SecretSynced, ExternalSecretMessages.Synced, now, binding: true, cancellationToken);
    }

    private async Task<bool> TryCreateAsync(V1Secret desired, string manager, CancellationToken cancellationToken)
    {
        try
        {
            await _client.CreateAsync(Secrets, desired, manager, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ApiError.Classify(ex) == ApiErrorKind.AlreadyExists)
        {
            return false;
        }
    }

    /// <summary>Owner targets left behind by a rename: labelled created-by this ExternalSecret, under another name.</summary>
    private async Task DeleteOrphansAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        var ns = externalSecret.Metadata.NamespaceProperty ?? "";
        var owner = Labels.CreatedByValue(ns, externalSecret.Metadata.Name);
        var target = ExternalSecretsController.TargetName(externalSecret);
        foreach (var orphan in _secrets.List(ns))
        {
            if (orphan.Metadata.Name != target && orphan.Metadata.Labels is { } labels && labels.TryGetValue(Labels.CreatedBy, out var createdBy) && createdBy == owner)
            {
                try
                {
                    await DeleteSecretAsync(externalSecret, orphan.Metadata.Name, EventMessages.OrphanDeleted, cancellationToken);
                }
                catch (Exception ex) when (ApiError.Classify(ex) is not ApiErrorKind.Unknown)
                {
                    throw new SyncException(ExternalSecretMessages.DeleteOrphansFailed, $"could not delete orphaned secret {orphan.Metadata.Name}: {ApiError.Classify(ex)}", inner: ex);
                }
            }
        }
    }

    private async Task DeleteSecretAsync(ExternalSecret externalSecret, string name, string why, CancellationToken cancellationToken)
    {
        if (await _client.DeleteAsync(Secrets, externalSecret.Metadata.NamespaceProperty, name, cancellationToken))
        {
            Log.Deleted(_logger, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name, name, why);
            await _events.RecordAsync(externalSecret, EventType.Normal, EventReasons.Deleted, "Delete", why, cancellationToken);
        }
    }

    private async Task<ReconcileResult> MarkDoneAsync(
        ExternalSecret externalSecret, string reason, string message, DateTimeOffset now, bool binding, CancellationToken cancellationToken)
    {
        var status = ExternalSecretStatusWriter.Copy(externalSecret.Status);
        ExternalSecretStatusWriter.SetReady(status, ready: true, reason, message, now);
        status.SyncedResourceVersion = RefreshDecision.CurrentMetaHash(externalSecret);
        status.Binding = binding ? new LocalObjectReference { Name = ExternalSecretsController.TargetName(externalSecret) } : status.Binding;
        status.RefreshTime = ExternalSecretStatusWriter.Truncate(now);
        if (!_options.WriteRefreshTimeOnUnchangedRefresh && externalSecret.Status?.RefreshTime is { } previous)
        {
            // Keep the old time when it is the only difference, so an unchanged refresh writes nothing at all.
            var withPrevious = ExternalSecretStatusWriter.Copy(status);
            withPrevious.RefreshTime = previous;
            if (!ExternalSecretStatusWriter.Differs(externalSecret.Status, withPrevious))
            {
                _metrics.ReadyCondition(externalSecret.Metadata.Name, externalSecret.Metadata.NamespaceProperty ?? "", "True");
                return Requeue(externalSecret, previous, now);
            }
        }

        await WriteStatusAsync(externalSecret, status, cancellationToken);
        _metrics.ReadyCondition(externalSecret.Metadata.Name, externalSecret.Metadata.NamespaceProperty ?? "", "True");
        return Requeue(externalSecret, status.RefreshTime, now);
    }

    private async Task<ReconcileResult> FailAsync(ExternalSecret externalSecret, SyncException failure, CancellationToken cancellationToken)
    {
        var name = externalSecret.Metadata.Name;
        var ns = externalSecret.Metadata.NamespaceProperty ?? "";
        Log.SyncFailed(_logger, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name, failure.Message);
        _metrics.SyncError(name, ns);
        _metrics.ReadyCondition(name, ns, "False");
        await _events.RecordAsync(externalSecret, EventType.Warning, EventReasons.UpdateFailed, "Sync", failure.Message, cancellationToken);
        var status = ExternalSecretStatusWriter.Copy(externalSecret.Status);
        ExternalSecretStatusWriter.SetReady(status, ready: false, ExternalSecretReasons.SecretSyncedError, failure.ConditionMessage, _time.GetUtcNow());
        await WriteStatusAsync(externalSecret, status, cancellationToken);
        if (failure.Terminal)
        {
            throw new TerminalReconcileException(failure.Message, failure);
        }

        throw failure;
    }

    private async Task FinalizeAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        _metrics.Forget(externalSecret.Metadata.Name, externalSecret.Metadata.NamespaceProperty ?? "");
        var finalizers = externalSecret.Metadata.Finalizers ?? [];
        if (!finalizers.Contains(Finalizers.ExternalSecret))
        {
            return;
        }

        if (RefreshDecision.DeletionPolicy(externalSecret) == ExternalSecretDeletionPolicy.Delete)
        {
            var name = ExternalSecretsController.TargetName(externalSecret);
            var target = _secrets.Get(externalSecret.Metadata.NamespaceProperty, name)
                ?? await _client.GetAsync<V1Secret>(Secrets, externalSecret.Metadata.NamespaceProperty, name, cancellationToken);
            if (target is not null && IsControlledBy(target, externalSecret))
            {
                await DeleteSecretAsync(externalSecret, name, EventMessages.SecretDeleted, cancellationToken);
            }
        }

        await PatchFinalizersAsync(externalSecret, [.. finalizers.Where(f => f != Finalizers.ExternalSecret)], cancellationToken);
    }

    private async Task<ExternalSecret> EnsureFinalizerAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        var finalizers = externalSecret.Metadata.Finalizers ?? [];
        return finalizers.Contains(Finalizers.ExternalSecret)
            ? externalSecret
            : await PatchFinalizersAsync(externalSecret, [.. finalizers, Finalizers.ExternalSecret], cancellationToken);
    }

    // A merge patch replaces the whole list; the resourceVersion makes it fail (and retry) if the list moved meanwhile.
    private async Task<ExternalSecret> PatchFinalizersAsync(ExternalSecret externalSecret, List<string> finalizers, CancellationToken cancellationToken)
    {
        var patch = new System.Text.Json.Nodes.JsonObject
        {
            ["metadata"] = new System.Text.Json.Nodes.JsonObject
            {
                ["resourceVersion"] = externalSecret.Metadata.ResourceVersion,
                ["finalizers"] = new System.Text.Json.Nodes.JsonArray([.. finalizers.Select(f => (System.Text.Json.Nodes.JsonNode)f)]),
            },
        };
        var written = await _client.PatchAsync<ExternalSecret>(
            ExternalSecrets, externalSecret.Metadata.NamespaceProperty, externalSecret.Metadata.Name,
            new V1Patch(patch.ToJsonString(), V1Patch.PatchType.MergePatch), null, cancellationToken);
        _ownWrites.Wrote(externalSecret, written);
        return written;
    }

    private async Task<bool> WriteStatusAsync(ExternalSecret externalSecret, ExternalSecretStatus status, CancellationToken cancellationToken)
    {
        if (await ExternalSecretStatusWriter.WriteIfChangedAsync(_client, externalSecret, status, cancellationToken) is not { } written)
        {
            return false;
        }

        _ownWrites.Wrote(externalSecret, written);
        return true;
    }

    private static bool IsControlledBy(V1Secret secret, ExternalSecret externalSecret) =>
        secret.Metadata.OwnerReferences?.Any(r => r.Controller == true && r.Kind == ExternalSecret.KubeKind && r.Uid == externalSecret.Metadata.Uid) == true;

    private static ReconcileResult Requeue(ExternalSecret externalSecret, DateTimeOffset? refreshTime, DateTimeOffset now) =>
        RefreshDecision.RequeueAfter(externalSecret, refreshTime, now) is { } delay ? ReconcileResult.After(delay) : ReconcileResult.Done;
}
