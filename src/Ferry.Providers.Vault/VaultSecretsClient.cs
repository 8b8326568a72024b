using System.Collections.Concurrent;
using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Matching;
using Ferry.Providers.Values;
using Ferry.Providers.Vault.Auth;
using Ferry.Providers.Vault.Http;
using Ferry.Providers.Vault.Kv;

namespace Ferry.Providers.Vault;

/// <summary>
/// A logged-in session with one Vault store, shared by every reconcile through the pool. Reads follow ESO's vault
/// provider (client_get.go, client_get_all_secrets.go); pushes and deletes go through <see cref="VaultPush"/>.
/// </summary>
internal sealed class VaultSecretsClient : ISecretsClient, IExpiringSecretsClient
{
    private const int FindConcurrency = 8;

    private readonly VaultHttp _http;
    private readonly VaultSession _session;
    private readonly VaultKv _kv;
    private readonly VaultPush _push;
    private readonly bool _validationUnknown;

    public VaultSecretsClient(VaultHttp http, VaultSession session, bool validationUnknown)
    {
        _http = http;
        _session = session;
        _kv = new VaultKv(http, session);
        _push = new VaultPush(_kv);
        _validationUnknown = validationUnknown;
    }

    public DateTimeOffset? ExpiresAt => _session.ExpiresAt;

    private VaultSettings Settings => _http.Settings;

    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        if (MetadataValues.IsFetch(remoteRef))
        {
            if (!Settings.IsV2)
            {
                throw new ProviderException("cannot perform metadata fetch operations with kv version v1");
            }

            var metadata = await _kv.ReadMetadataAsync(remoteRef.Key, cancellationToken);
            if (metadata.Count == 0)
            {
                return SecretValue.Empty;
            }

            using var document = System.Text.Json.JsonDocument.Parse(GoJson.MarshalStringMap(metadata, escapeHtml: true));
            return VaultValues.Select(document.RootElement, remoteRef.Property);
        }

        var data = await _kv.ReadSecretAsync(remoteRef.Key, remoteRef.Version, cancellationToken)
            ?? throw new SecretNotFoundException();
        return VaultValues.Select(data, remoteRef.Property);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        var selected = await GetSecretAsync(remoteRef, cancellationToken);
        return VaultValues.ToMap(selected);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(
        ExternalSecretFind find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(find);
        if (!Settings.IsV2 && find.Tags is not null)
        {
            throw new ProviderException("cannot perform find by tag operations with kv version v1");
        }

        if (!Settings.IsV2 && Settings.Mount is null)
        {
            throw new ProviderException("cannot perform find operations with kv version v1 without a path on the store");
        }

        var matcher = find.Name is { } name ? NameMatcher.Create(name) : null;
        var folder = string.IsNullOrEmpty(find.Path) ? string.Empty : find.Path + "/";
        var candidates = await _kv.ListRecursiveAsync(folder, cancellationToken) ?? throw new SecretNotFoundException();
        var found = new ConcurrentDictionary<string, SecretValue>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = FindConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(candidates, options, async (candidate, token) =>
        {
            if (matcher is not null ? !matcher.IsMatch(candidate) : !await TagsMatchAsync(candidate, find.Tags, token))
            {
                return;
            }

            // A key whose latest version is deleted is listed but has no data: skipped, as ESO does.
            if (await _kv.ReadSecretAsync(candidate, null, token) is { } data)
            {
                found[candidate] = VaultValues.Select(data, null);
            }
        });
        return KeyConversion.ConvertKeys(find.ConversionStrategy, new Dictionary<string, SecretValue>(found, StringComparer.Ordinal));
    }

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _push.PushAsync(request, cancellationToken);
    }

    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        return _push.DeleteAsync(remoteRef, cancellationToken);
    }

    public async ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        if (await _kv.ReadSecretAsync(remoteRef.RemoteKey, null, cancellationToken) is not { } data)
        {
            return false;
        }

        if (string.IsNullOrEmpty(remoteRef.Property))
        {
            return true;
        }

        try
        {
            VaultValues.Select(data, remoteRef.Property);
            return true;
        }
        catch (ProviderException ex) when (ex.Message == VaultValues.MissingPropertyMessage(remoteRef.Property))
        {
            return false;
        }
    }

    public async ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken)
    {
        // A ClusterSecretStore whose credentials come from the consuming namespace cannot be checked without one.
        if (_validationUnknown)
        {
            return new ClientValidation(ClientValidationOutcome.Unknown, "referent authentication: credentials depend on the consuming namespace");
        }

        try
        {
            await _kv.LookupSelfAsync(cancellationToken);
            return ClientValidation.Ready;
        }
        catch (ProviderException ex)
        {
            return new ClientValidation(ClientValidationOutcome.Error, "invalid vault credentials: " + ex.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A login's token is revoked when its client leaves the pool, so tokens do not pile up in Vault until their
        // TTL ends; a ready-made token belongs to the user and is left alone (as ESO does).
        if (_session.CanLogInAgain && _session.CurrentToken is { } token)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _kv.RevokeAsync(token, timeout.Token);
            }
            catch (Exception ex) when (ex is ProviderException or OperationCanceledException)
            {
                // Best effort: the token expires on its own.
            }
        }

        _session.Dispose();
        _http.Dispose();
    }

    private async ValueTask<bool> TagsMatchAsync(string candidate, Dictionary<string, string>? tags, CancellationToken cancellationToken)
    {
        var metadata = await _kv.ReadMetadataAsync(candidate, cancellationToken);
        return tags is null || tags.All(t => metadata.TryGetValue(t.Key, out var value) && value == t.Value);
    }
}
