using Amazon.Runtime;

namespace Ferry.Providers.Aws.Auth;

/// <summary>Credentials a client signs with, and when they stop working (null: long-term keys, or self-refreshing SDK credentials).</summary>
internal sealed record AwsSession(AWSCredentials Credentials, DateTimeOffset? ExpiresAt);
