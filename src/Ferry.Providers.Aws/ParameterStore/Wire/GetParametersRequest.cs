namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record GetParametersRequest(IReadOnlyList<string> Names, bool WithDecryption);
