using Ferry.Api;

namespace Ferry.Crds;

/// <summary>The custom resource kinds Ferry serves, as C# types: the API's own registry.</summary>
internal static class ApiKindCatalog
{
    public static IReadOnlyList<Type> Kinds { get; } = [.. ApiKinds.All.Select(kind => kind.ClrType)];
}
