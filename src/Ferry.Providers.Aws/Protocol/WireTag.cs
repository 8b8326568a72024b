namespace Ferry.Providers.Aws.Protocol;

internal sealed record WireTag(string Key, string Value);
