using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>coordination.k8s.io/v1 Lease, the object leader election writes.</summary>
internal sealed class LeaseStrategy : ResourceStrategy
{
    private static readonly string[] Fields = ["spec"];

    protected override IReadOnlyCollection<string> KnownFields => Fields;

    public override bool AllowCreateOnUpdate => true;

    public override IReadOnlyCollection<string> StructFields => Fields;

    public override void Validate(JsonObject value, JsonObject? old, List<FieldError> errors)
    {
        var spec = JsonFields.Object(value, "spec");
        if (spec?["leaseDurationSeconds"] is JsonValue duration && duration.TryGetValue<long>(out var seconds) && seconds <= 0)
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, "spec.leaseDurationSeconds", "must be greater than 0", duration.DeepClone()));
        }

        if (spec?["leaseTransitions"] is JsonValue transitions && transitions.TryGetValue<long>(out var count) && count < 0)
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, "spec.leaseTransitions", "must be greater than or equal to 0", transitions.DeepClone()));
        }
    }
}
