using System.Collections.Concurrent;
using Ferry.Providers;
using Ferry.Runtime.Client;
using k8s.Models;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Reads the Secrets stores reference for credentials with direct GETs, and keeps only those (never every Secret of
/// the cluster) for <paramref name="maxAge"/>, so resolving a store for thousands of ExternalSecrets does not turn
/// into thousands of reads. A rotated credential is therefore seen within <paramref name="maxAge"/>.
/// </summary>
internal sealed class ReferencedSecretReader(IKubeClient client, TimeProvider time, TimeSpan maxAge) : ISecretSource
{
    private static readonly ResourceType Secrets = ResourceType.For<V1Secret>();

    private readonly ConcurrentDictionary<(string Namespace, string Name), Entry> _entries = new();

    public async ValueTask<SourceSecret?> GetSecretAsync(string @namespace, string name, CancellationToken cancellationToken)
    {
        var key = (@namespace, name);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && now - entry.ReadAt < maxAge)
        {
            return entry.Secret;
        }

        var secret = await client.GetAsync<V1Secret>(Secrets, @namespace, name, cancellationToken);
        var source = secret is null ? null : new SourceSecret(
            secret.Metadata.ResourceVersion ?? "",
            (secret.Data ?? new Dictionary<string, byte[]>()).ToDictionary(e => e.Key, e => SecretValue.Wrap(e.Value ?? []), StringComparer.Ordinal));
        _entries[key] = new Entry(source, now);
        return source;
    }

    private sealed record Entry(SourceSecret? Secret, DateTimeOffset ReadAt);
}
