using System.Collections.Concurrent;
using Ferry.Api.V1;
using Ferry.Providers.Pooling;

namespace Ferry.Providers;

/// <summary>
/// Reads the Secrets one store references, within the store's scope (<see cref="SecretReferenceScope"/>), and
/// remembers the version of each Secret it read: <see cref="ReadVersions"/> is what a pooled client's
/// <see cref="CredentialsVersion"/> must include, so a rotated credential rebuilds the client.
/// </summary>
public sealed class StoreCredentials(StoreIdentity store, string? consumerNamespace, ISecretSource source) : IStoreCredentials
{
    private readonly ConcurrentDictionary<(string Namespace, string Name), string> _read = new();

    public IReadOnlyList<ReferencedObjectVersion> ReadVersions =>
        [.. _read.Select(e => new ReferencedObjectVersion("Secret", e.Key.Namespace, e.Key.Name, e.Value))];

    public async ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken)
    {
        var data = await GetSecretDataAsync(selector, cancellationToken);
        return data.TryGetValue(selector.Key ?? string.Empty, out var value)
            ? value
            : throw new SecretNotFoundException($"cannot find secret data for key: \"{selector.Key}\"");
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretDataAsync(SecretKeySelector selector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(source);
        var ns = SecretReferenceScope.ResolveNamespace(store, consumerNamespace, selector.Namespace);
        var name = selector.Name ?? string.Empty;
        var secret = await source.GetSecretAsync(ns, name, cancellationToken)
            ?? throw new SecretNotFoundException($"cannot find secret {ns}/{name}");
        _read[(ns, name)] = secret.ResourceVersion;
        return secret.Data;
    }
}
