namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record GetParametersResponse(IReadOnlyList<ParameterEntry>? Parameters, IReadOnlyList<string>? InvalidParameters);
