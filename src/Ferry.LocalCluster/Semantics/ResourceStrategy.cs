using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Semantics;

/// <summary>
/// The per-kind rules kube-apiserver keeps in its registry strategies: defaulting, what an update may change,
/// validation, known fields and list semantics. The base class is what every kind shares.
/// </summary>
internal class ResourceStrategy
{
    private static readonly HashSet<string> MetadataFields =
    [
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers",
        "managedFields",
    ];

    public virtual NameRule NameRule => NameRule.Subdomain;

    /// <summary>Whether metadata.generation is kept and bumped on changes outside metadata (and status).</summary>
    public virtual bool TracksGeneration => false;

    public virtual bool AllowCreateOnUpdate => false;

    /// <summary>Strategic merge patch works only for kinds compiled into the server, as in Kubernetes.</summary>
    public virtual bool SupportsStrategicMerge => true;

    /// <summary>
    /// Struct fields a built-in kind's zero value always holds (dotted, e.g. <c>spec</c>): structured-merge-diff
    /// compares a create against that zero value, so these never get <c>"."</c> ownership of their own.
    /// </summary>
    public virtual IReadOnlyCollection<string> StructFields => [];

    /// <summary>Top-level fields besides apiVersion, kind and metadata; null accepts anything.</summary>
    protected virtual IReadOnlyCollection<string>? KnownFields => null;

    public virtual void PrepareForCreate(JsonObject value)
    {
    }

    /// <summary>Adjusts an update before validation, e.g. keeping fields that only a subresource may change.</summary>
    public virtual void PrepareForUpdate(JsonObject value, JsonObject old)
    {
    }

    /// <summary>Adjusts a write through the status subresource (defaulting of the new status).</summary>
    public virtual void PrepareForStatusUpdate(JsonObject value)
    {
    }

    public virtual void Validate(JsonObject value, JsonObject? old, List<FieldError> errors)
    {
    }

    /// <summary>Removes fields this kind does not know, returning their paths for fieldValidation.</summary>
    public virtual List<string> Prune(JsonObject value)
    {
        var unknown = new List<string>();
        if (JsonFields.Metadata(value) is { } metadata)
        {
            foreach (var name in metadata.Select(p => p.Key).ToList())
            {
                if (!MetadataFields.Contains(name))
                {
                    unknown.Add("metadata." + name);
                    metadata.Remove(name);
                }
            }
        }

        if (KnownFields is { } known)
        {
            foreach (var name in value.Select(p => p.Key).ToList())
            {
                if (name is not ("apiVersion" or "kind" or "metadata") && !known.Contains(name))
                {
                    unknown.Add(name);
                    value.Remove(name);
                }
            }
        }

        return unknown;
    }

    /// <summary>Field-selector values beyond metadata.name and metadata.namespace; null when unsupported.</summary>
    public virtual string? SelectableField(string field, JsonObject value) => null;

    /// <summary>The list semantics at a path of field names (patches, server-side apply).</summary>
    public virtual ListType ListTypeAt(IReadOnlyList<string> path) =>
        path is ["metadata", "ownerReferences"] ? ListType.MapBy("uid")
        : path is ["metadata", "finalizers"] ? ListType.Set
        : ListType.Atomic;

    /// <summary>Whether a terminating object with no finalizers left may go; namespaces also wait for spec.finalizers.</summary>
    public virtual bool ReadyToDelete(JsonObject value) => JsonFields.Finalizers(value).Count == 0;
}
