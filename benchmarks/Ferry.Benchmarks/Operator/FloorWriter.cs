using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ferry.Api.V1;
using Ferry.Runtime.Client;
using k8s.Models;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// The floor: a bare client doing what a sync must write and nothing else. For each ExternalSecret (created
/// first, as the operator run applies them) it creates the Secret an operator would (managed label, data-hash
/// annotation, owner reference, the value) and merge-patches the Ready status, at the same parallelism.
/// </summary>
internal static class FloorWriter
{
    public static async Task<(TimeSpan Apply, TimeSpan Writes)> RunAsync(IKubeClient client, ScaleWorkload workload)
    {
        var created = new System.Collections.Concurrent.ConcurrentBag<ExternalSecret>();
        var applying = Stopwatch.StartNew();
        await workload.CreateExternalSecretsAsync(client, (es, _) =>
        {
            created.Add(es);
            return ValueTask.CompletedTask;
        });
        applying.Stop();

        var writing = Stopwatch.StartNew();
        await Parallel.ForEachAsync(created, new ParallelOptions { MaxDegreeOfParallelism = ScaleWorkload.Parallelism }, async (es, token) =>
        {
            var index = int.Parse(es.Metadata.Name["es-".Length..], CultureInfo.InvariantCulture);
            await client.CreateAsync(ScaleWorkload.Secrets, Secret(es, ScaleWorkload.Value(index)), token);
            await client.PatchStatusAsync<ExternalSecret>(
                ScaleWorkload.ExternalSecrets, es.Metadata.NamespaceProperty, es.Metadata.Name,
                new V1Patch(Status(es), V1Patch.PatchType.MergePatch), null, token);
        });
        writing.Stop();
        return (applying.Elapsed, writing.Elapsed);
    }

    private static V1Secret Secret(ExternalSecret es, string value)
    {
        var data = new Dictionary<string, byte[]> { ["value"] = Encoding.UTF8.GetBytes(value) };
        return new V1Secret
        {
            Metadata = new V1ObjectMeta
            {
                Name = es.Metadata.Name,
                NamespaceProperty = es.Metadata.NamespaceProperty,
                Labels = new Dictionary<string, string> { ["reconcile.external-secrets.io/managed"] = "true" },
                Annotations = new Dictionary<string, string>
                {
                    ["reconcile.external-secrets.io/data-hash"] = Convert.ToHexStringLower(SHA256.HashData(data["value"]))[..56],
                },
                OwnerReferences =
                [
                    new V1OwnerReference
                    {
                        ApiVersion = ExternalSecret.GroupVersion, Kind = ExternalSecret.KubeKind, Name = es.Metadata.Name,
                        Uid = es.Metadata.Uid, Controller = true, BlockOwnerDeletion = true,
                    },
                ],
            },
            Type = "Opaque",
            Data = data,
        };
    }

    private static string Status(ExternalSecret es)
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return $$$"""
            {"status":{"binding":{"name":"{{{es.Metadata.Name}}}"},"refreshTime":"{{{now}}}","syncedResourceVersion":"1-{{{Guid.NewGuid():N}}}",
            "conditions":[{"type":"Ready","status":"True","reason":"SecretSynced","message":"secret synced","lastTransitionTime":"{{{now}}}"}]}}
            """;
    }
}
