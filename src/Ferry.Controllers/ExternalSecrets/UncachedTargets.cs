using System.Text.Json.Nodes;
using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Runtime.Client;
using k8s.Models;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// A target Secret the managed cache does not hold: either it does not exist yet (the common case, a first sync),
/// or it exists without the managed label (someone else's Secret, or one to merge into). A first sync that may
/// create its target tries the create at once and reads only when the API answers AlreadyExists; every other case
/// reads first. Either way the same rules decide what Ferry may do with a Secret it finds.
/// </summary>
internal sealed class UncachedTargets(IKubeClient client)
{
    private static readonly ResourceType Secrets = ResourceType.For<V1Secret>();

    /// <summary>
    /// True when the target may be created without reading it first: the policy creates targets (Owner, Orphan,
    /// CreateOrMerge) and this ExternalSecret has never synced this target, so no Secret of its own can be missing
    /// from the cache. Merge must know whether its target exists before it writes, and None writes nothing.
    /// </summary>
    public static bool CanCreateFirst(ExternalSecret externalSecret)
    {
        var policy = RefreshDecision.CreationPolicy(externalSecret);
        if (policy is not (ExternalSecretCreationPolicy.Owner or ExternalSecretCreationPolicy.Orphan or ExternalSecretCreationPolicy.CreateOrMerge))
        {
            return false;
        }

        var status = externalSecret.Status;
        return string.IsNullOrEmpty(status?.SyncedResourceVersion) || status.Binding?.Name != ExternalSecretsController.TargetName(externalSecret);
    }

    /// <summary>
    /// Reads the target from the API. A Secret without the managed label is labelled (ESO does this for every
    /// policy) only when Ferry may touch it: Merge and CreateOrMerge targets, or a Secret this ExternalSecret
    /// already controls. Ferry does not take over a foreign Secret under Owner or Orphan, where ESO would.
    /// </summary>
    /// <exception cref="SyncException">The Secret is foreign and the policy is Owner or Orphan.</exception>
    public async Task<V1Secret?> ReadAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        var name = ExternalSecretsController.TargetName(externalSecret);
        var ns = externalSecret.Metadata.NamespaceProperty;
        var secret = await client.GetAsync<V1Secret>(Secrets, ns, name, cancellationToken);
        if (secret is null || secret.Metadata.Labels is { } labels && labels.TryGetValue(Labels.Managed, out var managed) && managed == Labels.ManagedValue)
        {
            return secret;
        }

        var policy = RefreshDecision.CreationPolicy(externalSecret);
        if (policy == ExternalSecretCreationPolicy.None)
        {
            return secret;
        }

        var controlled = secret.Metadata.OwnerReferences?.Any(r => r.Controller == true && r.Uid == externalSecret.Metadata.Uid) == true;
        if (policy is not (ExternalSecretCreationPolicy.Merge or ExternalSecretCreationPolicy.CreateOrMerge) && !controlled)
        {
            throw new SyncException(
                ExternalSecretMessages.OwnershipFailed,
                $"Secret {name} exists and is not managed by an ExternalSecret; Ferry takes over an existing Secret only with creationPolicy Merge or CreateOrMerge");
        }

        var patch = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["labels"] = new JsonObject { [Labels.Managed] = Labels.ManagedValue },
            },
        }.ToJsonString();
        return await client.PatchAsync<V1Secret>(
            Secrets, ns, name, new V1Patch(patch, V1Patch.PatchType.MergePatch),
            new PatchOptions { FieldManager = FieldManager.ForExternalSecret(externalSecret.Metadata.Name) }, cancellationToken);
    }
}
