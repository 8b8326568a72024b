using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Templating.Eso;
using k8s.Models;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// ESO's mutation function (eso-behaviour.md §2.1 item 11, §2.5, §2.6) on a copy of the target Secret: prune what
/// this ExternalSecret's field manager owned, apply the rendered template, apply ownership, and stamp the managed
/// label and data hash. The cached Secret is never changed.
/// </summary>
internal static class TargetSecretBuilder
{
    /// <exception cref="SyncException">Another ExternalSecret or controller owns the Secret.</exception>
    public static V1Secret Build(ExternalSecret externalSecret, V1Secret? existing, RenderedSecret rendered)
    {
        var name = externalSecret.Metadata.Name;
        var ns = externalSecret.Metadata.NamespaceProperty;
        var target = externalSecret.Spec.Target;
        var policy = RefreshDecision.CreationPolicy(externalSecret);
        var immutable = target?.Immutable == true;
        var secret = existing is null
            ? new V1Secret { ApiVersion = "v1", Kind = "Secret", Metadata = new V1ObjectMeta { Name = ExternalSecretsController.TargetName(externalSecret), NamespaceProperty = ns } }
            : SecretCopy.Of(existing);
        secret.Metadata.Labels ??= new Dictionary<string, string>();
        secret.Metadata.Annotations ??= new Dictionary<string, string>();
        secret.Data ??= new Dictionary<string, byte[]>();
        if (immutable)
        {
            secret.Immutable = true;
        }

        if (existing is null || !immutable)
        {
            if (existing is not null)
            {
                foreach (var key in ManagedFieldsOwnership.DataKeys(existing, Api.WellKnown.FieldManager.ForExternalSecret(name)))
                {
                    secret.Data.Remove(key);
                }
            }

            ApplyTemplate(externalSecret, existing, rendered, policy, secret);
        }

        ApplyOwnership(externalSecret, policy, secret);
        secret.Metadata.Labels[Labels.Managed] = Labels.ManagedValue;
        secret.Metadata.Annotations[Annotations.DataHash] = SecretHashes.DataHash(secret.Data);
        return secret;
    }

    private static void ApplyTemplate(ExternalSecret externalSecret, V1Secret? existing, RenderedSecret rendered, ExternalSecretCreationPolicy policy, V1Secret secret)
    {
        if (existing is not null)
        {
            var pruningManager = Api.WellKnown.FieldManager.ForMetadataPruning(externalSecret.Metadata.Name);
            foreach (var key in ManagedFieldsOwnership.LabelKeys(existing, pruningManager))
            {
                secret.Metadata.Labels.Remove(key);
            }

            foreach (var key in ManagedFieldsOwnership.AnnotationKeys(existing, pruningManager))
            {
                secret.Metadata.Annotations.Remove(key);
            }
        }

        foreach (var (key, value) in rendered.Labels)
        {
            secret.Metadata.Labels[key] = value;
        }

        foreach (var (key, value) in rendered.Annotations)
        {
            secret.Metadata.Annotations[key] = value;
        }

        foreach (var finalizer in externalSecret.Spec.Target?.Template?.Metadata?.Finalizers ?? [])
        {
            secret.Metadata.Finalizers ??= [];
            if (!secret.Metadata.Finalizers.Contains(finalizer))
            {
                secret.Metadata.Finalizers.Add(finalizer);
            }
        }

        if (policy is not (ExternalSecretCreationPolicy.Merge or ExternalSecretCreationPolicy.CreateOrMerge))
        {
            secret.Data = new Dictionary<string, byte[]>();
        }

        if (!string.IsNullOrEmpty(rendered.Type))
        {
            secret.Type = rendered.Type;
        }

        foreach (var (key, value) in rendered.Data)
        {
            secret.Data[key] = value;
        }
    }

    private static void ApplyOwnership(ExternalSecret externalSecret, ExternalSecretCreationPolicy policy, V1Secret secret)
    {
        var references = secret.Metadata.OwnerReferences?.ToList() ?? [];
        var controller = references.FirstOrDefault(r => r.Controller == true);
        var isExternalSecret = controller is not null
            && controller.Kind == ExternalSecret.KubeKind
            && controller.ApiVersion.StartsWith(ExternalSecret.KubeGroup + "/", StringComparison.Ordinal);
        if (isExternalSecret && controller!.Name != externalSecret.Metadata.Name)
        {
            throw new SyncException(ExternalSecretMessages.OwnedByAnother, $"target is owned by another ExternalSecret: {controller.Name}", terminal: true);
        }

        if (policy == ExternalSecretCreationPolicy.Owner)
        {
            if (controller is not null && !(isExternalSecret && controller.Uid == externalSecret.Metadata.Uid))
            {
                if (!isExternalSecret)
                {
                    throw new SyncException(
                        ExternalSecretMessages.OwnershipFailed,
                        $"Object {secret.Metadata.NamespaceProperty}/{secret.Metadata.Name} is already owned by another {controller.Kind} controller {controller.Name}",
                        terminal: true);
                }
            }

            var owner = new V1OwnerReference
            {
                ApiVersion = ExternalSecret.GroupVersion,
                Kind = ExternalSecret.KubeKind,
                Name = externalSecret.Metadata.Name,
                Uid = externalSecret.Metadata.Uid,
                Controller = true,
                BlockOwnerDeletion = true,
            };
            var kept = references.Where(r => !(r.Kind == ExternalSecret.KubeKind && r.Name == externalSecret.Metadata.Name
                && r.ApiVersion.StartsWith(ExternalSecret.KubeGroup + "/", StringComparison.Ordinal))).ToList();
            var index = references.FindIndex(r => r.Kind == ExternalSecret.KubeKind && r.Name == externalSecret.Metadata.Name);
            kept.Insert(index < 0 ? kept.Count : Math.Min(index, kept.Count), owner);
            secret.Metadata.OwnerReferences = kept;
            secret.Metadata.Labels[Labels.CreatedBy] = Labels.CreatedByValue(externalSecret.Metadata.NamespaceProperty ?? "", externalSecret.Metadata.Name);
            return;
        }

        if (isExternalSecret && controller!.Name == externalSecret.Metadata.Name)
        {
            var kept = references.Where(r => r != controller).ToList();
            secret.Metadata.OwnerReferences = kept.Count == 0 ? null : kept;
        }

        secret.Metadata.Labels.Remove(Labels.CreatedBy);
    }
}
