using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api.Serialization;
using Ferry.Api.V1;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Which key of the spec.provider union a store sets ("fake", "vault", "gcpsm", ...), read through the API's own
/// JSON names so a provider Ferry does not model in C# is still named. Remembered per spec object: cached objects
/// are replaced, never mutated, so a spec's answer never changes.
/// </summary>
internal static class StoreProviderName
{
    private static readonly ConditionalWeakTable<SecretStoreProvider, IReadOnlyList<string>> Known = [];

    /// <summary>The keys that are set; exactly one for a valid store.</summary>
    public static IReadOnlyList<string> Of(SecretStoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Known.GetValue(spec.Provider, Read);
    }

    private static IReadOnlyList<string> Read(SecretStoreProvider provider)
    {
        var node = JsonSerializer.SerializeToNode(provider, FerryJsonContext.Default.SecretStoreProvider) as JsonObject;
        return node is null ? [] : [.. node.Where(p => p.Value is not null).Select(p => p.Key)];
    }
}
