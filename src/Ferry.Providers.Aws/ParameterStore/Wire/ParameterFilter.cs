namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record ParameterFilter(string Key, string? Option, IReadOnlyList<string> Values);
