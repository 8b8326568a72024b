namespace Ferry.Providers.Tests.Gcp;

/// <summary>Mints a fixed ServiceAccount token and records what was asked for.</summary>
internal sealed class StaticServiceAccountTokens(string token) : IServiceAccountTokenSource
{
    public List<(string Namespace, string Name, IReadOnlyList<string> Audiences)> Requests { get; } = [];

    public ValueTask<ServiceAccountToken> RequestTokenAsync(
        string @namespace, string name, IReadOnlyList<string> audiences, long expirationSeconds, CancellationToken cancellationToken)
    {
        Requests.Add((@namespace, name, audiences));
        return ValueTask.FromResult(new ServiceAccountToken(SecretValue.FromString(token), DateTimeOffset.UtcNow.AddSeconds(expirationSeconds)));
    }
}
