using System.Text.Json.Nodes;
using Ferry.Api;
using Ferry.Crds;
using Ferry.Manifests;
using Ferry.Testing;

namespace Ferry.Tests.Crds;

/// <summary>
/// Ferry serves ESO's API unchanged: for every kind Ferry serves, its generated CRD must match ESO 2.9's field by
/// field, except where a divergence is declared below with its reason. Providers and generators Ferry does not
/// implement only need to be accepted (a free-form object), so manifests that use them still apply.
/// </summary>
public sealed class EsoCrdCompatibilityTests
{
    /// <summary>The providers Ferry implements, by their key under <c>spec.provider</c>.</summary>
    private static readonly HashSet<string> ImplementedProviders = ["fake", "kubernetes", "vault", "aws", "azurekv", "gcpsm", "webhook"];

    /// <summary>The generators Ferry implements, by their key under a ClusterGenerator's <c>spec.generator</c>.</summary>
    private static readonly HashSet<string> ImplementedGeneratorSpecs = ["fakeSpec", "passwordSpec", "uuidSpec"];

    /// <summary>Every deliberate difference from ESO's CRDs, with why. A path covers itself and everything below it.</summary>
    private static readonly Divergence[] Divergences =
    [
        .. new[] { "ExternalSecret", "SecretStore", "ClusterSecretStore", "ClusterExternalSecret" }.Select(kind => new Divergence(
            kind,
            "versions[v1beta1].schema",
            "v1beta1 is not served (as in ESO), and Ferry has no v1beta1 types: it lists the version with a free-form schema only so " +
            "a cluster that stored v1beta1 objects under ESO can install Ferry's CRD (the API server refuses to drop a version " +
            "still in status.storedVersions).")),
    ];

    private static readonly Lazy<IReadOnlyList<JsonObject>> EsoCrds = new(ReadEsoCrds);

    private static readonly Lazy<IReadOnlyList<JsonObject>> FerryCrds = new(() => CrdGenerator.GenerateAll());

    private static readonly string[] ServedKinds =
    [
        "ExternalSecret", "SecretStore", "ClusterSecretStore", "ClusterExternalSecret", "PushSecret", "ClusterPushSecret",
        "Password", "UUID", "Fake", "ClusterGenerator", "GeneratorState",
    ];

    public static TheoryData<string> Kinds => new(ServedKinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Crd_MatchesEso_ExceptDeclaredDivergences(string kind)
    {
        var eso = Single(EsoCrds.Value, kind, "ESO's reference CRDs");
        var ferry = Single(FerryCrds.Value, kind, "Ferry's generated CRDs");

        var differences = new CrdComparer(kind, OpaquePaths(kind, eso)).Compare(eso, ferry);

        var declared = Divergences.Where(d => d.Kind == kind).ToList();
        var undeclared = differences.Where(difference => !declared.Any(d => d.Covers(difference))).ToList();
        var stale = declared.Where(d => !differences.Any(d.Covers)).ToList();
        var report = undeclared.Select(d => d.ToString())
            .Concat(stale.Select(d => $"{d.Kind} {d.Path}: declared as a divergence, but no difference was found at or below this path; remove the declaration if Ferry now matches ESO"));
        Assert.True(undeclared.Count == 0 && stale.Count == 0, $"{undeclared.Count + stale.Count} difference(s):\n{string.Join('\n', report)}");
    }

    [Fact]
    public void Kinds_CoverEveryKindFerryServes()
    {
        Assert.Equal(ApiKinds.All.Select(kind => kind.Kind).Order(StringComparer.Ordinal), ServedKinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Divergences_EachHasAReason()
    {
        Assert.All(Divergences, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
    }

    /// <summary>The subtrees of ESO's CRD Ferry accepts without implementing: unimplemented providers and generators.</summary>
    private static HashSet<string> OpaquePaths(string kind, JsonObject eso)
    {
        var schema = eso["spec"]!["versions"]!.AsArray().Single(v => v!["served"]!.GetValue<bool>())!["schema"]!["openAPIV3Schema"]!;
        return kind switch
        {
            "SecretStore" or "ClusterSecretStore" => Unimplemented(schema["properties"]!["spec"]!["properties"]!["provider"]!, "spec.provider", ImplementedProviders),
            "ClusterGenerator" => Unimplemented(schema["properties"]!["spec"]!["properties"]!["generator"]!, "spec.generator", ImplementedGeneratorSpecs),
            _ => [],
        };
    }

    private static HashSet<string> Unimplemented(JsonNode parent, string path, HashSet<string> implemented) =>
        [.. parent["properties"]!.AsObject().Select(p => p.Key).Where(name => !implemented.Contains(name)).Select(name => $"{path}.{name}")];

    private static JsonObject Single(IEnumerable<JsonObject> crds, string kind, string where) =>
        crds.SingleOrDefault(crd => crd["spec"]?["names"]?["kind"]?.GetValue<string>() == kind)
        ?? throw new Xunit.Sdk.XunitException($"{kind}: no CRD in {where}.");

    private static IReadOnlyList<JsonObject> ReadEsoCrds() =>
        [.. Directory.GetFiles(RepoPaths.EsoCrds, "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(file => YamlDocumentReader.Read(File.ReadAllText(file)))
            .Select(document => document.Content)
            .OfType<JsonObject>()];

    private sealed record Divergence(string Kind, string Path, string Reason)
    {
        public bool Covers(CrdDifference difference) =>
            difference.Kind == Kind
            && (difference.Path == Path
                || difference.Path.StartsWith(Path + ".", StringComparison.Ordinal)
                || difference.Path.StartsWith(Path + "[", StringComparison.Ordinal)
                || difference.Path.StartsWith(Path + "{", StringComparison.Ordinal));
    }
}
