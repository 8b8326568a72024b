namespace Ferry.LocalCluster.Selectors;

/// <summary>One clause of a label selector: <c>key=v</c>, <c>key!=v</c>, <c>key in (a,b)</c>, <c>key notin (a)</c>, <c>key</c>, <c>!key</c>.</summary>
internal sealed record LabelRequirement(string Key, LabelOperator Operator, IReadOnlyList<string> Values)
{
    public bool Matches(Func<string, string?> labels)
    {
        var value = labels(Key);
        return Operator switch
        {
            LabelOperator.Exists => value is not null,
            LabelOperator.DoesNotExist => value is null,
            LabelOperator.In => value is not null && Values.Contains(value),
            LabelOperator.NotIn => value is null || !Values.Contains(value),
            _ => false,
        };
    }
}
