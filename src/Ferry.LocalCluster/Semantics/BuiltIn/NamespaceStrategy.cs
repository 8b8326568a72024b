using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>core/v1 Namespace: the <c>kubernetes</c> finalizer, phase, and the name label every namespace carries.</summary>
internal sealed class NamespaceStrategy : ResourceStrategy
{
    public const string Finalizer = "kubernetes";
    public const string NameLabel = "kubernetes.io/metadata.name";

    private static readonly string[] Fields = ["spec", "status"];

    public override NameRule NameRule => NameRule.Label;

    protected override IReadOnlyCollection<string> KnownFields => Fields;

    public override IReadOnlyCollection<string> StructFields => Fields;

    public override void PrepareForCreate(JsonObject value)
    {
        value["spec"] = new JsonObject { ["finalizers"] = new JsonArray(Finalizer) };
        value["status"] = new JsonObject { ["phase"] = "Active" };
        SetNameLabel(value);
    }

    public override void PrepareForUpdate(JsonObject value, JsonObject old)
    {
        // spec.finalizers changes only through /finalize; status only through /status (both keep the rest).
        var spec = JsonFields.Object(value, "spec") ?? [];
        spec["finalizers"] = JsonFields.Object(old, "spec")?["finalizers"]?.DeepClone();
        if (spec["finalizers"] is null)
        {
            spec.Remove("finalizers");
        }

        value["spec"] = spec;
        SetNameLabel(value);
    }

    public override bool ReadyToDelete(JsonObject value) =>
        base.ReadyToDelete(value) && JsonFields.Strings(JsonFields.Array(JsonFields.Object(value, "spec"), "finalizers")).Count == 0;

    private static void SetNameLabel(JsonObject value)
    {
        var metadata = JsonFields.Metadata(value);
        if (metadata["labels"] is not JsonObject labels)
        {
            labels = [];
            metadata["labels"] = labels;
        }

        labels[NameLabel] = JsonFields.String(metadata, "name");
    }
}
