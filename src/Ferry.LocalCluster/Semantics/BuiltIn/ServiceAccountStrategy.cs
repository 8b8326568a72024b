namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>core/v1 ServiceAccount; its tokens come from the <c>token</c> subresource.</summary>
internal sealed class ServiceAccountStrategy : ResourceStrategy
{
    private static readonly string[] Fields = ["secrets", "imagePullSecrets", "automountServiceAccountToken"];

    protected override IReadOnlyCollection<string> KnownFields => Fields;

    public override ListType ListTypeAt(IReadOnlyList<string> path) =>
        path is ["secrets"] or ["imagePullSecrets"] ? ListType.MapBy("name") : base.ListTypeAt(path);
}
