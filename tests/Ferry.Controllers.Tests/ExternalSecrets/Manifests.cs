using Ferry.Api.V1;
using k8s.Models;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>Builders for the objects the tests apply.</summary>
internal static class Manifests
{
    public static ExternalSecret ExternalSecret(
        string ns,
        string name,
        string store = "store",
        ExternalSecretCreationPolicy? creation = null,
        ExternalSecretDeletionPolicy? deletion = null,
        string? refreshInterval = null,
        ExternalSecretRefreshPolicy? refreshPolicy = null,
        params (string SecretKey, string RemoteKey)[] data) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = new ExternalSecretSpec
        {
            SecretStoreRef = new SecretStoreRef { Name = store, Kind = SecretStoreKind.SecretStore },
            RefreshInterval = refreshInterval,
            RefreshPolicy = refreshPolicy,
            Target = new ExternalSecretTarget { CreationPolicy = creation, DeletionPolicy = deletion },
            Data = [.. (data.Length == 0 ? [("password", "db-password")] : data).Select(d => new ExternalSecretData
            {
                SecretKey = d.SecretKey,
                RemoteRef = new ExternalSecretDataRemoteRef { Key = d.RemoteKey },
            })],
        },
    };

    public static V1Secret Secret(string ns, string name, IDictionary<string, string> data, IDictionary<string, string>? labels = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels },
        Data = data.ToDictionary(e => e.Key, e => System.Text.Encoding.UTF8.GetBytes(e.Value)),
    };

    public static string Text(V1Secret secret, string key) => System.Text.Encoding.UTF8.GetString(secret.Data[key]);
}
