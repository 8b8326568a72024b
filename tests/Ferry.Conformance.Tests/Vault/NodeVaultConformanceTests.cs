using System.Text.Json.Nodes;
using Ferry.Testing.Backends.Vault;

namespace Ferry.Conformance.Tests.Vault;

/// <summary>
/// node-vault, the npm Vault client, against the Vault fake: KV v2 write/read/versions/CAS/list/metadata/delete,
/// KV v1, AppRole and Kubernetes login, token lookup-self and renew-self, namespaces, and Vault's error answers.
/// One script run feeds every assertion (node start-up dominates the cost).
/// </summary>
[Trait("Category", "Integration")]
public sealed class NodeVaultConformanceTests(NodeVaultFixture fixture) : IClassFixture<NodeVaultFixture>
{
    private VaultFakeServer Fake => fixture.Fake;

    [Fact]
    public void KvV2_WriteTwiceThenRead_ReturnsVersionsAndData()
    {
        Assert.Equal(1, (int)Value("writeV1")!);
        Assert.Equal(2, (int)Value("writeV2")!);
        Assert.Equal("second", (string?)Value("readLatest")!["data"]!["pass"]);
        Assert.Equal(2, (int)Value("readLatest")!["version"]!);
        Assert.Equal("<&>", (string?)Value("readVersion1")!["pass"]);
    }

    [Fact]
    public void KvV2_CheckAndSetMismatch_Is400WithVaultsMessage() =>
        AssertError("casMismatch", 400, "check-and-set parameter did not match the current version");

    [Fact]
    public void List_ListVerbAndGetWithListQuery_ReturnTheKeys()
    {
        Assert.Equal(["app"], Value("list")!.AsArray().Select(k => (string?)k));
        Assert.Equal(["app"], Value("listAsGet")!.AsArray().Select(k => (string?)k));
    }

    [Fact]
    public void MissingSecretAndEmptyFolder_Are404()
    {
        AssertError("readMissing", 404, "Status 404");
        AssertError("listEmpty", 404, "Status 404");
    }

    [Fact]
    public void Metadata_ListsEveryVersion()
    {
        Assert.Equal(2, (int)Value("metadata")!["current"]!);
        Assert.Equal(["1", "2"], Value("metadata")!["versions"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public void KvV1_WriteThenRead_ReturnsTheFlatMap() => Assert.Equal("1", (string?)Value("kvV1")!["a"]);

    [Fact]
    public void AppRole_LoginLookupRenewAndRead_Work()
    {
        Assert.True((bool)Value("approleLogin")!["hasToken"]!);
        Assert.Equal(1200, (int)Value("approleLogin")!["lease"]!);
        Assert.InRange((int)Value("lookupSelf")!["ttl"]!, 1, 1200);
        Assert.True((bool)Value("lookupSelf")!["renewable"]!);
        Assert.Equal(1800, (int)Value("renewSelf")!);
        Assert.Equal("node", (string?)Value("readAsApprole"));
        Assert.Equal(1, Fake.Logins("approle"));
        Assert.Equal(1, Fake.Renewals);
    }

    [Fact]
    public void AppRole_WrongSecretId_Is400InvalidRoleOrSecretId() => AssertError("approleBadSecret", 400, "invalid role or secret ID");

    [Fact]
    public void NoToken_Is403PermissionDenied() => AssertError("noToken", 403, "permission denied");

    [Fact]
    public void Kubernetes_LoginWithServiceAccountJwt_IsCheckedThroughTokenReview()
    {
        Assert.Equal("default", (string?)Value("kubernetesLogin")!["service_account_name"]);
        Assert.Equal(1, Fake.Logins("kubernetes"));
    }

    [Fact]
    public void Namespace_HeaderScopesTheSecret()
    {
        Assert.Equal("a", (string?)Value("namespaceRead"));
        Assert.Equal("a", (string?)Fake.ReadSecret("secret", "ns-app", ns: "team-a")!["team"]);
        AssertError("rootCannotSeeNamespace", 404, "Status 404");
        Assert.Contains(Fake.Requests, r => r.Namespace == "team-a" && r.Path == "secret/data/ns-app");
    }

    [Fact]
    public void DeleteMetadata_RemovesEveryVersion()
    {
        AssertError("deleteMetadata", 404, "Status 404");
        Assert.False(Fake.Exists("secret", "node/app"));
    }

    private JsonNode? Value(string step)
    {
        var result = fixture.Results[step] ?? throw new InvalidOperationException($"step {step} did not run");
        Assert.True((bool)result["ok"]!, $"{step}: {result["status"]} {result["message"]}");
        return result["value"];
    }

    private void AssertError(string step, int status, string message)
    {
        var result = fixture.Results[step]!;
        Assert.False((bool)result["ok"]!, $"{step} should have failed");
        Assert.Equal(status, (int)result["status"]!);
        Assert.Equal(message, (string?)result["message"]);
    }
}
