using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Http;

/// <summary>One validation failure on one field, rendered in kube-apiserver's wording.</summary>
internal sealed record FieldError(FieldErrorType Type, string Field, string Detail = "", JsonNode? BadValue = null)
{
    private string? _presetReason;
    private string? _presetBody;

    /// <summary>An error whose reason and text another component already rendered (the schema engine).</summary>
    public static FieldError Preformatted(string field, string reason, string body) =>
        new(FieldErrorType.Invalid, field) { _presetReason = reason, _presetBody = body };

    public static FieldError Required(string field, string detail = "") => new(FieldErrorType.Required, field, detail);

    public static FieldError Invalid(string field, string? value, string detail) =>
        new(FieldErrorType.Invalid, field, detail, value is null ? null : JsonValue.Create(value));

    public static FieldError Forbidden(string field, string detail) => new(FieldErrorType.Forbidden, field, detail);

    public static FieldError TooLong(string field, string detail) => new(FieldErrorType.TooLong, field, detail);

    public string Reason => _presetReason ?? Type switch
    {
        FieldErrorType.Required => "FieldValueRequired",
        FieldErrorType.Invalid => "FieldValueInvalid",
        FieldErrorType.Forbidden => "FieldValueForbidden",
        FieldErrorType.NotSupported => "FieldValueNotSupported",
        FieldErrorType.Duplicate => "FieldValueDuplicate",
        FieldErrorType.TooLong => "FieldValueTooLong",
        _ => "FieldValueNotFound",
    };

    private string TypeText => Type switch
    {
        FieldErrorType.Required => "Required value",
        FieldErrorType.Invalid => "Invalid value",
        FieldErrorType.Forbidden => "Forbidden",
        FieldErrorType.NotSupported => "Unsupported value",
        FieldErrorType.Duplicate => "Duplicate value",
        FieldErrorType.TooLong => "Too long",
        _ => "Not found",
    };

    /// <summary>The text after the field path (what a <c>Status</c> cause carries as its message).</summary>
    public string Body
    {
        get
        {
            if (_presetBody is not null)
            {
                return _presetBody;
            }

            var text = TypeText;
            var showsValue = Type is not (FieldErrorType.Required or FieldErrorType.Forbidden or FieldErrorType.TooLong)
                && BadValue is not null;
            if (showsValue)
            {
                text += ": " + RenderValue(BadValue!);
            }

            return Detail.Length == 0 ? text : text + ": " + Detail;
        }
    }

    public override string ToString() => (Field.Length == 0 && _presetBody is not null ? "<nil>" : Field) + ": " + Body;

    private static string RenderValue(JsonNode value) =>
        value.GetValueKind() switch
        {
            JsonValueKind.String => JsonSerializer.Serialize(value.GetValue<string>()),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.ToJsonString(),
        };
}
