using System.Reflection;
using Ferry.Api;
using Ferry.Api.Schema;
using k8s.Models;

namespace Ferry.Crds;

/// <summary>The custom resource kinds Ferry serves: every Ferry.Api type marked as an entity and a custom resource.</summary>
internal static class ApiKindCatalog
{
    public static IReadOnlyList<Type> Kinds { get; } = Find(typeof(AssemblyMarker).Assembly);

    public static IReadOnlyList<Type> Find(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(type => type.IsDefined(typeof(KubernetesEntityAttribute)) && type.IsDefined(typeof(CustomResourceAttribute)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)];
}
