namespace Ferry.LocalCluster.Semantics;

/// <summary>Which of apimachinery's name validations a resource applies to metadata.name.</summary>
internal enum NameRule
{
    /// <summary>A lowercase RFC 1123 subdomain (most resources).</summary>
    Subdomain,

    /// <summary>A lowercase RFC 1123 label (namespaces).</summary>
    Label,

    /// <summary>Anything usable as one URL path segment (events).</summary>
    PathSegment,
}
