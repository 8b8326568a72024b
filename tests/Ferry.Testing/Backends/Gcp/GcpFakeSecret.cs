namespace Ferry.Testing.Backends.Gcp;

/// <summary>A fake Secret resource: labels, annotations and versions (numbered from 1).</summary>
public sealed class GcpFakeSecret(string parent, string id, DateTimeOffset created)
{
    public string Parent { get; } = parent;

    public string Id { get; } = id;

    public DateTimeOffset Created { get; } = created;

    public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Annotations { get; } = new(StringComparer.Ordinal);

    public List<GcpFakeVersion> Versions { get; } = [];

    /// <summary>The replication policy as sent at creation (null for regional secrets).</summary>
    public string? ReplicationJson { get; set; }

    public string Name => $"{Parent}/secrets/{Id}";
}
