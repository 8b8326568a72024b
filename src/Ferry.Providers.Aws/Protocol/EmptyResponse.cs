namespace Ferry.Providers.Aws.Protocol;

/// <summary>An answer whose body the caller does not need.</summary>
internal sealed record EmptyResponse;
