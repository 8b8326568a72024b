namespace Ferry.Testing.Backends.Aws;

public sealed record AwsFakeOptions
{
    public string Region { get; init; } = "us-east-1";

    public string AccountId { get; init; } = "123456789012";

    /// <summary>
    /// A fixed long-term key pair instead of a random one, for manifests written ahead (examples/aws uses
    /// <c>AKIAFERRYEXAMPLE0001</c> / <c>ferry-example-secret-key</c>).
    /// </summary>
    public AwsFakeAccessKey? DefaultKey { get; init; }

    /// <summary>The fake's clock: signature skew and session expiry are judged against it.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
