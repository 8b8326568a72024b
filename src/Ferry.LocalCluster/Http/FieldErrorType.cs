namespace Ferry.LocalCluster.Http;

/// <summary>The field error kinds of k8s.io/apimachinery's field package, with their wire reason.</summary>
internal enum FieldErrorType
{
    Required,
    Invalid,
    Forbidden,
    NotSupported,
    Duplicate,
    TooLong,
    NotFound,
}
