using System.Text.Json.Nodes;
using Ferry.Manifests;

namespace Ferry.Crds;

/// <summary>The CRDs as the YAML files of deploy/crds: one per CRD, named as ESO names them.</summary>
internal static class CrdFiles
{
    /// <summary>The command that rewrites deploy/crds, for messages that ask a contributor to run it.</summary>
    public const string RegenerateCommand = "dotnet run --project src/Ferry -- crds --output-dir deploy/crds";

    /// <summary>File name and YAML text of every CRD, ordered by file name.</summary>
    public static IReadOnlyList<(string FileName, string Yaml)> Render(IEnumerable<JsonObject> crds) =>
        [.. crds.Select(crd => (CrdGenerator.FileName(crd), YamlDocumentWriter.ToYaml(crd)))];
}
