using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record PutParameterRequest(
    string Name,
    string Value,
    string? Type,
    bool Overwrite,
    IReadOnlyList<WireTag>? Tags,
    string? Tier,
    string? KeyId,
    string? Description,
    string? DataType)
{
    public override string ToString() => $"PutParameterRequest {{ Name = {Name}, Type = {Type} }}";
}
