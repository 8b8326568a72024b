using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Providers.Vault.Auth;
using Ferry.Providers.Vault.Http;

namespace Ferry.Providers.Vault.Kv;

/// <summary>
/// The KV engine calls of one client, authenticated through the session. A 403 on a session that can log in again
/// is answered by one fresh login and one retry (a token revoked or expired before its lease said).
/// </summary>
internal sealed class VaultKv(VaultHttp http, VaultSession session)
{
    private const string ReadErrorPrefix = "cannot read secret data from Vault: ";

    public VaultSettings Settings => http.Settings;

    /// <summary>ESO's readSecret: the secret's key/value map, or null when it (or that version) does not exist.</summary>
    public async ValueTask<JsonElement?> ReadSecretAsync(string key, string? version, CancellationToken cancellationToken)
    {
        var path = Escape(VaultPaths.Data(Settings, key));
        if (!string.IsNullOrEmpty(version))
        {
            path += "?version=" + Uri.EscapeDataString(version);
        }

        var response = await ReadAsync(HttpMethod.Get, path, cancellationToken);
        if (response.Status == HttpStatusCode.NotFound)
        {
            return null;
        }

        var data = response.Data;
        if (data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (!Settings.IsV2)
        {
            return data;
        }

        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("data", out var inner))
        {
            throw new ProviderException("failed to find data field");
        }

        return inner.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => inner,
            _ => throw new ProviderException("failed to unmarshall JSON"),
        };
    }

    /// <summary>The raw KV v2 metadata document, or null when the key has none.</summary>
    public async ValueTask<JsonElement?> ReadMetadataDocumentAsync(string key, CancellationToken cancellationToken)
    {
        var response = await ReadAsync(HttpMethod.Get, Escape(VaultPaths.Metadata(Settings, key)), cancellationToken);
        return response.Status == HttpStatusCode.NotFound || response.Data.ValueKind != JsonValueKind.Object ? null : response.Data;
    }

    /// <summary>
    /// ESO's readSecretMetadata: created_time, current_version and delete_version_after, plus custom_metadata.
    /// A missing key is an error here ("secret not found"), not a not-found, as in ESO.
    /// </summary>
    public async ValueTask<Dictionary<string, string>> ReadMetadataAsync(string key, CancellationToken cancellationToken)
    {
        var document = await ReadMetadataDocumentAsync(key, cancellationToken) ?? throw new ProviderException("secret not found");
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Settings.IsV2)
        {
            foreach (var name in (string[])["created_time", "current_version", "delete_version_after"])
            {
                if (document.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    metadata[name] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                }
            }
        }

        if (document.TryGetProperty("custom_metadata", out var custom) && custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in custom.EnumerateObject())
            {
                metadata[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
            }
        }

        return metadata;
    }

    /// <summary>Keys under a folder (ending in '/'), recursively, relative to the mount; null when the folder is empty.</summary>
    public async ValueTask<List<string>?> ListRecursiveAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Escape(VaultPaths.Metadata(Settings, folder));
        var response = await ReadAsync(VaultHttp.List, path, cancellationToken);
        if (response.Status == HttpStatusCode.NotFound)
        {
            return null;
        }

        var keys = VaultResponse.Member(response.Data, "keys");
        var found = new List<string>();
        if (keys.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        foreach (var entry in keys.EnumerateArray().Select(k => k.GetString() ?? string.Empty))
        {
            var full = folder + entry;
            if (entry.EndsWith('/'))
            {
                found.AddRange(await ListRecursiveAsync(full, cancellationToken) ?? throw new SecretNotFoundException());
            }
            else
            {
                found.Add(full);
            }
        }

        return found;
    }

    public async ValueTask WriteAsync(string path, JsonObject body, string failure, CancellationToken cancellationToken)
    {
        VaultResponse response;
        try
        {
            response = await CallAsync(HttpMethod.Post, Escape(path), body, cancellationToken);
        }
        catch (VaultApiException ex)
        {
            throw new ProviderException($"{failure}: {ex.Message}", ex);
        }

        if (!response.IsSuccess)
        {
            throw new ProviderException($"{failure}: {new VaultApiException("POST", path, response.Status, []).Message}");
        }
    }

    public async ValueTask DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var response = await CallAsync(HttpMethod.Delete, Escape(path), null, cancellationToken);
        if (!response.IsSuccess && response.Status != HttpStatusCode.NotFound)
        {
            throw new VaultApiException("DELETE", path, response.Status, []);
        }
    }

    /// <summary>auth/token/lookup-self with the session's token: is it still good?</summary>
    public async ValueTask LookupSelfAsync(CancellationToken cancellationToken)
    {
        var token = await session.TokenAsync(cancellationToken);
        var response = await http.SendAsync(HttpMethod.Get, "auth/token/lookup-self", token, Settings.AuthNamespace, null, cancellationToken);
        if (!response.IsSuccess)
        {
            throw new VaultApiException("GET", "auth/token/lookup-self", response.Status, []);
        }
    }

    public async ValueTask RevokeAsync(string token, CancellationToken cancellationToken) =>
        await http.SendAsync(HttpMethod.Post, "auth/token/revoke-self", token, Settings.AuthNamespace, new JsonObject(), cancellationToken);

    private async ValueTask<VaultResponse> ReadAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync(method, path, null, cancellationToken);
        }
        catch (VaultApiException ex)
        {
            throw new ProviderException(ReadErrorPrefix + ex.Message, ex);
        }
    }

    private async ValueTask<VaultResponse> CallAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var token = await session.TokenAsync(cancellationToken);
        try
        {
            return await http.SendAsync(method, path, token, Settings.Namespace, body, cancellationToken);
        }
        catch (VaultApiException ex) when (ex.Status == HttpStatusCode.Forbidden && session.CanLogInAgain)
        {
            // Vault says "permission denied" both for a policy that forbids the path and for a dead token; only the
            // second is worth a new login.
            if (await IsTokenAliveAsync(token, cancellationToken))
            {
                throw;
            }

            session.Invalidate(token);
            token = await session.TokenAsync(cancellationToken);
            return await http.SendAsync(method, path, token, Settings.Namespace, body?.DeepClone(), cancellationToken);
        }
    }

    private async ValueTask<bool> IsTokenAliveAsync(string token, CancellationToken cancellationToken)
    {
        try
        {
            var response = await http.SendAsync(HttpMethod.Get, "auth/token/lookup-self", token, Settings.AuthNamespace, null, cancellationToken);
            return response.IsSuccess;
        }
        catch (VaultApiException)
        {
            return false;
        }
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
