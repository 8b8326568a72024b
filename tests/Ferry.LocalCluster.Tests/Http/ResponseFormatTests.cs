using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Tests.Http;

public sealed class ResponseFormatTests
{
    private const string KubectlGet = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
    private const string MetadataList = "application/vnd.kubernetes.protobuf;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";
    private const string MetadataWatch = "application/vnd.kubernetes.protobuf;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json";

    [Theory]
    [InlineData(KubectlGet, "list", nameof(ResponseShape.Table))]
    [InlineData(KubectlGet, "get", nameof(ResponseShape.Table))]
    [InlineData(KubectlGet, "watch", nameof(ResponseShape.Table))]
    [InlineData(MetadataList, "list", nameof(ResponseShape.Metadata))]
    [InlineData(MetadataWatch, "watch", nameof(ResponseShape.Metadata))]
    [InlineData(MetadataWatch, "get", nameof(ResponseShape.Metadata))]
    [InlineData(MetadataWatch, "list", nameof(ResponseShape.Object))]
    [InlineData("application/json;as=Table;v=v2;g=meta.k8s.io", "list", nameof(ResponseShape.Object))]
    [InlineData("application/json, */*", "get", nameof(ResponseShape.Object))]
    [InlineData(null, "get", nameof(ResponseShape.Object))]
    public void Negotiate_AcceptHeader_PicksTheFirstShapeTheVerbCanServe(string? accept, string verb, string expected) =>
        Assert.Equal(Enum.Parse<ResponseShape>(expected), ResponseFormat.Negotiate(accept, verb).Shape);

    [Fact]
    public void Negotiate_V1Beta1Table_AnswersInThatVersion() =>
        Assert.Equal("meta.k8s.io/v1beta1", ResponseFormat.Negotiate("application/json; as=Table; v=v1beta1; g=meta.k8s.io", "list").MetaApiVersion);
}
