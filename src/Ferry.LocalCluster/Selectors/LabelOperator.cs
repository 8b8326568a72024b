namespace Ferry.LocalCluster.Selectors;

internal enum LabelOperator
{
    In,
    NotIn,
    Exists,
    DoesNotExist,
}
