using Ferry.Crds;
using Ferry.Runtime.Client;
using Ferry.Runtime.Cache;
using k8s.Models;

namespace Ferry.Dev;

/// <summary>
/// Installs the CRDs Ferry serves straight from the generator (the same objects <c>ferry crds</c> prints), so a
/// dev cluster never runs on a stale copy of deploy/crds, and waits until the server establishes them.
/// </summary>
internal static class CrdInstaller
{
    private static readonly ResourceType Crds = ResourceType.For<V1CustomResourceDefinition>();
    private static readonly PatchOptions Apply = new() { FieldManager = ManifestApplier.FieldManager, Force = true };
    private static readonly TimeSpan EstablishTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> InstallAsync(IKubeClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var crds = CrdGenerator.GenerateAll();
        var names = new List<string>();
        foreach (var crd in crds)
        {
            var name = crd["metadata"]!["name"]!.GetValue<string>();
            await client.PatchAsync<MetadataOnly>(
                Crds, null, name, new V1Patch(crd.ToJsonString(), V1Patch.PatchType.ApplyPatch), Apply, cancellationToken);
            names.Add(name);
        }

        await WaitEstablishedAsync(client, names, cancellationToken);
        return crds.Count;
    }

    /// <summary>Waits, with a deadline, until every named CRD reports Established=True.</summary>
    public static async Task WaitEstablishedAsync(IKubeClient client, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(EstablishTimeout);
        foreach (var name in names)
        {
            while (!await IsEstablishedAsync(client, name, deadline.Token))
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"The CRD {name} was not established within {EstablishTimeout.TotalSeconds:F0} s.");
                }
            }
        }
    }

    private static async Task<bool> IsEstablishedAsync(IKubeClient client, string name, CancellationToken cancellationToken)
    {
        var crd = await client.GetAsync<V1CustomResourceDefinition>(Crds, null, name, cancellationToken);
        return crd?.Status?.Conditions?.Any(c => c.Type == "Established" && c.Status == "True") == true;
    }
}
