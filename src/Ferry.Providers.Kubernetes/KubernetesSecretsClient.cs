using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Kubernetes.Connection;
using Ferry.Providers.Kubernetes.Reading;
using Ferry.Providers.Kubernetes.Writing;
using Ferry.Providers.Matching;
using Ferry.Providers.Values;
using k8s;
using k8s.Models;

namespace Ferry.Providers.Kubernetes;

/// <summary>
/// A session with one remote namespace, authenticated as the store says (ESO's kubernetes Client). One deliberate
/// difference from ESO: a missing Secret in GetSecret is <see cref="SecretNotFoundException"/> (ESO returns the raw
/// API error there, so deletionPolicy Delete/Merge did not work through <c>data[]</c>).
/// </summary>
internal sealed class KubernetesSecretsClient : ISecretsClient, IExpiringSecretsClient
{
    private readonly KubernetesConnection? _connection;
    private readonly StoreIdentity _store;
    private readonly string _remoteNamespace;

    public KubernetesSecretsClient(KubernetesConnection connection, StoreIdentity store, string remoteNamespace)
    {
        _connection = connection;
        _store = store;
        _remoteNamespace = remoteNamespace;
    }

    private KubernetesSecretsClient(StoreIdentity store, string remoteNamespace)
    {
        _store = store;
        _remoteNamespace = remoteNamespace;
    }

    public DateTimeOffset? ExpiresAt => _connection?.ExpiresAt;

    private IKubernetes Api => _connection?.Api
        ?? throw new ProviderException("referent authentication: this ClusterSecretStore can only be used from the namespace of a consuming object");

    /// <summary>A ClusterSecretStore with referent auth before any consumer: it can only answer validation.</summary>
    public static KubernetesSecretsClient AwaitingConsumer(StoreIdentity store, string remoteNamespace) => new(store, remoteNamespace);

    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var secret = await ReadAsync(_remoteNamespace, remoteRef.Key, cancellationToken) ?? throw new SecretNotFoundException();
        return SecretReader.Read(secret, remoteRef);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var secret = await ReadAsync(_remoteNamespace, remoteRef.Key, cancellationToken) ?? throw new SecretNotFoundException();
        return SecretMapReader.Read(secret, remoteRef);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(
        ExternalSecretFind find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(find);
        IEnumerable<V1Secret> matches;
        if (find.Tags is { } tags)
        {
            // Empty tags select every Secret, as an empty label selector does in ESO.
            matches = await ListAsync(LabelSelector(tags), cancellationToken);
        }
        else if (find.Name is { } name)
        {
            var matcher = NameMatcher.Create(name);
            matches = (await ListAsync(null, cancellationToken)).Where(s => matcher.IsMatch(s.Metadata.Name));
        }
        else
        {
            throw new UnsupportedOperationException("unexpected find operator: the kubernetes provider finds by name or tags only");
        }

        var found = matches.ToDictionary(
            s => s.Metadata.Name, s => SecretValue.FromString(SecretReader.DataJson(s.Data)), StringComparer.Ordinal);
        return KeyConversion.ConvertKeys(find.ConversionStrategy, found);
    }

    public async ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Property) && !string.IsNullOrEmpty(request.SecretKey))
        {
            throw new ProviderException("requires property in RemoteRef to push secret value if secret key is defined");
        }

        var metadata = PushMetadataParser.Parse(request.Data.Metadata);
        var ns = _remoteNamespace;
        if (!string.IsNullOrEmpty(metadata?.RemoteNamespace))
        {
            if (!_store.IsClusterScoped)
            {
                throw new ProviderException("remoteNamespace override is only supported with ClusterSecretStore");
            }

            ns = metadata.RemoteNamespace;
        }

        var existing = await ReadAsync(ns, request.RemoteKey, cancellationToken);
        if (existing is null)
        {
            var created = new V1Secret { Metadata = new V1ObjectMeta { Name = request.RemoteKey, NamespaceProperty = ns } };
            PushSecretMerger.Apply(created, request, metadata);
            await CallAsync("unable to create secret", () => Api.CoreV1.CreateNamespacedSecretAsync(created, ns, cancellationToken: cancellationToken));
            return;
        }

        var before = KubernetesJson.Serialize(existing);
        PushSecretMerger.Apply(existing, request, metadata);
        if (KubernetesJson.Serialize(existing) == before)
        {
            return;
        }

        await CallAsync("unable to update secret", () => Api.CoreV1.ReplaceNamespacedSecretAsync(existing, existing.Metadata.Name, ns, cancellationToken: cancellationToken));
    }

    public async ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var secret = await ReadAsync(_remoteNamespace, remoteRef.RemoteKey, cancellationToken);
        if (secret is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(remoteRef.Property))
        {
            if (secret.Data?.ContainsKey(remoteRef.Property) != true)
            {
                return;
            }

            if (secret.Data.Count > 1)
            {
                secret.Data.Remove(remoteRef.Property);
                await CallAsync("unable to update secret", () => Api.CoreV1.ReplaceNamespacedSecretAsync(secret, secret.Metadata.Name, _remoteNamespace, cancellationToken: cancellationToken));
                return;
            }
        }

        try
        {
            await Api.CoreV1.DeleteNamespacedSecretAsync(remoteRef.RemoteKey, _remoteNamespace, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (KubernetesErrors.IsNotFound(ex))
        {
            // Already gone: the outcome the caller asked for.
        }
        catch (Exception ex) when (KubernetesErrors.IsApiFailure(ex))
        {
            throw KubernetesErrors.Wrap("unable to delete secret", ex);
        }
    }

    public async ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var secret = await ReadAsync(_remoteNamespace, remoteRef.RemoteKey, cancellationToken);
        if (secret is null)
        {
            return false;
        }

        return string.IsNullOrEmpty(remoteRef.Property) || secret.Data?.ContainsKey(remoteRef.Property) == true;
    }

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) =>
        _connection is null
            ? ValueTask.FromResult(new ClientValidation(ClientValidationOutcome.Unknown, "referent authentication is validated when the store is used"))
            : AccessValidator.ValidateAsync(_connection.Api, _remoteNamespace, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _connection?.Api.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string LabelSelector(IReadOnlyDictionary<string, string> tags) =>
        string.Join(",", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));

    private async ValueTask<V1Secret?> ReadAsync(string ns, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await Api.CoreV1.ReadNamespacedSecretAsync(name, ns, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (KubernetesErrors.IsNotFound(ex))
        {
            return null;
        }
        catch (Exception ex) when (KubernetesErrors.IsApiFailure(ex))
        {
            throw KubernetesErrors.Wrap("unable to get secret", ex);
        }
    }

    private async ValueTask<IList<V1Secret>> ListAsync(string? labelSelector, CancellationToken cancellationToken)
    {
        try
        {
            var list = await Api.CoreV1.ListNamespacedSecretAsync(_remoteNamespace, labelSelector: labelSelector, cancellationToken: cancellationToken);
            return list.Items;
        }
        catch (Exception ex) when (KubernetesErrors.IsApiFailure(ex))
        {
            throw KubernetesErrors.Wrap("unable to list secrets", ex);
        }
    }

    private static async ValueTask CallAsync(string context, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex) when (KubernetesErrors.IsApiFailure(ex))
        {
            throw KubernetesErrors.Wrap(context, ex);
        }
    }
}
