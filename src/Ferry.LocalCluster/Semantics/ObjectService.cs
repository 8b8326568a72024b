using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Patching;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Semantics;

/// <summary>
/// The API's write and read semantics over the store: metadata the server owns, optimistic concurrency,
/// generation, status subresources, validation, finalizers and deletion. Every public call is atomic.
/// </summary>
internal sealed partial class ObjectService
{
    private readonly TimeProvider _time;
    private readonly List<IClusterHooks> _hooks = [];
    private Action? _backgroundWork;

    public ObjectService(ClusterStore store, ResourceRegistry registry, TimeProvider time)
    {
        Store = store;
        Registry = registry;
        _time = time;
    }

    public ClusterStore Store { get; }

    public ResourceRegistry Registry { get; }

    public void AddHooks(IClusterHooks hooks) => _hooks.Add(hooks);

    public string Now() => _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    public StoredObject Get(ResourceType type, string ns, string name)
    {
        lock (Store.Gate)
        {
            return Store.Get(type.GroupResource, ns, name) ?? throw ApiErrors.NotFound(type, name);
        }
    }

    public StoredObject Create(ResourceType type, string ns, JsonObject value, WriteOptions options)
    {
        // Everything that reads only the request body runs before taking the lock, so concurrent creates contend only
        // for the checks against stored state, the resourceVersion and the insert.
        PrepareCreate(type, ns, value, options, managedFieldsSet: false);
        var draft = options.DryRun ? null : StoredObject.Draft(value);
        lock (Store.Gate)
        {
            var stored = CommitCreateLocked(type, ns, value, options, draft);
            ReconcileLocked();
            return stored;
        }
    }

    /// <summary>
    /// An update, computed optimistically outside the lock against the version read (parsing, defaulting,
    /// validation, managedFields, serialization) and committed under the lock only if the object has not changed
    /// since; otherwise it is computed again, and after a few lost races under the lock.
    /// </summary>
    public StoredObject Update(ResourceType type, string ns, string name, JsonObject value, string? subresource, WriteOptions options)
    {
        for (var attempt = 0; attempt < OptimisticAttempts; attempt++)
        {
            var existing = Read(type, ns, name);
            if (existing is null)
            {
                break;
            }

            options.Warnings.Clear();
            var result = TryCommitUpdate(type, ns, name, value.DeepClone().AsObject(), subresource, options, managedFieldsSet: false, existing);
            if (result is not null)
            {
                return result;
            }
        }

        options.Warnings.Clear();
        lock (Store.Gate)
        {
            var stored = UpdateLocked(type, ns, name, value, subresource, options, managedFieldsSet: false);
            ReconcileLocked();
            return stored;
        }
    }

    /// <summary>
    /// A read-modify-write (patches, server-side apply): the patch function sees the current object (or null). It runs
    /// outside the lock against the version read and commits only if that version is still current, like
    /// <see cref="Update"/>; the patch function may therefore run more than once.
    /// </summary>
    public StoredObject Modify(ResourceType type, string ns, string name, string? subresource, WriteOptions options, Func<JsonObject?, PatchOutcome> patch)
    {
        for (var attempt = 0; attempt < OptimisticAttempts; attempt++)
        {
            options.Warnings.Clear();
            var existing = Read(type, ns, name);
            var outcome = patch(existing?.Copy());
            if (existing is null)
            {
                if (!outcome.CreateIfMissing)
                {
                    throw ApiErrors.NotFound(type, name);
                }

                PrepareCreate(type, ns, outcome.Value, options, outcome.ManagedFieldsSet);
                var draft = options.DryRun ? null : StoredObject.Draft(outcome.Value);
                lock (Store.Gate)
                {
                    if (Store.Get(type.GroupResource, ns, name) is not null)
                    {
                        continue;
                    }

                    var created = CommitCreateLocked(type, ns, outcome.Value, options, draft);
                    ReconcileLocked();
                    return created;
                }
            }

            var result = TryCommitUpdate(type, ns, name, outcome.Value, subresource, options, outcome.ManagedFieldsSet, existing);
            if (result is not null)
            {
                return result;
            }
        }

        options.Warnings.Clear();
        lock (Store.Gate)
        {
            var existing = Store.Get(type.GroupResource, ns, name);
            var outcome = patch(existing?.Copy());
            StoredObject stored;
            if (existing is null)
            {
                if (!outcome.CreateIfMissing)
                {
                    throw ApiErrors.NotFound(type, name);
                }

                stored = CreateLocked(type, ns, outcome.Value, options, managedFieldsSet: outcome.ManagedFieldsSet);
            }
            else
            {
                stored = UpdateLocked(type, ns, name, outcome.Value, subresource, options, outcome.ManagedFieldsSet);
            }

            ReconcileLocked();
            return stored;
        }
    }

    /// <summary>How many times an optimistic write recomputes after losing a race before it computes under the lock.</summary>
    private const int OptimisticAttempts = 4;

    private StoredObject? Read(ResourceType type, string ns, string name)
    {
        lock (Store.Gate)
        {
            return Store.Get(type.GroupResource, ns, name);
        }
    }

    /// <summary>Computes an update against <paramref name="existing"/> and commits it if that is still the stored version; null if not.</summary>
    private StoredObject? TryCommitUpdate(
        ResourceType type, string ns, string name, JsonObject value, string? subresource, WriteOptions options, bool managedFieldsSet, StoredObject existing)
    {
        var prepared = PrepareUpdate(type, ns, name, value, subresource, options, managedFieldsSet, existing);
        if (prepared is null)
        {
            // No change against the version read: the answer is that version, as a no-op write answers.
            return existing;
        }

        var draft = options.DryRun ? null : StoredObject.Draft(prepared);
        lock (Store.Gate)
        {
            if (!ReferenceEquals(Store.Get(type.GroupResource, ns, name), existing))
            {
                return null;
            }

            var stored = CommitUpdateLocked(type, prepared, existing, options, draft);
            ReconcileLocked();
            return stored;
        }
    }

    internal StoredObject CreateLocked(ResourceType type, string ns, JsonObject value, WriteOptions options, bool managedFieldsSet = false)
    {
        PrepareCreate(type, ns, value, options, managedFieldsSet);
        return CommitCreateLocked(type, ns, value, options, draft: null);
    }

    /// <summary>The part of a create that depends only on the object itself: defaulting, validation, managedFields.</summary>
    private void PrepareCreate(ResourceType type, string ns, JsonObject value, WriteOptions options, bool managedFieldsSet)
    {
        CheckKind(type, value);
        var metadata = JsonFields.Metadata(value);
        if (type.Namespaced)
        {
            var bodyNamespace = JsonFields.String(metadata, "namespace");
            if (!string.IsNullOrEmpty(bodyNamespace) && !string.Equals(bodyNamespace, ns, StringComparison.Ordinal))
            {
                throw ApiErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }

            metadata["namespace"] = ns;
        }
        else
        {
            metadata.Remove("namespace");
        }

        if (!string.IsNullOrEmpty(JsonFields.String(metadata, "resourceVersion")))
        {
            throw new ApiException(500, "InternalError", "resourceVersion should not be set on objects to be created");
        }

        var name = JsonFields.String(metadata, "name");
        if (string.IsNullOrEmpty(name) && JsonFields.String(metadata, "generateName") is { Length: > 0 } prefix)
        {
            name = prefix + RandomSuffix();
            metadata["name"] = name;
        }

        HandleUnknownFields(type, value, options);
        type.Strategy.PrepareForCreate(value);
        metadata = JsonFields.Metadata(value);
        metadata["uid"] = Guid.NewGuid().ToString();
        metadata["creationTimestamp"] = Now();
        metadata.Remove("deletionTimestamp");
        metadata.Remove("deletionGracePeriodSeconds");
        metadata.Remove("selfLink");
        if (type.Strategy.TracksGeneration)
        {
            metadata["generation"] = 1;
        }
        else
        {
            metadata.Remove("generation");
        }

        Validate(type, value, null, JsonFields.String(metadata, "name") ?? string.Empty);
        if (!managedFieldsSet)
        {
            metadata.Remove("managedFields");
            ManagedFields.RecordUpdate(value, null, options.FieldManager, null, Now(), type.Strategy.ListTypeAt, type.Strategy.StructFields);
        }
    }

    /// <summary>The part of a create that needs the stored state; runs under the store lock.</summary>
    private StoredObject CommitCreateLocked(ResourceType type, string ns, JsonObject value, WriteOptions options, StoredObject? draft)
    {
        var metadata = JsonFields.Metadata(value);
        var name = JsonFields.String(metadata, "name")!;
        if (type.Namespaced)
        {
            CheckNamespaceWritable(type, ns, name);
        }

        if (Store.Get(type.GroupResource, ns, name) is not null)
        {
            throw ApiErrors.AlreadyExists(type, name);
        }

        if (options.DryRun)
        {
            metadata["resourceVersion"] = Store.Revision.ToString(CultureInfo.InvariantCulture);
            return new StoredObject(value);
        }

        var stored = draft is null ? Store.Write(type.GroupResource, value, null) : Store.Write(type.GroupResource, draft, null);
        foreach (var hooks in _hooks)
        {
            hooks.Written(this, type.GroupResource, stored, null);
        }

        return stored;
    }

    internal StoredObject UpdateLocked(
        ResourceType type, string ns, string name, JsonObject value, string? subresource, WriteOptions options, bool managedFieldsSet)
    {
        CheckUpdateTarget(type, value, ns, name);
        var existing = Store.Get(type.GroupResource, ns, name);
        if (existing is null)
        {
            if (type.Strategy.AllowCreateOnUpdate && subresource is null)
            {
                JsonFields.Metadata(value).Remove("resourceVersion");
                return CreateLocked(type, ns, value, options, managedFieldsSet);
            }

            throw ApiErrors.NotFound(type, name);
        }

        var prepared = PrepareUpdate(type, ns, name, value, subresource, options, managedFieldsSet, existing);
        return prepared is null ? existing : CommitUpdateLocked(type, prepared, existing, options, draft: null);
    }

    private static void CheckUpdateTarget(ResourceType type, JsonObject value, string ns, string name)
    {
        CheckKind(type, value);
        var metadata = JsonFields.Metadata(value);
        var bodyName = JsonFields.String(metadata, "name");
        if (string.IsNullOrEmpty(bodyName))
        {
            metadata["name"] = name;
        }
        else if (!string.Equals(bodyName, name, StringComparison.Ordinal))
        {
            throw ApiErrors.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({name})");
        }

        if (type.Namespaced)
        {
            var bodyNamespace = JsonFields.String(metadata, "namespace");
            if (!string.IsNullOrEmpty(bodyNamespace) && !string.Equals(bodyNamespace, ns, StringComparison.Ordinal))
            {
                throw ApiErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }
        }
    }

    /// <summary>
    /// Everything an update computes from the request and the version it replaces; safe outside the lock (it reads
    /// only a private parse of <paramref name="existing"/>). Returns null when the write changes nothing.
    /// </summary>
    private JsonObject? PrepareUpdate(
        ResourceType type, string ns, string name, JsonObject value, string? subresource, WriteOptions options, bool managedFieldsSet, StoredObject existing)
    {
        CheckUpdateTarget(type, value, ns, name);
        var metadata = JsonFields.Metadata(value);
        var requested = JsonFields.String(metadata, "resourceVersion");
        if (!string.IsNullOrEmpty(requested)
            && !string.Equals(requested, existing.ResourceVersion.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            throw ApiErrors.StaleResourceVersion(type, name);
        }

        var old = existing.Copy();
        var oldMetadata = JsonFields.Metadata(old);
        value = subresource switch
        {
            "status" => TakeOnly(old, value, v => v["status"], (target, status) => target["status"] = status),
            "finalize" => TakeOnly(old, value, v => JsonFields.Object(v, "spec")?["finalizers"], (target, finalizers) =>
            {
                var spec = JsonFields.Object(target, "spec") ?? [];
                spec["finalizers"] = finalizers;
                target["spec"] = spec;
            }),
            _ => PrepareMainUpdate(type, value, old, options),
        };
        if (subresource == "status")
        {
            HandleUnknownFields(type, value, options);
            type.Strategy.PrepareForStatusUpdate(value);
        }

        // A client that rewrites managedFields itself (kubectl's client-side to server-side apply upgrade) is obeyed.
        managedFieldsSet |= JsonFields.Metadata(value)["managedFields"] is JsonArray { Count: > 0 } given
            && !JsonNode.DeepEquals(given, oldMetadata["managedFields"]);
        CarryServerMetadata(JsonFields.Metadata(value), oldMetadata, managedFieldsSet);
        CheckFinalizersWhileDeleting(type, value, old, name);
        if (type.Strategy.TracksGeneration && SpecChanged(type, value, old))
        {
            JsonFields.Metadata(value)["generation"] = ((long?)oldMetadata["generation"] ?? 0) + 1;
        }

        Validate(type, value, old, name);
        if (!managedFieldsSet)
        {
            ManagedFields.RecordUpdate(value, old, options.FieldManager, subresource, Now(), type.Strategy.ListTypeAt, type.Strategy.StructFields);
        }

        return IsNoOp(value, old) ? null : value;
    }

    /// <summary>The part of an update that needs the store: the write, the hooks, and removal of a released object.</summary>
    private StoredObject CommitUpdateLocked(ResourceType type, JsonObject value, StoredObject existing, WriteOptions options, StoredObject? draft)
    {
        if (options.DryRun)
        {
            return new StoredObject(value);
        }

        var stored = draft is null ? Store.Write(type.GroupResource, value, existing) : Store.Write(type.GroupResource, draft, existing);
        foreach (var hooks in _hooks)
        {
            hooks.Written(this, type.GroupResource, stored, existing);
        }

        if (stored.IsTerminating && type.Strategy.ReadyToDelete(stored.Value))
        {
            RemoveLocked(type, stored);
        }

        return stored;
    }

    private static JsonObject PrepareMainUpdate(ResourceType type, JsonObject value, JsonObject old, WriteOptions options)
    {
        HandleUnknownFields(type, value, options);
        if (type.HasStatus)
        {
            if (old["status"] is { } status)
            {
                value["status"] = status.DeepClone();
            }
            else
            {
                value.Remove("status");
            }
        }

        type.Strategy.PrepareForUpdate(value, old);
        return value;
    }

    /// <summary>A subresource write changes one part; everything else comes from the stored object.</summary>
    private static JsonObject TakeOnly(JsonObject old, JsonObject value, Func<JsonObject, JsonNode?> part, Action<JsonObject, JsonNode?> set)
    {
        var result = old.DeepClone().AsObject();
        var metadata = JsonFields.Metadata(result);
        metadata["resourceVersion"] = JsonFields.String(JsonFields.Metadata(value), "resourceVersion");
        metadata["managedFields"] = JsonFields.Metadata(value)["managedFields"]?.DeepClone();
        var taken = part(value)?.DeepClone();
        if (taken is null)
        {
            result.Remove("status");
        }

        set(result, taken);
        return result;
    }

    private static void CarryServerMetadata(JsonObject metadata, JsonObject old, bool managedFieldsSet)
    {
        foreach (var field in new[] { "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "namespace" })
        {
            if (old[field] is { } kept)
            {
                metadata[field] = kept.DeepClone();
            }
            else
            {
                metadata.Remove(field);
            }
        }

        metadata.Remove("selfLink");
        metadata["resourceVersion"] = old["resourceVersion"]?.DeepClone();
        if (!managedFieldsSet && metadata["managedFields"] is not JsonArray { Count: > 0 })
        {
            metadata["managedFields"] = old["managedFields"]?.DeepClone();
        }
    }

    private static void CheckFinalizersWhileDeleting(ResourceType type, JsonObject value, JsonObject old, string name)
    {
        if (!JsonFields.Metadata(old).ContainsKey("deletionTimestamp"))
        {
            return;
        }

        var before = JsonFields.Finalizers(old);
        var added = JsonFields.Finalizers(value).Where(f => !before.Contains(f)).ToList();
        if (added.Count > 0)
        {
            throw ApiErrors.Invalid(type, name,
                [FieldError.Forbidden("metadata.finalizers", $"no new finalizers can be added if the object is being deleted, found new finalizers []string{{{string.Join(", ", added.Select(a => $"\"{a}\""))}}}")]);
        }
    }

    private static bool SpecChanged(ResourceType type, JsonObject value, JsonObject old)
    {
        foreach (var key in value.Select(p => p.Key).Union(old.Select(p => p.Key)))
        {
            if (key is "metadata" or "apiVersion" or "kind" || (key == "status" && type.HasStatus))
            {
                continue;
            }

            if (!JsonNode.DeepEquals(value[key], old[key]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNoOp(JsonObject value, JsonObject old) =>
        SameExcept(value, old, static key => key == "metadata")
        && SameExcept(JsonFields.Metadata(value), JsonFields.Metadata(old), static key => key is "managedFields" or "resourceVersion")
        && ManagedFieldsEquivalent(value, old);

    /// <summary>Whether two objects hold equal values under every key but the skipped ones (compared without copies).</summary>
    private static bool SameExcept(JsonObject a, JsonObject b, Func<string, bool> skip)
    {
        var compared = 0;
        foreach (var (key, node) in a)
        {
            if (skip(key))
            {
                continue;
            }

            if (!b.TryGetPropertyValue(key, out var other) || !JsonNode.DeepEquals(node, other))
            {
                return false;
            }

            compared++;
        }

        return b.Count(p => !skip(p.Key)) == compared;
    }

    private static bool ManagedFieldsEquivalent(JsonObject value, JsonObject old)
    {
        static IEnumerable<string> Owners(JsonObject v) => ManagedFields.Read(v)
            .Select(e => $"{e.Manager}|{e.Operation}|{e.Subresource}|{e.Fields.ToJson().ToJsonString()}");

        return Owners(value).SequenceEqual(Owners(old));
    }

    private static void Validate(ResourceType type, JsonObject value, JsonObject? old, string name)
    {
        var errors = new List<FieldError>();
        MetadataValidation.Validate(value, type.Strategy.NameRule, errors);
        type.Strategy.Validate(value, old, errors);
        if (errors.Count > 0)
        {
            throw ApiErrors.Invalid(type, name, errors);
        }
    }

    private static void CheckKind(ResourceType type, JsonObject value)
    {
        var apiVersion = JsonFields.String(value, "apiVersion");
        var kind = JsonFields.String(value, "kind");
        if (!string.IsNullOrEmpty(kind) && !string.Equals(kind, type.Kind, StringComparison.Ordinal))
        {
            throw ApiErrors.BadRequest($"the kind in the data ({kind}) does not match the expected kind ({type.Kind})");
        }

        if (!string.IsNullOrEmpty(apiVersion) && !string.Equals(apiVersion, type.ApiVersion, StringComparison.Ordinal))
        {
            var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
            if (!string.Equals(group, type.Group, StringComparison.Ordinal))
            {
                throw ApiErrors.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({type.ApiVersion})");
            }
        }

        value["apiVersion"] = type.ApiVersion;
        value["kind"] = type.Kind;
        if (value["metadata"] is not JsonObject)
        {
            value["metadata"] = new JsonObject();
        }
    }

    private static void HandleUnknownFields(ResourceType type, JsonObject value, WriteOptions options)
    {
        var unknown = type.Strategy.Prune(value);
        if (unknown.Count == 0 || options.Validation == FieldValidation.Ignore)
        {
            return;
        }

        if (options.Validation == FieldValidation.Strict)
        {
            throw ApiErrors.BadRequest("strict decoding error: " + string.Join(", ", unknown.Select(u => $"unknown field \"{u}\"")));
        }

        options.Warnings.AddRange(unknown.Select(u => $"unknown field \"{u}\""));
    }

    private void CheckNamespaceWritable(ResourceType type, string ns, string name)
    {
        var namespaceType = Registry.Find(string.Empty, "v1", "namespaces")!;
        var existing = Store.Get(namespaceType.GroupResource, string.Empty, ns)
            ?? throw ApiErrors.NotFound(namespaceType, ns);
        if (existing.Metadata.ContainsKey("deletionTimestamp"))
        {
            throw ApiErrors.Forbidden(type, name, $"unable to create new content in namespace {ns} because it is being terminated");
        }
    }

    private static string RandomSuffix()
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        return string.Create(5, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
