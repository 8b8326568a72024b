using Ferry.Api.V1;

namespace Ferry.Providers.Tests;

/// <summary>For providers that read no credentials (the fake): any read is a test bug.</summary>
internal sealed class NoCredentials : IStoreCredentials
{
    public static NoCredentials Instance { get; } = new();

    public ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("this store reads no credentials");
}
