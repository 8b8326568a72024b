using System.Globalization;

namespace Ferry.Schemas.Validation;

/// <summary>
/// Field paths as the API server prints them. field.Path (CEL, list types, embedded resources) renders map keys as
/// <c>[key]</c>; kube-openapi's schema validator joins map keys with a dot like properties.
/// </summary>
internal static class FieldPaths
{
    public static string Child(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";

    public static string Key(string parent, string key) => $"{parent}[{key}]";
}
