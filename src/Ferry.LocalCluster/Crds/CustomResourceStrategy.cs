using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Crds;

/// <summary>The rules for objects of one custom resource version, driven by its CRD's schema.</summary>
internal sealed class CustomResourceStrategy : ResourceStrategy
{
    private readonly ICustomResourceSchema _schema;
    private readonly bool _statusSubresource;

    public CustomResourceStrategy(ICustomResourceSchema schema, bool statusSubresource)
    {
        _schema = schema;
        _statusSubresource = statusSubresource;
    }

    public override bool TracksGeneration => true;

    public override bool SupportsStrategicMerge => false;

    public override void PrepareForCreate(JsonObject value)
    {
        if (_statusSubresource)
        {
            value.Remove("status");
        }

        _schema.ApplyDefaults(value);
    }

    public override void PrepareForUpdate(JsonObject value, JsonObject old) => _schema.ApplyDefaults(value);

    public override void PrepareForStatusUpdate(JsonObject value) => _schema.ApplyDefaults(value);

    public override List<string> Prune(JsonObject value)
    {
        var unknown = base.Prune(value);
        unknown.AddRange(_schema.Prune(value));
        return unknown;
    }

    public override void Validate(JsonObject value, JsonObject? old, List<FieldError> errors) =>
        errors.AddRange(_schema.Validate(value, old));

    public override ListType ListTypeAt(IReadOnlyList<string> path) =>
        path is ["metadata", ..] ? base.ListTypeAt(path) : _schema.ListTypeAt(path);
}
