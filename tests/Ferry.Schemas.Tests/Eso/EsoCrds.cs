using System.Text.Json.Nodes;
using Ferry.Manifests;
using Ferry.Testing;

namespace Ferry.Schemas.Tests.Eso;

/// <summary>ESO's CRDs, read once from the reference folder, with each version's parsed schema.</summary>
internal static class EsoCrds
{
    private static readonly Lazy<IReadOnlyList<EsoCrdVersion>> Loaded = new(Load);

    public static IReadOnlyList<EsoCrdVersion> Versions => Loaded.Value;

    public static IEnumerable<string> Files => Directory.EnumerateFiles(RepoPaths.EsoCrds, "*.yaml").Order(StringComparer.Ordinal);

    public static EsoCrdVersion? Find(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? string.Empty : apiVersion[..slash];
        var version = apiVersion[(slash + 1)..];
        return Versions.FirstOrDefault(v => v.Group == group && v.Kind == kind && v.Version == version);
    }

    public static JsonObject ReadCrd(string file) => (JsonObject)YamlDocumentReader.Read(File.ReadAllText(file)).Single(d => d.Content is not null).Content!;

    private static List<EsoCrdVersion> Load()
    {
        var versions = new List<EsoCrdVersion>();
        foreach (var file in Files)
        {
            var crd = ReadCrd(file);
            var spec = crd["spec"]!;
            foreach (var version in spec["versions"]!.AsArray())
            {
                var schema = version!["schema"]!["openAPIV3Schema"]!;
                versions.Add(new EsoCrdVersion(
                    Path.GetFileName(file),
                    spec["group"]!.GetValue<string>(),
                    spec["names"]!["kind"]!.GetValue<string>(),
                    version["name"]!.GetValue<string>(),
                    schema,
                    StructuralSchema.Parse(schema)));
            }
        }

        return versions;
    }
}
