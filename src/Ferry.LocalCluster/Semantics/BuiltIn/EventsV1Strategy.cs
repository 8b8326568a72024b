using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>events.k8s.io/v1 Event: the fields that API version requires on create.</summary>
internal sealed class EventsV1Strategy : ResourceStrategy
{
    public override bool AllowCreateOnUpdate => true;

    public override void Validate(JsonObject value, JsonObject? old, List<FieldError> errors)
    {
        if (old is not null)
        {
            return;
        }

        foreach (var field in new[] { "eventTime", "reportingController", "reportingInstance", "action", "reason" })
        {
            if (string.IsNullOrEmpty(JsonFields.String(value, field)))
            {
                errors.Add(FieldError.Required(field));
            }
        }

        var type = JsonFields.String(value, "type");
        if (type is not ("Normal" or "Warning"))
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, "type", "has invalid value: " + type));
        }
    }

    public override string? SelectableField(string field, JsonObject value)
    {
        if (field.StartsWith("regarding.", StringComparison.Ordinal))
        {
            return JsonFields.String(JsonFields.Object(value, "regarding"), field["regarding.".Length..]) ?? string.Empty;
        }

        return field is "reason" or "type" or "reportingController" ? JsonFields.String(value, field) ?? string.Empty : null;
    }
}
