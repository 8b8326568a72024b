using k8s.Models;

namespace Ferry.Runtime.Client;

/// <summary>The wire shape of any list response, so a list of any kind deserializes in one pass.</summary>
internal sealed class ObjectList<T>
{
    public V1ListMeta? Metadata { get; set; }

    public List<T>? Items { get; set; }
}
