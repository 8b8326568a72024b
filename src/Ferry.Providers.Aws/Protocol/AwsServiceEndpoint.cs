namespace Ferry.Providers.Aws.Protocol;

/// <summary>Where one service answers and how it is addressed: URL, signing region and name, and the X-Amz-Target prefix.</summary>
internal sealed record AwsServiceEndpoint(Uri Endpoint, string Region, string SigningName, string TargetPrefix);
