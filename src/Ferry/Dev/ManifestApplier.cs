using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Runtime.Client;
using k8s.Autorest;
using Ferry.Runtime.Cache;
using k8s.Models;

namespace Ferry.Dev;

/// <summary>
/// Applies manifests with server-side apply (field manager <c>ferry-dev</c>), in <see cref="ApplyOrder"/>: each
/// rank is applied before the next starts, and CRDs are waited on until Established before anything that may use
/// them. A failed object is reported and the rest still applied, as <c>kubectl apply</c> does.
/// </summary>
internal sealed class ManifestApplier(IKubeClient client, TextWriter output, TextWriter errors)
{
    public const string FieldManager = "ferry-dev";

    private static readonly PatchOptions Apply = new() { FieldManager = FieldManager, Force = true };

    /// <summary>Applies every object; returns how many failed.</summary>
    public async Task<int> ApplyAsync(IReadOnlyList<ManifestObject> manifests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var catalog = await ApiResourceCatalog.LoadAsync(client, cancellationToken);
        var failures = 0;
        foreach (var rank in ApplyOrder.Sort(manifests).GroupBy(ApplyOrder.Rank))
        {
            foreach (var manifest in rank)
            {
                if (!await ApplyOneAsync(catalog, manifest, cancellationToken))
                {
                    failures++;
                }
            }

            if (rank.Key == ApplyOrder.Definitions)
            {
                await CrdInstaller.WaitEstablishedAsync(client, rank.Select(m => m.Name), cancellationToken);
                await catalog.RefreshAsync(client, cancellationToken);
            }
        }

        return failures;
    }

    private async Task<bool> ApplyOneAsync(ApiResourceCatalog catalog, ManifestObject manifest, CancellationToken cancellationToken)
    {
        if (catalog.Find(manifest.ApiVersion, manifest.Kind) is not { } resource)
        {
            await errors.WriteLineAsync($"error: {manifest.File}: {manifest.Display}: the local cluster serves no kind {manifest.Kind} in {manifest.ApiVersion}");
            return false;
        }

        var body = (JsonObject)manifest.Body.DeepClone();
        string? ns = null;
        if (resource.Namespaced)
        {
            ns = manifest.Namespace ?? "default";
            body["metadata"]!["namespace"] = ns;
        }
        else
        {
            body["metadata"]!.AsObject().Remove("namespace");
        }

        try
        {
            await client.PatchAsync<MetadataOnly>(
                resource.Type, ns, manifest.Name, new V1Patch(body.ToJsonString(), V1Patch.PatchType.ApplyPatch), Apply, cancellationToken);
            await output.WriteLineAsync($"applied {manifest.Kind} {(ns is null ? manifest.Name : $"{ns}/{manifest.Name}")}");
            return true;
        }
        catch (Exception e) when (ApiError.StatusCodeOf(e) is not null)
        {
            await errors.WriteLineAsync($"error: {manifest.File}: {manifest.Display}: {MessageOf(e)}");
            return false;
        }
    }

    /// <summary>The API server's own message (it names the field and rule), not the client's generic text.</summary>
    private static string MessageOf(Exception exception)
    {
        if (exception is HttpOperationException { Response.Content: { Length: > 0 } content })
        {
            try
            {
                using var status = JsonDocument.Parse(content);
                if (status.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                {
                    return message.GetString()!;
                }
            }
            catch (JsonException)
            {
                // Not a Status body: fall through to the exception's own text.
            }
        }

        return exception.Message;
    }
}
