using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws.SecretsManager.Wire;

/// <summary>A secret's metadata, as ListSecrets and DescribeSecret answer it.</summary>
internal sealed record SecretListEntry(string? ARN, string? Name, IReadOnlyList<WireTag>? Tags, double? DeletedDate);
