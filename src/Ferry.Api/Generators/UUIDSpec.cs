namespace Ferry.Api.Generators;

public sealed class UUIDSpec
{
}
