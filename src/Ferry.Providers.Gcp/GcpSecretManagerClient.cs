using System.Net;
using System.Text.Json.Nodes;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Gcp;
using Ferry.Providers.Gcp.Auth;
using Ferry.Providers.Paths;
using Ferry.Providers.Values;

namespace Ferry.Providers.Gcp;

/// <summary>
/// One store's authenticated Secret Manager session; the token is obtained once and reused until it expires (the
/// pool rebuilds the client before then), or logged in again once if Google refuses it early.
/// </summary>
internal sealed partial class GcpSecretManagerClient(
    GcpRestTransport transport, GcpResourceNames names, GcpSession session, GcpSecretManagerProvider spec, bool referent)
    : ISecretsClient, IExpiringSecretsClient
{
    public const string ManagedByLabel = "managed-by";
    public const string ManagedByValue = "external-secrets";

    public DateTimeOffset? ExpiresAt => session.Current.ExpiresAt;

    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        if (MetadataValues.IsFetch(remoteRef))
        {
            throw new UnsupportedOperationException("metadataPolicy Fetch is not supported by the gcpsm provider yet");
        }

        var value = await AccessAsync(remoteRef.Key, remoteRef.Version, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(remoteRef.Property) ? value : SelectProperty(value, remoteRef.Key, remoteRef.Property);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        var value = await GetSecretAsync(remoteRef, cancellationToken).ConfigureAwait(false);
        return SecretMaps.FromJsonObject(value, remoteRef.Key);
    }

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(
        referent ? new ClientValidation(ClientValidationOutcome.Unknown, "referent authentication is validated per consumer") : ClientValidation.Ready);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static SecretValue SelectProperty(SecretValue value, string key, string property)
    {
        // ESO tries the dot-escaped form first, so a property named "a.b" matches a top-level key with a dot.
        var escaped = GJson.Get(value.Bytes, property.Replace(".", "\\.", StringComparison.Ordinal));
        if (escaped.Exists)
        {
            return SecretValue.FromString(escaped.ToGoString());
        }

        var selected = GJson.Get(value.Bytes, property);
        return selected.Exists
            ? SecretValue.FromString(selected.ToGoString())
            : throw new SecretNotFoundException($"key {property} does not exist in secret {key}");
    }

    private async Task<SecretValue> AccessAsync(string key, string? version, CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrEmpty(version) ? "latest" : version;
        var response = await SendAsync(HttpMethod.Get, names.Access(key, wanted), null, true, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound)
        {
            throw new SecretNotFoundException($"secret {key} version {wanted} not found");
        }

        if (response.Status == HttpStatusCode.BadRequest && wanted == "latest" && FallsBackToEnabled
            && response.Body.Contains("FAILED_PRECONDITION", StringComparison.Ordinal))
        {
            var newest = await NewestEnabledVersionAsync(key, cancellationToken).ConfigureAwait(false)
                ?? throw new SecretNotFoundException($"secret {key} has no enabled version");
            response = await SendAsync(HttpMethod.Get, names.Access(key, newest), null, true, cancellationToken).ConfigureAwait(false);
        }

        return response.IsSuccess
            ? GcpPayload.Read(response.Json(), key)
            : throw response.Failure($"access secret {key} version {wanted}");
    }

    private bool FallsBackToEnabled => string.Equals(spec.SecretVersionSelectionPolicy, "LatestOrFetch", StringComparison.Ordinal);

    private async Task<string?> NewestEnabledVersionAsync(string key, CancellationToken cancellationToken)
    {
        long newest = -1;
        string? pageToken = null;
        do
        {
            var response = await SendAsync(HttpMethod.Get, names.ListEnabledVersions(key, pageToken), null, true, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                throw response.Failure($"list versions of secret {key}");
            }

            var page = response.Json();
            foreach (var item in page["versions"]?.AsArray() ?? [])
            {
                if (item?["state"]?.ToString() is "ENABLED" or "1"
                    && long.TryParse(GcpResourceNames.ShortName(item["name"]?.GetValue<string>() ?? string.Empty), out var number))
                {
                    newest = Math.Max(newest, number);
                }
            }

            pageToken = page["nextPageToken"]?.GetValue<string>();
        }
        while (!string.IsNullOrEmpty(pageToken));
        return newest < 0 ? null : newest.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<GcpResponse> SendAsync(HttpMethod method, Uri url, JsonNode? body, bool idempotent, CancellationToken cancellationToken)
    {
        var token = session.Current;
        var response = await transport.SendAsync(method, url, token.Value, body, idempotent, cancellationToken).ConfigureAwait(false);
        if (response.Status != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // A refused token did nothing on the server, so even a write is safe to send once more with a new one.
        var fresh = await session.RenewAsync(token, cancellationToken).ConfigureAwait(false);
        return await transport.SendAsync(method, url, fresh.Value, body, idempotent, cancellationToken).ConfigureAwait(false);
    }
}
