using System.Text.Json;

namespace Ferry.Providers.Vault.Kv;

/// <summary>
/// The vault part of a PushSecret's metadata (kind PushSecretMetadata, spec.customMetadata and spec.mergePolicy):
/// custom metadata written to a KV v2 secret, merged into what is there or replacing it.
/// </summary>
internal sealed record VaultPushMetadata(IReadOnlyDictionary<string, string> CustomMetadata, bool Replace)
{
    public const string ManagedByKey = "managed-by";
    public const string ManagedByValue = "external-secrets";

    public static VaultPushMetadata Parse(JsonElement? metadata)
    {
        var custom = new Dictionary<string, string>(StringComparer.Ordinal);
        var replace = false;
        if (metadata is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("spec", out var spec) && spec.ValueKind == JsonValueKind.Object)
        {
            if (spec.TryGetProperty("mergePolicy", out var policy) && policy.ValueKind == JsonValueKind.String)
            {
                replace = policy.GetString() switch
                {
                    "Merge" or "" => false,
                    "Replace" => true,
                    var other => throw new ProviderException($"unsupported merge policy \"{other}\", must be one of: Merge, Replace"),
                };
            }

            if (spec.TryGetProperty("customMetadata", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in values.EnumerateObject())
                {
                    custom[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
                }
            }
        }

        // managed-by is reserved: a PushSecret cannot hand a secret over to another owner.
        custom[ManagedByKey] = ManagedByValue;
        return new VaultPushMetadata(custom, replace);
    }
}
