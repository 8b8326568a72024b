using Ferry.LocalCluster.Semantics;
using Ferry.LocalCluster.Semantics.BuiltIn;

namespace Ferry.LocalCluster.Resources;

/// <summary>The resources compiled into the server, as kube-apiserver advertises them.</summary>
internal static class BuiltInResources
{
    public static IEnumerable<ResourceType> Create(ResourceStrategy crdStrategy)
    {
        yield return new ResourceType
        {
            Group = string.Empty, Version = "v1", Kind = "Namespace", Plural = "namespaces", Singular = "namespace",
            Namespaced = false, Strategy = new NamespaceStrategy(), ShortNames = ["ns"], Subresources = ["status", "finalize"],
            Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"],
        };
        yield return new ResourceType
        {
            Group = string.Empty, Version = "v1", Kind = "Secret", Plural = "secrets", Singular = "secret",
            Namespaced = true, Strategy = new SecretStrategy(),
        };
        yield return new ResourceType
        {
            Group = string.Empty, Version = "v1", Kind = "ConfigMap", Plural = "configmaps", Singular = "configmap",
            Namespaced = true, Strategy = new ConfigMapStrategy(), ShortNames = ["cm"],
        };
        yield return new ResourceType
        {
            Group = string.Empty, Version = "v1", Kind = "ServiceAccount", Plural = "serviceaccounts", Singular = "serviceaccount",
            Namespaced = true, Strategy = new ServiceAccountStrategy(), ShortNames = ["sa"], Subresources = ["token"],
        };
        yield return new ResourceType
        {
            Group = string.Empty, Version = "v1", Kind = "Event", Plural = "events", Singular = "event",
            Namespaced = true, Strategy = new CoreEventStrategy(), ShortNames = ["ev"],
        };
        yield return new ResourceType
        {
            Group = "events.k8s.io", Version = "v1", Kind = "Event", Plural = "events", Singular = "event",
            Namespaced = true, Strategy = new EventsV1Strategy(), ShortNames = ["ev"],
        };
        yield return new ResourceType
        {
            Group = "coordination.k8s.io", Version = "v1", Kind = "Lease", Plural = "leases", Singular = "lease",
            Namespaced = true, Strategy = new LeaseStrategy(),
        };
        yield return new ResourceType
        {
            Group = "apiextensions.k8s.io", Version = "v1", Kind = "CustomResourceDefinition", Plural = "customresourcedefinitions",
            Singular = "customresourcedefinition", Namespaced = false, Strategy = crdStrategy, ShortNames = ["crd", "crds"],
            Subresources = ["status"], Categories = ["api-extensions"],
        };
        yield return Review("authentication.k8s.io", "TokenReview", "tokenreviews", "tokenreview");
        yield return Review("authentication.k8s.io", "SelfSubjectReview", "selfsubjectreviews", "selfsubjectreview");
        yield return Review("authorization.k8s.io", "SelfSubjectAccessReview", "selfsubjectaccessreviews", "selfsubjectaccessreview");
        yield return Review("authorization.k8s.io", "SubjectAccessReview", "subjectaccessreviews", "subjectaccessreview");
    }

    /// <summary>Create-only resources that answer a question instead of storing anything.</summary>
    private static ResourceType Review(string group, string kind, string plural, string singular) => new()
    {
        Group = group, Version = "v1", Kind = kind, Plural = plural, Singular = singular, Namespaced = false,
        Strategy = new ResourceStrategy(), Verbs = ["create"],
    };
}
