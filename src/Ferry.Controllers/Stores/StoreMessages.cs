using System.Globalization;
using Ferry.Api.V1;

namespace Ferry.Controllers.Stores;

/// <summary>The words a refused resolution puts in status; ESO's texts where ESO has one.</summary>
internal static class StoreMessages
{
    public const string UnmanagedStore = "can not reference unmanaged store";

    public const string ClusterStoresDisabled = "ClusterSecretStores are disabled in this operator (--enable-cluster-store-reconciler=false)";

    public static string NotFound(SecretStoreKind kind, string? ns, string name) => kind == SecretStoreKind.ClusterSecretStore
        ? Format($"ClusterSecretStore \"{name}\" not found")
        : Format($"SecretStore \"{name}\" not found in namespace \"{ns}\"");

    public static string NamespaceRefused(string store, string ns) =>
        Format($"using cluster store \"{store}\" is not allowed from namespace \"{ns}\": denied by spec.condition");

    public static string NotReady(SecretStoreKind kind, string name) => Format($"{kind} \"{name}\" is not ready");

    public static string ProviderNotSupported(string provider) =>
        Format($"provider \"{provider}\" is not supported by Ferry");

    public static string ProviderCount(int count) =>
        Format($"secret stores must only have exactly one backend specified, found {count}");

    public static string ClientFailed(string detail) => Format($"unable to create client: {detail}");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
