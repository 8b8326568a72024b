using System.Reflection;
using k8s.Models;

namespace Ferry.Runtime.Client;

/// <summary>
/// Where a kind lives in the API: group (empty for the core group), version and plural. Built-in kinds and
/// custom resources are addressed the same way.
/// </summary>
public sealed record ResourceType(string Group, string Version, string Plural, string Kind)
{
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>Reads the coordinates from the type's <see cref="KubernetesEntityAttribute"/>.</summary>
    public static ResourceType For<T>() => For(typeof(T));

    public static ResourceType For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var entity = type.GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new ArgumentException($"{type.Name} has no [KubernetesEntity] attribute; pass a ResourceType explicitly.", nameof(type));
        return new ResourceType(entity.Group ?? "", entity.ApiVersion, entity.PluralName, entity.Kind);
    }

    public override string ToString() => $"{Plural}.{(Group.Length == 0 ? "core" : Group)}/{Version}";
}
