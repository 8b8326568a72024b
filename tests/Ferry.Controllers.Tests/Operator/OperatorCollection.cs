namespace Ferry.Controllers.Tests.Operator;

/// <summary>
/// Test classes that start operators share one cluster and run one after another: two operators reconciling the
/// same stores at once would write each other's status.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OperatorCollection : ICollectionFixture<OperatorCluster>
{
    public const string Name = "operator cluster";
}
