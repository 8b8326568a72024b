using Ferry.Api.Hashing;

namespace Ferry.Api.WellKnown;

/// <summary>Labels ESO reads and writes; a drop-in must use the same keys and values.</summary>
public static class Labels
{
    /// <summary>On every Secret an ExternalSecret manages; the managed-Secret cache selects on it.</summary>
    public const string Managed = "reconcile.external-secrets.io/managed";

    public const string ManagedValue = "true";

    /// <summary>On Secrets created with creationPolicy=Owner; the value is <see cref="CreatedByValue"/>.</summary>
    public const string CreatedBy = "reconcile.external-secrets.io/created-by";

    /// <summary>On GeneratorStates: which generator use they belong to.</summary>
    public const string GeneratorStateOwnerKey = "generators.external-secrets.io/owner-key";

    /// <summary>On every ESO CRD.</summary>
    public const string Component = "external-secrets.io/component";

    public const string ComponentValue = "controller";

    /// <summary>The label Kubernetes sets on every Namespace; ClusterSecretStore namespace names match on it.</summary>
    public const string NamespaceName = "kubernetes.io/metadata.name";

    /// <summary>The created-by value for an ExternalSecret: SHA3-224 hex of "namespace/name".</summary>
    public static string CreatedByValue(string externalSecretNamespace, string externalSecretName) =>
        Sha3.Hash224Hex($"{externalSecretNamespace}/{externalSecretName}");
}
