using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ferry.Testing.Backends.Aws;

/// <summary>
/// A local AWS for tests: Secrets Manager, SSM Parameter Store and STS on one Kestrel port (127.0.0.1, port 0),
/// speaking the real wire protocols (JSON 1.1 dispatched on X-Amz-Target, STS Query/XML) and verifying every SigV4
/// signature. Point a client at <see cref="Endpoint"/> for all three services. Start with <see cref="StartAsync"/>;
/// dispose to stop.
/// </summary>
public sealed class AwsFake : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AwsFakeState _state;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<AwsFakeRequest> _requests = new();
    private readonly List<(AwsFakeFault Fault, int Remaining)> _faults = [];

    private AwsFake(WebApplication app, AwsFakeState state, AwsFakeAccessKey? defaultKey)
    {
        _app = app;
        _state = state;
        SecretsManager = new AwsFakeSecretsManager(state);
        ParameterStore = new AwsFakeParameterStore(state);
        Sts = new AwsFakeSts(state);
        if (defaultKey is null)
        {
            DefaultKey = AddAccessKey("ferry-test");
        }
        else
        {
            DefaultKey = defaultKey;
            state.AddKey(defaultKey);
        }
    }

    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    public string Region => _state.Region;

    public string AccountId => _state.AccountId;

    /// <summary>A long-term key pair (an IAM user's) that every service accepts.</summary>
    public AwsFakeAccessKey DefaultKey { get; }

    public AwsFakeSecretsManager SecretsManager { get; }

    public AwsFakeParameterStore ParameterStore { get; }

    public AwsFakeSts Sts { get; }

    /// <summary>Credentials the fake issued (AssumeRole and AssumeRoleWithWebIdentity calls that succeeded).</summary>
    public int Authentications => Sts.Sessions.Count;

    /// <summary>Requests answered, across all operations (faults and rejections included).</summary>
    public int TotalCalls => _requests.Count;

    public IReadOnlyList<AwsFakeRequest> Requests => [.. _requests];

    public static async Task<AwsFake> StartAsync(AwsFakeOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AwsFakeOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new AwsFake(app, new AwsFakeState(options.Region, options.AccountId, options.Time), options.DefaultKey);
        app.Run(fake.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Endpoint = new Uri($"http://127.0.0.1:{new Uri(address).Port}/");
        return fake;
    }

    /// <summary>Answers requests with calls per operation; e.g. <c>Calls("GetSecretValue")</c>.</summary>
    public int Calls(string operation) => _calls.GetValueOrDefault(operation);

    public AwsFakeAccessKey AddAccessKey(string userName)
    {
        var key = new AwsFakeAccessKey(AwsFakeState.RandomId("AKIA", 16), AwsFakeState.RandomSecret(40), $"arn:aws:iam::{_state.AccountId}:user/{userName}");
        _state.AddKey(key);
        return key;
    }

    /// <summary>Accepts a key the test made up (for example temporary credentials that have already expired).</summary>
    public void AddAccessKey(AwsFakeAccessKey key) => _state.AddKey(key);

    /// <summary>Forgets a key: requests signed with it fail as with a deleted IAM key.</summary>
    public void RevokeAccessKey(string accessKeyId) => _state.RemoveKey(accessKeyId);

    public void InjectFault(AwsFakeFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_faults)
        {
            _faults.Add((fault, fault.Count));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var isSts = string.IsNullOrEmpty(target);
        var form = isSts ? ParseForm(body) : new Dictionary<string, string>();
        var operation = isSts ? form.GetValueOrDefault("Action") ?? string.Empty : target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        string? keyId = null;
        int status;
        try
        {
            if (TakeFault(operation) is { } fault)
            {
                status = await AnswerFaultAsync(context, fault, isSts);
            }
            else if (isSts)
            {
                var caller = operation == "AssumeRoleWithWebIdentity"
                    ? null
                    : SigV4Verifier.Verify(context.Request, body, AwsFakeSts.SigningName, _state, _state.Now);
                keyId = caller?.AccessKeyId;
                var (code, xml) = Sts.Handle(operation, form, caller);
                status = await WriteAsync(context, code, "text/xml", xml);
            }
            else
            {
                var (service, signingName) = target.StartsWith(AwsFakeSecretsManager.TargetPrefix + ".", StringComparison.Ordinal)
                    ? ("sm", AwsFakeSecretsManager.SigningName)
                    : target.StartsWith(AwsFakeParameterStore.TargetPrefix + ".", StringComparison.Ordinal)
                        ? ("ssm", AwsFakeParameterStore.SigningName)
                        : throw new AwsFakeError(400, "UnknownOperationException", string.Empty);
                keyId = SigV4Verifier.Verify(context.Request, body, signingName, _state, _state.Now).AccessKeyId;
                var request = ParseJson(body);
                var response = service == "sm" ? SecretsManager.Handle(operation, request) : ParameterStore.Handle(operation, request);
                status = await WriteAsync(context, 200, "application/x-amz-json-1.1", response.ToJsonString());
            }
        }
        catch (AwsFakeError error)
        {
            status = await WriteErrorAsync(context, error, isSts);
        }
        catch (OperationCanceledException)
        {
            status = 499;
        }

        _requests.Enqueue(new AwsFakeRequest(operation, keyId, status));
    }

    private AwsFakeFault? TakeFault(string operation)
    {
        lock (_faults)
        {
            var index = _faults.FindIndex(f => f.Fault.Operation is null || f.Fault.Operation == operation);
            if (index < 0)
            {
                return null;
            }

            var (fault, remaining) = _faults[index];
            if (remaining <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = (fault, remaining - 1);
            }

            return fault;
        }
    }

    private async Task<int> AnswerFaultAsync(HttpContext context, AwsFakeFault fault, bool isSts)
    {
        switch (fault.Kind)
        {
            case AwsFakeFaultKind.Hang:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, linked.Token);
                }

                return 499;
            case AwsFakeFaultKind.TooManyRequests:
                context.Response.Headers.RetryAfter = ((int)(fault.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return await WriteErrorAsync(context, new AwsFakeError(429, "TooManyRequestsException", "Too Many Requests"), isSts);
            case AwsFakeFaultKind.ServerError:
                return await WriteErrorAsync(context, new AwsFakeError(500, isSts ? "InternalFailure" : "InternalServiceError", "An internal error occurred."), isSts);
            default:
                return await WriteErrorAsync(context, new AwsFakeError(400, isSts ? "Throttling" : "ThrottlingException", "Rate exceeded"), isSts);
        }
    }

    private static Task<int> WriteErrorAsync(HttpContext context, AwsFakeError error, bool isSts)
    {
        if (isSts)
        {
            return WriteAsync(context, error.Status, "text/xml", AwsFakeSts.ErrorXml(error));
        }

        var body = new JsonObject { ["__type"] = error.Code };
        if (error.Message.Length > 0)
        {
            body["message"] = error.Message;
        }

        context.Response.Headers["X-Amzn-ErrorType"] = error.Code;
        return WriteAsync(context, error.Status, "application/x-amz-json-1.1", body.ToJsonString());
    }

    private static async Task<int> WriteAsync(HttpContext context, int status, string contentType, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        await context.Response.WriteAsync(text, context.RequestAborted);
        return status;
    }

    private static JsonObject ParseJson(byte[] body)
    {
        try
        {
            return body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject ?? throw new AwsFakeError(400, "SerializationException", "Expected a JSON object.");
        }
        catch (JsonException)
        {
            throw new AwsFakeError(400, "SerializationException", "The request body is not valid JSON.");
        }
    }

    private static Dictionary<string, string> ParseForm(byte[] body) =>
        Encoding.UTF8.GetString(body)
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')),
                pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : string.Empty,
                StringComparer.Ordinal);
}
