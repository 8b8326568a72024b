using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Ferry.Testing.Backends.Aws;

namespace Ferry.Conformance.Tests.Aws;

/// <summary>AWSSDK.SimpleSystemsManagement against the fake: the operations Ferry's Parameter Store client uses, SigV4 verified.</summary>
[Trait("Category", "Integration")]
public sealed class SsmSdkConformanceTests : IAsyncLifetime
{
    private AwsFake _fake = null!;
    private AmazonSimpleSystemsManagementClient _ssm = null!;

    public async Task InitializeAsync()
    {
        _fake = await AwsFake.StartAsync();
        _ssm = Client(_fake.DefaultKey.SecretAccessKey);
    }

    public async Task DisposeAsync()
    {
        _ssm.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task PutAndGet_SecureString_DecryptsOnlyWhenAsked()
    {
        var put = await _ssm.PutParameterAsync(new PutParameterRequest
        {
            Name = "/sdk/token",
            Value = "plain",
            Type = ParameterType.SecureString,
            Tags = [new Tag { Key = "managed-by", Value = "external-secrets" }],
        });
        var decrypted = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/sdk/token", WithDecryption = true });
        var encrypted = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/sdk/token", WithDecryption = false });

        Assert.Equal(1, put.Version);
        Assert.Equal("plain", decrypted.Parameter.Value);
        Assert.Equal(ParameterType.SecureString, decrypted.Parameter.Type);
        Assert.NotEqual("plain", encrypted.Parameter.Value);
        Assert.True(decrypted.Parameter.LastModifiedDate > DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal("external-secrets", _fake.ParameterStore.Find("/sdk/token")!.Tags["managed-by"]);
    }

    [Fact]
    public async Task GetParameter_Missing_ThrowsParameterNotFound()
    {
        var error = await Assert.ThrowsAsync<ParameterNotFoundException>(() => _ssm.GetParameterAsync(new GetParameterRequest { Name = "/nope" }));

        Assert.Equal("ParameterNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task GetParameter_VersionAndLabelSelectors_SelectOlderVersions()
    {
        _fake.ParameterStore.Put("/sdk/p", "one", labels: ["blue"]);
        await _ssm.PutParameterAsync(new PutParameterRequest { Name = "/sdk/p", Value = "two", Type = ParameterType.String, Overwrite = true });

        var byVersion = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/sdk/p:1" });
        var byLabel = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/sdk/p:blue" });
        var latest = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/sdk/p" });

        Assert.Equal("one", byVersion.Parameter.Value);
        Assert.Equal(":1", byVersion.Parameter.Selector);
        Assert.Equal("one", byLabel.Parameter.Value);
        Assert.Equal(2, latest.Parameter.Version);
        await Assert.ThrowsAsync<ParameterVersionNotFoundException>(() => _ssm.GetParameterAsync(new GetParameterRequest { Name = "/sdk/p:7" }));
    }

    [Fact]
    public async Task PutParameter_ExistingWithoutOverwrite_ThrowsAlreadyExists_TagsWithOverwriteRejected()
    {
        _fake.ParameterStore.Put("/sdk/exists", "v");

        await Assert.ThrowsAsync<ParameterAlreadyExistsException>(() => _ssm.PutParameterAsync(new PutParameterRequest { Name = "/sdk/exists", Value = "w", Type = ParameterType.String }));
        var error = await Assert.ThrowsAnyAsync<AmazonSimpleSystemsManagementException>(() => _ssm.PutParameterAsync(new PutParameterRequest
        {
            Name = "/sdk/exists", Value = "w", Type = ParameterType.String, Overwrite = true, Tags = [new Tag { Key = "a", Value = "b" }],
        }));
        Assert.Equal("ValidationException", error.ErrorCode);
    }

    [Fact]
    public async Task GetParametersByPath_ShortAndEmptyPages_PaginatorCollectsAll()
    {
        _fake.ParameterStore.PathPageSize = 2;
        _fake.ParameterStore.EmptyPagesFirst = true;
        for (var i = 0; i < 5; i++)
        {
            _fake.ParameterStore.Put($"/sdk/tree/{(i % 2 == 0 ? "a" : "b/c")}/p{i}", $"v{i}", "SecureString");
        }

        var names = new List<string>();
        var pages = 0;
        string? next = null;
        do
        {
            var page = await _ssm.GetParametersByPathAsync(new GetParametersByPathRequest { Path = "/sdk/tree", Recursive = true, WithDecryption = true, NextToken = next });
            foreach (var parameter in page.Parameters ?? [])
            {
                names.Add(parameter.Name);
                Assert.StartsWith("v", parameter.Value, StringComparison.Ordinal);
            }

            next = page.NextToken;
            pages++;
        }
        while (next is not null);

        var oneLevel = await _ssm.GetParametersByPathAsync(new GetParametersByPathRequest { Path = "/sdk/tree/a" });
        Assert.Equal(5, names.Count);
        Assert.Equal(4, pages);
        Assert.Empty(oneLevel.Parameters ?? []);
        Assert.NotNull(oneLevel.NextToken);
    }

    [Fact]
    public async Task DescribeParameters_TagFilter_AndTagsApi_Agree()
    {
        _fake.ParameterStore.Put("/sdk/t1", "1", tags: new Dictionary<string, string> { ["env"] = "prod" });
        _fake.ParameterStore.Put("/sdk/t2", "2", tags: new Dictionary<string, string> { ["env"] = "dev" });
        await _ssm.AddTagsToResourceAsync(new AddTagsToResourceRequest { ResourceType = ResourceTypeForTagging.Parameter, ResourceId = "/sdk/t2", Tags = [new Tag { Key = "team", Value = "x" }] });

        var described = await _ssm.DescribeParametersAsync(new DescribeParametersRequest
        {
            ParameterFilters = [new ParameterStringFilter { Key = "tag:env", Option = "Equals", Values = ["prod"] }],
        });
        var tags = await _ssm.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceType = ResourceTypeForTagging.Parameter, ResourceId = "/sdk/t2" });

        Assert.Equal(["/sdk/t1"], described.Parameters.Select(p => p.Name));
        Assert.Equal(["env", "team"], tags.TagList.Select(t => t.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteParameter_ThenGet_NotFound_AndBadSignatureRejected()
    {
        _fake.ParameterStore.Put("/sdk/gone", "v");
        await _ssm.DeleteParameterAsync(new DeleteParameterRequest { Name = "/sdk/gone" });
        await Assert.ThrowsAsync<ParameterNotFoundException>(() => _ssm.GetParameterAsync(new GetParameterRequest { Name = "/sdk/gone" }));

        using var wrong = Client("not-the-secret");
        var error = await Assert.ThrowsAnyAsync<AmazonServiceException>(() => wrong.GetParameterAsync(new GetParameterRequest { Name = "/sdk/any" }));
        Assert.Equal("InvalidSignatureException", error.ErrorCode);
    }

    private AmazonSimpleSystemsManagementClient Client(string secretKey) => new(
        new BasicAWSCredentials(_fake.DefaultKey.AccessKeyId, secretKey),
        new AmazonSimpleSystemsManagementConfig { ServiceURL = _fake.Endpoint.ToString(), AuthenticationRegion = _fake.Region, MaxErrorRetry = 0 });
}
