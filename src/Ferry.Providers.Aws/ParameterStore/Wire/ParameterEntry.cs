namespace Ferry.Providers.Aws.ParameterStore.Wire;

/// <summary>One parameter as GetParameter(s), GetParametersByPath and DescribeParameters answer it; <see cref="ToString"/> leaves the value out.</summary>
internal sealed record ParameterEntry(string? Name, string? Type, string? Value, long Version, string? ARN)
{
    public override string ToString() => $"ParameterEntry {{ Name = {Name}, Type = {Type}, Version = {Version} }}";
}
