using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Providers.Values;

namespace Ferry.Providers.Vault.Kv;

/// <summary>
/// ESO's PushSecret and DeleteSecret for Vault: a secret Ferry did not create (no managed-by=external-secrets) is
/// never overwritten or deleted; identical content is not rewritten; a property push is a read-modify-write of one
/// key; KV v2 writes metadata first and honours check-and-set.
/// </summary>
internal sealed class VaultPush(VaultKv kv)
{
    private const string CustomMetadata = "custom_metadata";
    private const string NotManagedMessage = "secret not managed by external-secrets";

    private VaultSettings Settings => kv.Settings;

    public async ValueTask PushAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        var value = Extract(request);
        var existing = await kv.ReadSecretAsync(request.RemoteKey, null, cancellationToken);
        if (Settings.IsV2)
        {
            await PushV2Async(request, value, existing, cancellationToken);
        }
        else
        {
            await PushV1Async(request, value, existing, cancellationToken);
        }
    }

    public async ValueTask DeleteAsync(Ferry.Api.V1Alpha1.PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        var existing = await kv.ReadSecretAsync(remoteRef.RemoteKey, null, cancellationToken);
        if (existing is not { } data)
        {
            return;
        }

        var custom = Settings.IsV2 ? await ReadCustomMetadataAsync(remoteRef.RemoteKey, cancellationToken) : CustomOf(data);
        if (custom is null || !IsManaged(custom))
        {
            return;
        }

        var dataPath = VaultPaths.Data(Settings, remoteRef.RemoteKey);
        if (!string.IsNullOrEmpty(remoteRef.Property))
        {
            var remaining = JsonNode.Parse(data.GetRawText())!.AsObject();
            remaining.Remove(remoteRef.Property);
            if (!Settings.IsV2 && remaining.Count == 1 && remaining.ContainsKey(CustomMetadata))
            {
                remaining.Remove(CustomMetadata);
            }

            if (remaining.Count > 0)
            {
                var body = Settings.IsV2 ? new JsonObject { ["data"] = remaining } : remaining;
                await kv.WriteAsync(dataPath, body, "failed to write secret data", cancellationToken);
                return;
            }
        }

        await kv.DeleteAsync(dataPath, cancellationToken);
        if (Settings.IsV2)
        {
            await kv.DeleteAsync(VaultPaths.Metadata(Settings, remoteRef.RemoteKey), cancellationToken);
        }
    }

    private async ValueTask PushV1Async(PushSecretRequest request, byte[] value, JsonElement? existing, CancellationToken cancellationToken)
    {
        JsonObject? current = null;
        if (existing is { } data)
        {
            if (CustomOf(data) is not { } custom)
            {
                throw new ProviderException(NotManagedMessage + " (no custom_metadata found)");
            }

            if (!IsManaged(custom))
            {
                throw new ProviderException(NotManagedMessage);
            }

            current = JsonNode.Parse(data.GetRawText())!.AsObject();
            current.Remove(CustomMetadata);
        }

        var (merged, changed) = Reconcile(current, value, request.Property);
        if (current is not null && !changed)
        {
            return;
        }

        merged[CustomMetadata] = new JsonObject { [VaultPushMetadata.ManagedByKey] = VaultPushMetadata.ManagedByValue };
        await kv.WriteAsync(VaultPaths.Data(Settings, request.RemoteKey), merged, "failed to write secret data", cancellationToken);
    }

    private async ValueTask PushV2Async(PushSecretRequest request, byte[] value, JsonElement? existing, CancellationToken cancellationToken)
    {
        var metadataPath = VaultPaths.Metadata(Settings, request.RemoteKey);
        var current = existing is { } data ? JsonNode.Parse(data.GetRawText())!.AsObject() : null;
        var (merged, dataChanged) = Reconcile(current, value, request.Property);
        var desired = VaultPushMetadata.Parse(request.Data.Metadata);
        Dictionary<string, string> finalMetadata;
        bool metadataChanged;
        if (current is null)
        {
            (finalMetadata, metadataChanged) = (new(desired.CustomMetadata, StringComparer.Ordinal), true);
        }
        else
        {
            var remote = await ReadCustomMetadataAsync(request.RemoteKey, cancellationToken) ?? [];
            if (!IsManaged(remote))
            {
                throw new ProviderException(NotManagedMessage);
            }

            finalMetadata = desired.Replace ? new(StringComparer.Ordinal) : new(remote, StringComparer.Ordinal);
            foreach (var (k, v) in desired.CustomMetadata)
            {
                finalMetadata[k] = v;
            }

            metadataChanged = finalMetadata.Count != remote.Count
                || finalMetadata.Any(e => !remote.TryGetValue(e.Key, out var r) || r != e.Value);
        }

        if (!dataChanged && !metadataChanged)
        {
            return;
        }

        // Metadata first: a new secret is marked as Ferry's before it has data, so a failed data write is retried
        // as an update of a managed secret.
        if (metadataChanged)
        {
            var custom = new JsonObject();
            foreach (var (k, v) in finalMetadata)
            {
                custom[k] = v;
            }

            await kv.WriteAsync(metadataPath, new JsonObject { [CustomMetadata] = custom }, "failed to write secret metadata", cancellationToken);
        }

        if (dataChanged)
        {
            var body = new JsonObject { ["data"] = merged };
            if (Settings.CheckAndSetRequired)
            {
                body["options"] = new JsonObject { ["cas"] = current is null ? 0 : await CurrentVersionAsync(request.RemoteKey, cancellationToken) };
            }

            await kv.WriteAsync(VaultPaths.Data(Settings, request.RemoteKey), body, "failed to write secret data", cancellationToken);
        }
    }

    private async ValueTask<long> CurrentVersionAsync(string key, CancellationToken cancellationToken)
    {
        var document = await kv.ReadMetadataDocumentAsync(key, cancellationToken);
        return document is { } metadata && metadata.TryGetProperty("current_version", out var version) && version.TryGetInt64(out var number)
            ? number
            : 1;
    }

    private async ValueTask<Dictionary<string, string>?> ReadCustomMetadataAsync(string key, CancellationToken cancellationToken)
    {
        var document = await kv.ReadMetadataDocumentAsync(key, cancellationToken);
        return document is { } metadata ? CustomOf(metadata) ?? [] : null;
    }

    private static Dictionary<string, string>? CustomOf(JsonElement element)
    {
        if (!element.TryGetProperty(CustomMetadata, out var custom) || custom.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return custom.EnumerateObject().ToDictionary(
            m => m.Name,
            m => m.Value.ValueKind == JsonValueKind.String ? m.Value.GetString()! : m.Value.GetRawText(),
            StringComparer.Ordinal);
    }

    private static bool IsManaged(Dictionary<string, string> custom) =>
        custom.TryGetValue(VaultPushMetadata.ManagedByKey, out var manager) && manager == VaultPushMetadata.ManagedByValue;

    // ESO's ExtractSecretData: one key's bytes, or the whole Secret as a JSON object of strings (not HTML-escaped).
    private static byte[] Extract(PushSecretRequest request)
    {
        if (string.IsNullOrEmpty(request.SecretKey))
        {
            var strings = request.SourceData.ToDictionary(e => e.Key, e => e.Value.Reveal(), StringComparer.Ordinal);
            return System.Text.Encoding.UTF8.GetBytes(GoJson.MarshalStringMap(strings, escapeHtml: false));
        }

        return request.SourceData.TryGetValue(request.SecretKey, out var value) ? value.ToArray() : [];
    }

    private static JsonObject? ParseObject(byte[] value)
    {
        try
        {
            return JsonNode.Parse(value) switch
            {
                JsonObject map => map,
                null => [],
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (JsonObject Merged, bool Changed) Reconcile(JsonObject? current, byte[] value, string? property)
    {
        if (string.IsNullOrEmpty(property))
        {
            var incoming = ParseObject(value) ?? throw new ProviderException(current is null
                ? "error unmarshalling vault secret: invalid JSON format"
                : "error unmarshalling incoming secret value: invalid JSON format");

            return (incoming, current is null || !JsonNode.DeepEquals(current, incoming));
        }

        var text = System.Text.Encoding.UTF8.GetString(value);
        var merged = current?.DeepClone().AsObject() ?? [];
        var unchanged = current is not null && current.TryGetPropertyValue(property, out var existing)
            && existing is JsonValue scalar && scalar.TryGetValue<string>(out var old) && old == text;
        merged[property] = text;
        return (merged, !unchanged);
    }
}
