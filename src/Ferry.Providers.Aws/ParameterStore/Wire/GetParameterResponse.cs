namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record GetParameterResponse(ParameterEntry? Parameter);
