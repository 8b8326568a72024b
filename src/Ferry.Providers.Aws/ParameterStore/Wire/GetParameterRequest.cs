namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record GetParameterRequest(string Name, bool WithDecryption);
