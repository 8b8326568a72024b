using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Ferry.Providers.Azure.Auth;

namespace Ferry.Providers.Azure.Keys;

/// <summary>
/// The three keys operations ESO uses (get, import, delete) over Azure.Core's pipeline, since the
/// Azure.Security.KeyVault.Keys package is not served. Failures surface as <see cref="RequestFailedException"/>,
/// as with the SDK clients.
/// </summary>
internal sealed class KeyVaultKeysClient
{
    private const string ApiVersion = "7.5";
    private readonly Uri _vault;
    private readonly HttpPipeline _pipeline;

    public KeyVaultKeysClient(Uri vault, TokenCredential credential, AzureTransport transport, bool verifyChallengeResource, RefusedTokenWatch refusals)
    {
        _vault = vault;
        _pipeline = HttpPipelineBuilder.Build(transport.ConfigureVault(new KeysClientOptions(), refusals), new KeyVaultChallengePolicy(credential, verifyChallengeResource));
    }

    /// <summary>The KeyBundle: <c>{key: JWK, attributes, tags}</c>.</summary>
    public Task<JsonElement> GetKeyAsync(string name, string? version, CancellationToken cancellationToken) =>
        SendAsync(RequestMethod.Get, $"keys/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(version ?? string.Empty)}", null, cancellationToken);

    public Task<JsonElement> ImportKeyAsync(string name, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(RequestMethod.Put, $"keys/{Uri.EscapeDataString(name)}", body, cancellationToken);

    public Task<JsonElement> DeleteKeyAsync(string name, CancellationToken cancellationToken) =>
        SendAsync(RequestMethod.Delete, $"keys/{Uri.EscapeDataString(name)}", null, cancellationToken);

    private async Task<JsonElement> SendAsync(RequestMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(_vault, path));
        request.Uri.AppendQuery("api-version", ApiVersion);
        request.Headers.Add("Accept", "application/json");
        if (body is not null)
        {
            request.Headers.Add("Content-Type", "application/json");
            request.Content = RequestContent.Create(BinaryData.FromString(body.ToJsonString()));
        }

        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (response.IsError)
        {
            throw new RequestFailedException(response);
        }

        using var document = await JsonDocument.ParseAsync(response.ContentStream ?? Stream.Null, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }

    private sealed class KeysClientOptions : ClientOptions;
}
