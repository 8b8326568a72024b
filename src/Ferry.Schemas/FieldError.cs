using Ferry.Schemas.Values;

namespace Ferry.Schemas;

/// <summary>
/// One validation error, as kube-apiserver reports it in a Status cause and in the text of a 422 response.
/// </summary>
/// <param name="Field">The field path, e.g. <c>spec.data[0].secretKey</c>; empty for the object itself.</param>
/// <param name="Type">What went wrong.</param>
/// <param name="BadValue">The offending value already rendered as Go's printer renders it (<c>"Foo"</c>,
/// <c>3</c>, <c>null</c>); null when the API server omits the value from the message.</param>
/// <param name="Detail">The explanation after the value; may be empty.</param>
public sealed record FieldError(string Field, FieldErrorType Type, string? BadValue, string Detail)
{
    /// <summary>The Status cause reason (<c>FieldValueInvalid</c>, <c>FieldValueRequired</c>, ...).</summary>
    public string Reason => Type switch
    {
        FieldErrorType.NotFound => "FieldValueNotFound",
        FieldErrorType.Required => "FieldValueRequired",
        FieldErrorType.Duplicate => "FieldValueDuplicate",
        FieldErrorType.NotSupported => "FieldValueNotSupported",
        FieldErrorType.Forbidden => "FieldValueForbidden",
        FieldErrorType.TooLong => "FieldValueTooLong",
        FieldErrorType.TooMany => "FieldValueTooMany",
        FieldErrorType.Internal => "InternalError",
        FieldErrorType.TypeInvalid => "FieldValueTypeInvalid",
        _ => "FieldValueInvalid",
    };

    /// <summary>The message without the field path, as a Status cause carries it.</summary>
    public string Body
    {
        get
        {
            var title = Type switch
            {
                FieldErrorType.NotFound => "Not found",
                FieldErrorType.Required => "Required value",
                FieldErrorType.Duplicate => "Duplicate value",
                FieldErrorType.NotSupported => "Unsupported value",
                FieldErrorType.Forbidden => "Forbidden",
                FieldErrorType.TooLong => "Too long",
                FieldErrorType.TooMany => "Too many",
                FieldErrorType.Internal => "Internal error",
                _ => "Invalid value",
            };
            var omitsValue = Type is FieldErrorType.Required or FieldErrorType.Forbidden or FieldErrorType.TooLong
                or FieldErrorType.Internal || BadValue is null;
            var body = omitsValue ? title : $"{title}: {BadValue}";
            return Detail.Length == 0 ? body : $"{body}: {Detail}";
        }
    }

    /// <summary>The kube-apiserver line: <c>field: body</c>; a missing field path prints as Go prints a nil path.</summary>
    public override string ToString() => $"{(Field.Length == 0 ? "<nil>" : Field)}: {Body}";

    internal static FieldError Required(string field, string detail = "") => new(field, FieldErrorType.Required, null, detail);

    internal static FieldError Forbidden(string field, string detail) => new(field, FieldErrorType.Forbidden, null, detail);

    internal static FieldError Invalid(string field, string renderedValue, string detail) =>
        new(field, FieldErrorType.Invalid, renderedValue, detail);

    internal static FieldError TypeInvalid(string field, string renderedValue, string detail) =>
        new(field, FieldErrorType.TypeInvalid, renderedValue, detail);

    internal static FieldError Duplicate(string field, string renderedValue) =>
        new(field, FieldErrorType.Duplicate, renderedValue, string.Empty);

    internal static FieldError NotSupported(string field, string renderedValue, IEnumerable<string> supported)
    {
        var quoted = supported.Select(GoFormat.Quote).ToList();
        return new(field, FieldErrorType.NotSupported, renderedValue,
            quoted.Count == 0 ? string.Empty : "supported values: " + string.Join(", ", quoted));
    }

    internal static FieldError TooLong(string field, long max) =>
        new(field, FieldErrorType.TooLong, null, max >= 0
            ? $"may not be more than {max} {(max == 1 ? "byte" : "bytes")}"
            : "value is too long");

    internal static FieldError TooMany(string field, long actual, long max) =>
        new(field, FieldErrorType.TooMany, actual >= 0 ? actual.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            max >= 0 ? $"must have at most {max} {(max == 1 ? "item" : "items")}" : "has too many items");
}
