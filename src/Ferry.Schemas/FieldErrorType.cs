namespace Ferry.Schemas;

/// <summary>The kinds of field errors the Kubernetes API server reports (k8s.io/apimachinery field.ErrorType).</summary>
public enum FieldErrorType
{
    NotFound,
    Required,
    Duplicate,
    Invalid,
    NotSupported,
    Forbidden,
    TooLong,
    TooMany,
    Internal,

    /// <summary>A value of the wrong type; rendered as "Invalid value" like <see cref="Invalid"/>.</summary>
    TypeInvalid,
}
