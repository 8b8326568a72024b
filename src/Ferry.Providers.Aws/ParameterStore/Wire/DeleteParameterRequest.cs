namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record DeleteParameterRequest(string Name);
