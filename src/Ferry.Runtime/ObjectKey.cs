using k8s.Models;

namespace Ferry.Runtime;

/// <summary>Names one object: namespace (null for cluster-scoped objects) and name. Prints as <c>ns/name</c>.</summary>
public readonly record struct ObjectKey(string? Namespace, string Name)
{
    public static ObjectKey Of(IMetadata<V1ObjectMeta> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var metadata = value.Metadata ?? throw new ArgumentException("The object has no metadata.", nameof(value));
        return new ObjectKey(string.IsNullOrEmpty(metadata.NamespaceProperty) ? null : metadata.NamespaceProperty, metadata.Name ?? "");
    }

    /// <summary>Reads <c>ns/name</c> or <c>name</c>.</summary>
    public static ObjectKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? new ObjectKey(null, text) : new ObjectKey(text[..slash], text[(slash + 1)..]);
    }

    public override string ToString() => Namespace is null ? Name : $"{Namespace}/{Name}";
}
