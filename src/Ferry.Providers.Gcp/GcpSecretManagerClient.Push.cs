using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Gcp;

internal sealed partial class GcpSecretManagerClient
{
    /// <summary>
    /// As ESO: creates the secret labelled managed-by=external-secrets when missing, refuses a secret without that
    /// label, and adds a version only when the payload changed. A property write merges into the JSON payload.
    /// </summary>
    public async ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.RemoteKey;
        var secret = await GetSecretResourceAsync(key, cancellationToken).ConfigureAwait(false);
        if (secret is null)
        {
            await CreateSecretAsync(key, cancellationToken).ConfigureAwait(false);
        }
        else if (!IsManaged(secret))
        {
            throw new ProviderException($"secret {key} is not managed by external secrets");
        }

        var current = secret is null ? null : await TryAccessLatestAsync(key, cancellationToken).ConfigureAwait(false);
        var value = SourceValue(request);
        if (!string.IsNullOrEmpty(request.Property))
        {
            value = MergeProperty(current, request.Property, value, key);
        }

        if (current is not null && current.Equals(value))
        {
            return;
        }

        await AddVersionAsync(key, value, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var key = remoteRef.RemoteKey;
        var secret = await GetSecretResourceAsync(key, cancellationToken).ConfigureAwait(false);
        if (secret is null || !IsManaged(secret))
        {
            // Never delete what Ferry did not create; a missing secret is already deleted.
            return;
        }

        if (!string.IsNullOrEmpty(remoteRef.Property)
            && await TryAccessLatestAsync(key, cancellationToken).ConfigureAwait(false) is { } current
            && ParseObject(current, key) is { } members)
        {
            members.Remove(remoteRef.Property);
            if (members.Count > 0)
            {
                await AddVersionAsync(key, SecretValue.FromString(members.ToJsonString()), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var response = await SendAsync(HttpMethod.Delete, names.Secret(key), null, true, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess && response.Status != HttpStatusCode.NotFound)
        {
            throw response.Failure($"delete secret {key}");
        }
    }

    public async ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var current = await TryAccessLatestAsync(remoteRef.RemoteKey, cancellationToken).ConfigureAwait(false);
        if (current is null || string.IsNullOrEmpty(remoteRef.Property))
        {
            return current is not null;
        }

        return ParseObject(current, remoteRef.RemoteKey)?.ContainsKey(remoteRef.Property) == true;
    }

    private static bool IsManaged(JsonNode secret) =>
        secret["labels"]?[ManagedByLabel]?.GetValue<string>() == ManagedByValue;

    // A whole-Secret push (no secretKey) sends the Secret's data as a JSON object, as ESO does.
    private static SecretValue SourceValue(PushSecretRequest request)
    {
        if (!string.IsNullOrEmpty(request.SecretKey))
        {
            return request.SourceData.TryGetValue(request.SecretKey, out var value) ? value : SecretValue.Empty;
        }

        var whole = new JsonObject();
        foreach (var (name, value) in request.SourceData.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            whole[name] = value.Reveal();
        }

        return SecretValue.FromString(whole.ToJsonString());
    }

    private static SecretValue MergeProperty(SecretValue? current, string property, SecretValue value, string key)
    {
        var members = current is null ? new JsonObject() : ParseObject(current, key) ?? new JsonObject();
        members[property] = value.Reveal();
        return SecretValue.FromString(members.ToJsonString());
    }

    private static JsonObject? ParseObject(SecretValue value, string key)
    {
        try
        {
            return JsonNode.Parse(value.Bytes.Span) as JsonObject;
        }
        catch (JsonException ex)
        {
            throw new ProviderException($"secret {key}: the payload is not a JSON object, cannot set a property", ex);
        }
    }

    private async Task<JsonNode?> GetSecretResourceAsync(string key, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, names.Secret(key), null, true, cancellationToken).ConfigureAwait(false);
        return response.Status == HttpStatusCode.NotFound ? null
            : response.IsSuccess ? response.Json()
            : throw response.Failure($"get secret {key}");
    }

    private async Task<SecretValue?> TryAccessLatestAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await AccessAsync(key, null, cancellationToken).ConfigureAwait(false);
        }
        catch (SecretNotFoundException)
        {
            return null;
        }
    }

    private async Task CreateSecretAsync(string key, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["labels"] = new JsonObject { [ManagedByLabel] = ManagedByValue } };
        if (string.IsNullOrEmpty(spec.Location))
        {
            // Regional secrets take no replication policy; global ones replicate automatically, as ESO creates them.
            body["replication"] = new JsonObject { ["automatic"] = new JsonObject() };
        }

        var response = await SendAsync(HttpMethod.Post, names.Create(key), body, false, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess && response.Status != HttpStatusCode.Conflict)
        {
            throw response.Failure($"create secret {key}");
        }
    }

    private async Task AddVersionAsync(string key, SecretValue value, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, names.AddVersion(key), GcpPayload.Write(value), false, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw response.Failure($"add version to secret {key}");
        }
    }
}
