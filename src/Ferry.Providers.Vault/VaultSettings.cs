using Ferry.Api.V1.Providers.Vault;

namespace Ferry.Providers.Vault;

/// <summary>The parts of a store's vault spec that shape every request, resolved once per client.</summary>
internal sealed record VaultSettings(
    Uri Server,
    string? Mount,
    VaultKvStoreVersion Version,
    string? Namespace,
    string? AuthNamespace,
    IReadOnlyDictionary<string, string> Headers,
    bool CheckAndSetRequired,
    bool ReadYourWrites,
    bool ForwardInconsistent)
{
    public bool IsV2 => Version == VaultKvStoreVersion.V2;

    public static VaultSettings From(VaultProvider spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!Uri.TryCreate(spec.Server, UriKind.Absolute, out var server) || (server.Scheme != "http" && server.Scheme != "https"))
        {
            throw new ProviderException("vault server must be an absolute http or https URL");
        }

        var ns = string.IsNullOrEmpty(spec.Namespace) ? null : spec.Namespace;
        return new VaultSettings(
            server,
            string.IsNullOrEmpty(spec.Path) ? null : spec.Path,
            spec.Version ?? VaultKvStoreVersion.V2,
            ns,
            string.IsNullOrEmpty(spec.Auth?.Namespace) ? ns : spec.Auth.Namespace,
            spec.Headers ?? [],
            spec.CheckAndSet?.Required == true,
            spec.ReadYourWrites == true,
            spec.ForwardInconsistent == true);
    }
}
