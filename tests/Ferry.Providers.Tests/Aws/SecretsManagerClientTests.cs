using System.Text.Json;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Tests.Aws;

public sealed class SecretsManagerClientTests : IAsyncLifetime
{
    private AwsBackend _backend = null!;

    public async Task InitializeAsync() => _backend = await AwsBackend.StartAsync();

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task GetSecret_ByArnOrPartialArn_ReturnsValue()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var arn = fake.SecretsManager.PutString("app/db", "hunter2");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        Assert.Equal("hunter2", (await client.GetSecretAsync(Ref(arn), default)).Reveal());
        Assert.Equal("hunter2", (await client.GetSecretAsync(Ref(arn[..^7]), default)).Reveal());
    }

    [Fact]
    public async Task GetSecret_VersionIdOrStage_SelectsThatVersion()
    {
        await _backend.SeedSecretAsync("rotated", "old");
        await _backend.SeedSecretAsync("rotated", "new");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        var oldId = _backend.Fake?.SecretsManager.Find("rotated")!.Versions[0].VersionId;

        Assert.Equal("new", (await client.GetSecretAsync(Ref("rotated"), default)).Reveal());
        Assert.Equal("old", (await client.GetSecretAsync(Ref("rotated", version: "AWSPREVIOUS"), default)).Reveal());
        if (oldId is not null)
        {
            Assert.Equal("old", (await client.GetSecretAsync(Ref("rotated", version: "uuid/" + oldId), default)).Reveal());
            await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretAsync(Ref("rotated", version: "uuid/nope"), default).AsTask());
        }
    }

    [Fact]
    public async Task GetSecret_BinarySecret_ReturnsBytes()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutBinary("blob", [0, 1, 2, 255]);
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        Assert.Equal(new byte[] { 0, 1, 2, 255 }, (await client.GetSecretAsync(Ref("blob"), default)).ToArray());
    }

    [Fact]
    public async Task GetSecret_DottedProperty_PrefersTheLiteralKey()
    {
        await _backend.SeedSecretAsync("dotted", """{"a.b":"literal","a":{"b":"nested"},"c":{"d":"deep"}}""");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        Assert.Equal("literal", (await client.GetSecretAsync(Ref("dotted", property: "a.b"), default)).Reveal());
        Assert.Equal("deep", (await client.GetSecretAsync(Ref("dotted", property: "c.d"), default)).Reveal());
    }

    [Fact]
    public async Task GetSecret_MissingProperty_ErrorNamesKeyNotValue()
    {
        await _backend.SeedSecretAsync("props", """{"user":"s3cr3t-value"}""");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("props", property: "password"), default).AsTask());

        Assert.Equal("key password does not exist in secret props", error.Message);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSecret_MetadataPolicyFetch_ReturnsTags()
    {
        await _backend.SeedSecretAsync("tagged", "v", tags: new Dictionary<string, string> { ["team"] = "a", ["env"] = "prod" });
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        var all = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "tagged", MetadataPolicy = ExternalSecretMetadataPolicy.Fetch }, default);
        var one = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "tagged", Property = "team", MetadataPolicy = ExternalSecretMetadataPolicy.Fetch }, default);

        Assert.Equal("""{"env":"prod","team":"a"}""", all.Reveal());
        Assert.Equal("a", one.Reveal());
    }

    [Fact]
    public async Task GetSecret_MarkedForDeletion_ThrowsSecretNotFound()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("doomed", "x");
        fake.SecretsManager.ScheduleDeletion("doomed");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretAsync(Ref("doomed"), default).AsTask());
    }

    [Fact]
    public async Task GetSecret_Prefix_IsPrependedToKey()
    {
        await _backend.SeedSecretAsync("team-a/db", "prefixed");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager, p => p.Prefix = "team-a/");

        Assert.Equal("prefixed", (await client.GetSecretAsync(Ref("db"), default)).Reveal());
    }

    [Fact]
    public async Task GetAllSecrets_Tags_MatchesExactPairsOnly()
    {
        await _backend.SeedSecretAsync("prod-db", "1", tags: new Dictionary<string, string> { ["env"] = "prod" });
        await _backend.SeedSecretAsync("production-db", "2", tags: new Dictionary<string, string> { ["env"] = "production" });
        await _backend.SeedSecretAsync("dev-db", "3", tags: new Dictionary<string, string> { ["env"] = "dev" });
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Tags = new() { ["env"] = "prod" } }, default);

        Assert.Equal(["prod-db"], found.Keys);
    }

    [Fact]
    public async Task GetAllSecrets_PathAndName_FiltersByPrefixThenRegexp()
    {
        await _backend.SeedSecretAsync("app/one", "1");
        await _backend.SeedSecretAsync("app/two", "2");
        await _backend.SeedSecretAsync("other/one", "3");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Path = "app/", Name = new FindName { Regexp = "one$" } }, default);

        Assert.Equal(["app_one"], found.Keys);
        Assert.Equal("1", found["app_one"].Reveal());
    }

    [Fact]
    public async Task GetAllSecrets_ManyPages_ListsAllAndReadsInBatchesOfTwenty()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.DefaultPageSize = 7;
        for (var i = 0; i < 45; i++)
        {
            fake.SecretsManager.PutString($"bulk-{i:D2}", $"value-{i}");
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Name = new FindName { Regexp = "^bulk-" } }, default);

        Assert.Equal(45, found.Count);
        Assert.Equal("value-44", found["bulk-44"].Reveal());
        Assert.Equal(1, fake.Calls("ListSecrets"));
        Assert.Equal(3, fake.Calls("BatchGetSecretValue"));
        Assert.Equal(0, fake.Calls("GetSecretValue"));
    }

    [Fact]
    public async Task PushSecret_NewSecret_CreatesWithManagedTagAndMetadata()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        var metadata = JsonDocument.Parse("""{"apiVersion":"kubernetes.external-secrets.io/v1alpha1","kind":"PushSecretMetadata","spec":{"secretPushFormat":"string","description":"pushed","kmsKeyID":"alias/mine","tags":{"team":"a"}}}""").RootElement;

        await client.PushSecretAsync(Push("password", "pushed/one", "p@ss", metadata: metadata), default);

        var secret = fake.SecretsManager.Find("pushed/one")!;
        Assert.Equal("p@ss", secret.Current!.SecretString);
        Assert.Equal("00000000-0000-0000-0000-000000000001", secret.Current.VersionId);
        Assert.Equal("external-secrets", secret.Tags["managed-by"]);
        Assert.Equal("a", secret.Tags["team"]);
        Assert.Equal("pushed", secret.Description);
        Assert.Equal("alias/mine", secret.KmsKeyId);
    }

    [Fact]
    public async Task PushSecret_DefaultFormat_WritesBinary()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        await client.PushSecretAsync(Push("k", "bin", "bytes"), default);

        var current = fake.SecretsManager.Find("bin")!.Current!;
        Assert.Null(current.SecretString);
        Assert.Equal("bytes"u8.ToArray(), current.SecretBinary);
    }

    [Fact]
    public async Task PushSecret_ChangedValue_AddsNextVersionAndKeepsPrevious()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        await client.PushSecretAsync(Push("k", "rot", "one"), default);
        await client.PushSecretAsync(Push("k", "rot", "one"), default);
        await client.PushSecretAsync(Push("k", "rot", "two"), default);

        var secret = fake.SecretsManager.Find("rot")!;
        Assert.Equal(2, secret.Versions.Count);
        Assert.Equal("00000000-0000-0000-0000-000000000002", secret.Current!.VersionId);
        Assert.Contains("AWSPREVIOUS", secret.Versions[0].Stages);
        Assert.Equal(2, fake.Calls("PutSecretValue") + fake.Calls("CreateSecret"));
    }

    [Fact]
    public async Task PushSecret_Property_MergesIntoExistingJson()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        await client.PushSecretAsync(Push("u", "merged", "admin", property: "user", format: "string"), default);
        await client.PushSecretAsync(Push("p", "merged", "pw", property: "password", format: "string"), default);

        using var json = JsonDocument.Parse(fake.SecretsManager.Find("merged")!.Current!.SecretString!);
        Assert.Equal("admin", json.RootElement.GetProperty("user").GetString());
        Assert.Equal("pw", json.RootElement.GetProperty("password").GetString());
    }

    [Fact]
    public async Task PushSecret_UnmanagedSecret_IsRefusedAndUntouched()
    {
        await _backend.SeedSecretAsync("foreign", "theirs");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => client.PushSecretAsync(Push("k", "foreign", "ours"), default).AsTask());

        Assert.Equal("secret not managed by external-secrets", error.Message);
        Assert.Equal("theirs", (await client.GetSecretAsync(Ref("foreign"), default)).Reveal());
    }

    [Fact]
    public async Task DeleteSecret_RecoveryWindow_SchedulesDeletion()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager, p => p.SecretsManager = new AwsSecretsManager { RecoveryWindowInDays = 7 });
        await client.PushSecretAsync(Push("k", "windowed", "v"), default);

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "windowed" }, default);

        var secret = fake.SecretsManager.Find("windowed")!;
        Assert.NotNull(secret.DeletedDate);
        Assert.Equal(TimeSpan.FromDays(7), secret.DeletionDate - secret.DeletedDate);
        Assert.False(await client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "windowed" }, default));
    }

    [Fact]
    public async Task DeleteSecret_ForceDelete_RemovesAtOnceAndPushRecreates()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager, p => p.SecretsManager = new AwsSecretsManager { ForceDeleteWithoutRecovery = true });
        await client.PushSecretAsync(Push("k", "forced", "v"), default);

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "forced" }, default);

        Assert.Null(fake.SecretsManager.Find("forced"));
        await client.PushSecretAsync(Push("k", "forced", "again"), default);
        Assert.Equal("again"u8.ToArray(), fake.SecretsManager.Find("forced")!.Current!.SecretBinary);
    }

    [Fact]
    public async Task DeleteSecret_UnmanagedSecret_IsLeftAlone()
    {
        await _backend.SeedSecretAsync("not-ours", "v");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "not-ours" }, default);

        Assert.Equal("v", (await client.GetSecretAsync(Ref("not-ours"), default)).Reveal());
    }

    [Fact]
    public async Task DeleteSecret_Property_RemovesOnlyThatMember()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        await client.PushSecretAsync(Push("u", "two-props", "admin", property: "user", format: "string"), default);
        await client.PushSecretAsync(Push("p", "two-props", "pw", property: "password", format: "string"), default);

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "two-props", Property = "user" }, default);

        Assert.Equal("""{"password":"pw"}""", fake.SecretsManager.Find("two-props")!.Current!.SecretString);
        Assert.Null(fake.SecretsManager.Find("two-props")!.DeletedDate);
    }

    private static ExternalSecretDataRemoteRef Ref(string key, string? property = null, string? version = null) =>
        new() { Key = key, Property = property, Version = version };

    internal static PushSecretRequest Push(string secretKey, string remoteKey, string value, string? property = null, string? format = null, JsonElement? metadata = null) => new(
        new Dictionary<string, SecretValue> { [secretKey] = SecretValue.FromString(value) },
        new PushSecretData
        {
            Match = new PushSecretMatch { SecretKey = secretKey, RemoteRef = new PushSecretRemoteRef { RemoteKey = remoteKey, Property = property } },
            Metadata = metadata ?? (format is null ? null : JsonDocument.Parse($$"""{"secretPushFormat":"{{format}}"}""").RootElement),
        });
}
