using System.Text.Json;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.AzureKeyVault;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Azure.Auth;
using Ferry.Providers.Azure.Keys;
using Ferry.Providers.Azure.Values;
using Ferry.Providers.Values;

namespace Ferry.Providers.Azure;

/// <summary>
/// One store's session with a vault. The credential and the SDK clients live as long as this object, so a token is
/// fetched once and renewed by the SDK shortly before it expires; the pool never needs to rebuild the client for
/// that. Only once the vault has refused a token (<see cref="RefusedTokenWatch"/>) does <see cref="ExpiresAt"/>
/// report the client expired, so the pool builds a new one with a new credential.
/// </summary>
internal sealed partial class AzureKeyVaultClient(
    AzureKeyVaultProvider spec,
    SecretClient secrets,
    CertificateClient certificates,
    KeyVaultKeysClient keys,
    AzureKeyVaultProviderOptions options,
    RefusedTokenWatch refusals) : ISecretsClient, IExpiringSecretsClient
{
    private const string ErrDataFromCert = "cannot get use dataFrom to get certificate secret";
    private const string ErrDataFromKey = "cannot get use dataFrom to get key secret";
    private const string ErrUnmarshalJson = "error unmarshalling json data";

    /// <summary>useAzureSDK=true in ESO leaves attribute times out of dataFrom metadata; the legacy path (default) has them.</summary>
    private bool ExtractWithAttributeTimes => spec.UseAzureSDK != true;

    // Any moment in the past will do: the pool compares it with its own clock.
    public DateTimeOffset? ExpiresAt => refusals.Refused ? DateTimeOffset.UnixEpoch : null;

    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var target = AzureObjectRef.Parse(remoteRef.Key);
        var version = EmptyToNull(remoteRef.Version);
        var fetch = MetadataValues.IsFetch(remoteRef);
        switch (target.Type)
        {
            case AzureObjectRef.Secret:
                var secret = await ReadSecretAsync(target.Name, version, cancellationToken);
                return fetch
                    ? AzureMetadata.Select(AzureMetadata.All(Tags(secret.Properties.Tags), Times(secret.Properties)), remoteRef.Property)
                    : AzureProperty.Select(secret.Value ?? string.Empty, remoteRef.Property, remoteRef.Key);
            case AzureObjectRef.Certificate:
                var certificate = await ReadCertificateAsync(target.Name, version, cancellationToken);
                return fetch
                    ? AzureMetadata.Select(AzureMetadata.All(Tags(certificate.Properties.Tags), Times(certificate.Properties)), remoteRef.Property)
                    : SecretValue.FromBytes(certificate.Cer);
            case AzureObjectRef.Key:
                var key = await ReadKeyAsync(target.Name, version, cancellationToken);
                return fetch
                    ? AzureMetadata.Select(AzureMetadata.All(Tags(key), KeyTimes(key)), remoteRef.Property)
                    : AzureProperty.Select(AzureJwk.ToEsoJson(key.GetProperty("key")), remoteRef.Property, remoteRef.Key);
            default:
                throw new ProviderException(target.UnknownTypeMessage);
        }
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var target = AzureObjectRef.Parse(remoteRef.Key);
        switch (target.Type)
        {
            case AzureObjectRef.Secret when MetadataValues.IsFetch(remoteRef):
                var secret = await ReadSecretAsync(target.Name, EmptyToNull(remoteRef.Version), cancellationToken);
                return AzureMetadata.ExtractMap(
                    target.Name, remoteRef.Key, remoteRef.Property, Tags(secret.Properties.Tags), ExtractWithAttributeTimes ? Times(secret.Properties) : null);
            case AzureObjectRef.Secret:
                var value = await GetSecretAsync(remoteRef, cancellationToken);
                try
                {
                    return SecretMaps.FromJsonObject(value);
                }
                catch (ProviderException ex)
                {
                    throw new ProviderException($"{ErrUnmarshalJson}: {ex.Message}", ex);
                }

            case AzureObjectRef.Certificate:
                throw new ProviderException(ErrDataFromCert);
            case AzureObjectRef.Key:
                throw new ProviderException(ErrDataFromKey);
            default:
                throw new ProviderException(target.UnknownTypeMessage);
        }
    }

    public async ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var target = AzureObjectRef.Parse(remoteRef.RemoteKey);
        try
        {
            _ = target.Type switch
            {
                AzureObjectRef.Secret => (object)await ReadSecretAsync(target.Name, null, cancellationToken),
                AzureObjectRef.Certificate => await ReadCertificateAsync(target.Name, null, cancellationToken),
                AzureObjectRef.Key => await ReadKeyAsync(target.Name, null, cancellationToken),
                _ => throw new ProviderException($"secret type '{target.Type}' is not supported"),
            };
            return true;
        }
        catch (SecretNotFoundException)
        {
            return false;
        }
    }

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ClientValidation.Ready);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string? EmptyToNull(string? version) => string.IsNullOrEmpty(version) ? null : version;

    private static Dictionary<string, string> Tags(IDictionary<string, string>? tags) =>
        tags is null ? [] : new Dictionary<string, string>(tags, StringComparer.Ordinal);

    private static Dictionary<string, string> Tags(JsonElement keyBundle) =>
        keyBundle.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Object
            ? tags.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
            : [];

    private static AzureMetadata.Times Times(SecretProperties p) => new(p.ExpiresOn, p.CreatedOn, p.UpdatedOn, p.NotBefore);

    private static AzureMetadata.Times Times(CertificateProperties p) => new(p.ExpiresOn, p.CreatedOn, p.UpdatedOn, p.NotBefore);

    private static AzureMetadata.Times KeyTimes(JsonElement keyBundle)
    {
        DateTimeOffset? Get(string name) =>
            keyBundle.TryGetProperty("attributes", out var a) && a.TryGetProperty(name, out var v) && v.TryGetInt64(out var s)
                ? DateTimeOffset.FromUnixTimeSeconds(s)
                : null;
        return new AzureMetadata.Times(Get("exp"), Get("created"), Get("updated"), Get("nbf"));
    }

    private async Task<KeyVaultSecret> ReadSecretAsync(string name, string? version, CancellationToken cancellationToken)
    {
        try
        {
            return (await secrets.GetSecretAsync(name, version, cancellationToken)).Value;
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, $"cannot get secret {name}");
        }
    }

    private async Task<KeyVaultCertificate> ReadCertificateAsync(string name, string? version, CancellationToken cancellationToken)
    {
        try
        {
            return version is null
                ? (await certificates.GetCertificateAsync(name, cancellationToken)).Value
                : (await certificates.GetCertificateVersionAsync(name, version, cancellationToken)).Value;
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, $"cannot get certificate {name}");
        }
    }

    private async Task<JsonElement> ReadKeyAsync(string name, string? version, CancellationToken cancellationToken)
    {
        try
        {
            return await keys.GetKeyAsync(name, version, cancellationToken);
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, $"cannot get key {name}");
        }
    }
}
