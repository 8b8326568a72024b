using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record TagResourceRequest(string SecretId, IReadOnlyList<WireTag> Tags);
