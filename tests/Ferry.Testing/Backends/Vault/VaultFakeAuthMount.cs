namespace Ferry.Testing.Backends.Vault;

/// <summary>An enabled auth method: its type (approle, kubernetes, jwt, userpass, ldap, cert) and roles or users.</summary>
internal sealed class VaultFakeAuthMount(string path, string type)
{
    public string Path { get; } = path;

    public string Type { get; } = type;

    public Dictionary<string, VaultFakeRole> Roles { get; } = new(StringComparer.Ordinal);

    public VaultFakeKubernetesConfig? Kubernetes { get; set; }
}
