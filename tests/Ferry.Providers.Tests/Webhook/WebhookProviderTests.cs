using System.Text;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Webhook;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Webhook;
using Ferry.Testing.Backends.Webhook;

namespace Ferry.Providers.Tests.Webhook;

[Trait("Category", "Integration")]
public sealed class WebhookProviderTests : IAsyncLifetime
{
    private WebhookFakeServer _server = null!;

    public async Task InitializeAsync() => _server = await WebhookFakeServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetSecret_UrlTemplate_QueryEscapesTheRemoteRef()
    {
        _server.SetSecret("a b/c", "v");
        var spec = WebhookStores.Spec(_server);

        await using var client = await WebhookStores.ClientAsync(spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "a b/c" }, CancellationToken.None);

        Assert.Equal("v", value.Reveal());
        Assert.Equal("/secrets/a+b%2Fc", _server.Requests.Single().Path);
    }

    [Fact]
    public async Task GetSecret_HeadersAndBody_SeeRawRemoteRefAndNamedSecrets()
    {
        _server.SetSecret("db", "v");
        var spec = WebhookStores.Spec(_server);
        spec.Method = "POST";
        spec.Url = _server.Url + "query";
        spec.Body = """{"key":"{{ .remoteRef.key }}","property":"{{ .remoteRef.property }}"}""";
        spec.Headers = new() { ["Authorization"] = "Bearer {{ .auth.token }}", ["X-Team"] = "{{ .auth.team | upper }}" };
        spec.Secrets = [new WebhookSecret { Name = "auth", SecretRef = new SecretKeySelector { Name = "webhook-credentials" } }];
        var credentials = new DictionaryCredentials().With("webhook-credentials", ("token", "t0ken"), ("team", "payments"));
        spec.Result = null;

        await using var client = await WebhookStores.ClientAsync(spec, credentials);
        await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "a b", Property = "p" }, CancellationToken.None).AsTask());

        var request = _server.Requests.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("""{"key":"a b","property":"p"}""", request.Body);
        Assert.Equal("Bearer t0ken", request.Headers["Authorization"]);
        Assert.Equal("PAYMENTS", request.Headers["X-Team"]);
    }

    [Fact]
    public async Task CreateClient_ReadsTheNamedSecretsOnce_NotPerRequest()
    {
        _server.SetSecret("db", "v");
        var spec = WebhookStores.Spec(_server);
        spec.Secrets = [new WebhookSecret { Name = "auth", SecretRef = new SecretKeySelector { Name = "creds" } }];
        var credentials = new DictionaryCredentials().With("creds", ("token", "t"));

        await using var client = await WebhookStores.ClientAsync(spec, credentials);
        for (var i = 0; i < 3; i++)
        {
            await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None);
        }

        Assert.Equal(1, credentials.Reads);
    }

    [Theory]
    [InlineData("""{"value":"text"}""", "$.value", "text")]
    [InlineData("""{"value":42.7}""", "$.value", "43")]
    [InlineData("""{"value":true}""", "$.value", "true")]
    [InlineData("""{"value":null}""", "$.value", "")]
    [InlineData("""{"items":[{"name":"a","v":"1"},{"name":"b","v":"2"}]}""", "$.items[?(@.name == 'b')].v", "2")]
    [InlineData("""{"items":["first","second"]}""", "$.items", "first")]
    [InlineData("""{"items":["first","second"]}""", "$.items[-1]", "second")]
    [InlineData("""{"obj":{"z":"<1>","a":2}}""", "$.obj", """{"a":2,"z":"\u003c1\u003e"}""")]
    [InlineData("""{"deep":{"x":{"token":"t"}}}""", "$..token", "t")]
    public async Task GetSecret_JsonPath_ConvertsTheSelectionAsEsoDoes(string response, string jsonPath, string expected)
    {
        _server.SetResponse("/raw/doc", response);
        var spec = new WebhookProvider { Url = _server.Url + "raw/{{ .remoteRef.key }}", Result = new WebhookResult { JsonPath = jsonPath } };

        await using var client = await WebhookStores.ClientAsync(spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "doc" }, CancellationToken.None);

        Assert.Equal(expected, value.Reveal());
    }

    [Fact]
    public async Task GetSecret_NoJsonPath_ReturnsTheWholeBody()
    {
        _server.SetResponse("/raw/doc", "plain body");
        var spec = new WebhookProvider { Url = _server.Url + "raw/{{ .remoteRef.key }}" };

        await using var client = await WebhookStores.ClientAsync(spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "doc" }, CancellationToken.None);

        Assert.Equal("plain body", value.Reveal());
    }

    [Fact]
    public async Task GetSecret_JsonPathTemplate_SelectsByTheProperty()
    {
        _server.SetResponse("/raw/doc", """{"user":"u","password":"p"}""");
        var spec = new WebhookProvider { Url = _server.Url + "raw/{{ .remoteRef.key }}", Result = new WebhookResult { JsonPath = "$.{{ .remoteRef.property }}" } };

        await using var client = await WebhookStores.ClientAsync(spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "doc", Property = "password" }, CancellationToken.None);

        Assert.Equal("p", value.Reveal());
    }

    [Fact]
    public async Task GetSecretMap_StringHoldingJson_IsExpanded()
    {
        _server.SetSecret("db", """{"user":"u","password":"p"}""");
        var spec = WebhookStores.Spec(_server);
        spec.Url = _server.Url + "secrets/{{ .remoteRef.key }}";

        await using var client = await WebhookStores.ClientAsync(spec);
        var map = await client.GetSecretMapAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None);

        Assert.Equal("u", map["user"].Reveal());
        Assert.Equal("p", map["password"].Reveal());
    }

    [Fact]
    public async Task GetSecret_NotJsonWithJsonPath_FailsWithoutQuotingTheBody()
    {
        _server.SetSecret("db", "x");
        var spec = WebhookStores.Spec(_server);
        spec.Url = _server.Url + "secrets/{{ .remoteRef.key }}";
        spec.Result!.JsonPath = "$.value.inner";

        await using var client = await WebhookStores.ClientAsync(spec);
        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());

        Assert.Contains("failed to get response path $.value.inner", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSecret_TooManyRequests_WaitsRetryAfterAndSucceeds()
    {
        _server.SetSecret("db", "v");
        _server.InjectFault(new WebhookFault.TooManyRequests(1));

        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));
        var started = DateTime.UtcNow;
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None);

        Assert.Equal("v", value.Reveal());
        Assert.Equal(2, _server.CountRequests("GET", "/secrets/db"));
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "Retry-After was honoured");
    }

    [Fact]
    public async Task GetSecret_ServerErrors_AreRetriedUpToTheLimit()
    {
        _server.SetSecret("db", "v");
        _server.InjectFault(new WebhookFault.ServerError(503));
        _server.InjectFault(new WebhookFault.ServerError(500));

        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None);

        Assert.Equal("v", value.Reveal());
        Assert.Equal(3, _server.CountRequests("GET", "/secrets/db"));
    }

    [Fact]
    public async Task GetSecret_ServerErrorsBeyondTheLimit_FailWithTheStatus()
    {
        _server.SetSecret("db", "v");
        for (var i = 0; i < 3; i++)
        {
            _server.InjectFault(new WebhookFault.ServerError(502));
        }

        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));
        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());

        Assert.Equal("endpoint gave error 502 Bad Gateway", error.Message);
        Assert.Equal(3, _server.CountRequests("GET", "/secrets/db"));
    }

    [Fact]
    public async Task GetSecret_Hang_TimesOutAndRetries()
    {
        _server.SetSecret("db", "v");
        _server.InjectFault(new WebhookFault.Hang(TimeSpan.FromSeconds(30)));
        var spec = WebhookStores.Spec(_server);
        spec.Timeout = "300ms";

        await using var client = await WebhookStores.ClientAsync(spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None);

        Assert.Equal("v", value.Reveal());
        Assert.Equal(2, _server.CountRequests("GET", "/secrets/db"));
    }

    [Fact]
    public async Task PushSecret_ServerError_IsNotRetriedForPost()
    {
        _server.InjectFault(new WebhookFault.ServerError(503));

        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));
        var error = await Assert.ThrowsAsync<ProviderException>(() => client.PushSecretAsync(Push("password", "db", "s3cret-value"), CancellationToken.None).AsTask());

        Assert.Equal(1, _server.CountRequests("POST", "/secrets/db"));
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushSecret_TooManyRequests_IsRetriedEvenForPost()
    {
        _server.InjectFault(new WebhookFault.TooManyRequests(0));

        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));
        await client.PushSecretAsync(Push("password", "db", "s3cret-value"), CancellationToken.None);

        Assert.Equal(2, _server.CountRequests("POST", "/secrets/db"));
        Assert.Equal("s3cret-value", _server.GetSecret("db"));
    }

    [Fact]
    public async Task PushSecret_BodyTemplate_SeesTheValueUnderTheRemoteKey()
    {
        var spec = WebhookStores.Spec(_server);
        spec.Method = "PUT";
        spec.Body = """{"secret":"{{ index .remoteRef "db" }}","from":"{{ .remoteRef.secretKey }}"}""";

        await using var client = await WebhookStores.ClientAsync(spec);
        await client.PushSecretAsync(Push("password", "db", "pw"), CancellationToken.None);

        Assert.Equal("""{"secret":"pw","from":"password"}""", _server.GetSecret("db"));
        Assert.Equal("PUT", _server.Requests.Single().Method);
    }

    [Fact]
    public async Task PushSecret_NoSecretKey_SendsTheWholeSecretAsJson()
    {
        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));
        var request = new PushSecretRequest(
            new Dictionary<string, SecretValue> { ["b"] = SecretValue.FromString("2"), ["a"] = SecretValue.FromString("<1>") },
            new PushSecretData { Match = new PushSecretMatch { RemoteRef = new PushSecretRemoteRef { RemoteKey = "whole" } } });

        await client.PushSecretAsync(request, CancellationToken.None);

        Assert.Equal("""{"a":"<1>","b":"2"}""", _server.GetSecret("whole"));
    }

    [Fact]
    public async Task DeleteSecret_SendsDeleteAndAcceptsNotFound()
    {
        _server.SetSecret("db", "v");

        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));
        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "db" }, CancellationToken.None);
        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "db" }, CancellationToken.None);

        Assert.Null(_server.GetSecret("db"));
        Assert.Equal(2, _server.CountRequests("DELETE", "/secrets/db"));
    }

    [Fact]
    public async Task GetAllSecrets_IsUnsupported()
    {
        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));

        await Assert.ThrowsAsync<UnsupportedOperationException>(
            () => client.GetAllSecretsAsync(new ExternalSecretFind { Name = new FindName { Regexp = "." } }, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSecret_ExpiredTokenRefused_FailsOnceWithTheStatusNotTheToken()
    {
        _server.SetSecret("db", "v");
        _server.RequiredAuthorization = "Bearer fresh-token";
        var spec = WebhookStores.Spec(_server);
        spec.Headers = new() { ["Authorization"] = "Bearer {{ .auth.token }}" };
        spec.Secrets = [new WebhookSecret { Name = "auth", SecretRef = new SecretKeySelector { Name = "creds" } }];

        await using var client = await WebhookStores.ClientAsync(spec, new DictionaryCredentials().With("creds", ("token", "expired-token")));
        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("expired-token", error.ToString(), StringComparison.Ordinal);
        // A refused credential is not throttling or an outage: asking again cannot help.
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Ntlm_SendsBasicCredentialsFromSecrets()
    {
        _server.SetSecret("db", "v");
        _server.RequiredAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:pa55"));
        var spec = WebhookStores.Spec(_server);
        spec.Auth = new WebhookAuth
        {
            Ntlm = new WebhookNtlmAuth
            {
                UsernameSecret = new SecretKeySelector { Name = "ntlm", Key = "user" },
                PasswordSecret = new SecretKeySelector { Name = "ntlm", Key = "password" },
            },
        };

        await using var client = await WebhookStores.ClientAsync(spec, new DictionaryCredentials().With("ntlm", ("user", "svc"), ("password", "pa55")));
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None);

        Assert.Equal("v", value.Reveal());
    }

    [Fact]
    public async Task CaBundle_TrustsTheEndpointsCa()
    {
        await using var https = await WebhookFakeServer.StartAsync(https: true);
        https.SetSecret("db", "v");
        var spec = WebhookStores.Spec(https);
        spec.CaBundle = Convert.ToBase64String(Encoding.ASCII.GetBytes(https.AuthorityPem!));

        await using var client = await WebhookStores.ClientAsync(spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None);

        Assert.Equal("v", value.Reveal());
    }

    [Fact]
    public async Task CaBundle_Missing_RejectsAnUntrustedEndpoint()
    {
        await using var https = await WebhookFakeServer.StartAsync(https: true);
        https.SetSecret("db", "v");
        await using var other = await WebhookFakeServer.StartAsync(https: true);
        var spec = WebhookStores.Spec(https);
        spec.CaBundle = Convert.ToBase64String(Encoding.ASCII.GetBytes(other.AuthorityPem!));

        await using var client = await WebhookStores.ClientAsync(spec, retry: new WebhookRetryOptions { MaxAttempts = 1 });
        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());

        Assert.Contains("failed to call endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ReachableAndUnreachableEndpoints()
    {
        await using var client = await WebhookStores.ClientAsync(WebhookStores.Spec(_server));
        var unreachable = new WebhookProvider { Url = "http://127.0.0.1:1/{{ .remoteRef.key }}" };
        await using var nowhere = await WebhookStores.ClientAsync(unreachable);

        Assert.Equal(ClientValidationOutcome.Ready, (await client.ValidateAsync(CancellationToken.None)).Outcome);
        Assert.Equal(ClientValidationOutcome.Error, (await nowhere.ValidateAsync(CancellationToken.None)).Outcome);
    }

    [Theory]
    [InlineData("", "url must be set")]
    [InlineData("http://x/{{ .remoteRef.key", "invalid template")]
    public void ValidateStore_BadSpec_IsInvalid(string url, string expected)
    {
        var validation = new WebhookSecretsProvider().ValidateStore(
            new StoreIdentity(SecretStoreKind.SecretStore, "default", "w", "u"),
            new SecretStoreSpec { Provider = new SecretStoreProvider { Webhook = new WebhookProvider { Url = url } } });

        Assert.Contains(expected, validation.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateStore_BadTimeout_IsInvalid()
    {
        var validation = new WebhookSecretsProvider().ValidateStore(
            new StoreIdentity(SecretStoreKind.SecretStore, "default", "w", "u"),
            new SecretStoreSpec { Provider = new SecretStoreProvider { Webhook = new WebhookProvider { Url = "http://x", Timeout = "soon" } } });

        Assert.Contains("invalid timeout", validation.Error, StringComparison.Ordinal);
    }

    private static PushSecretRequest Push(string secretKey, string remoteKey, string value) => new(
        new Dictionary<string, SecretValue> { [secretKey] = SecretValue.FromString(value) },
        new PushSecretData { Match = new PushSecretMatch { SecretKey = secretKey, RemoteRef = new PushSecretRemoteRef { RemoteKey = remoteKey } } });
}
