namespace Ferry.LocalCluster.Http;

/// <summary>What a read answers with, as the client's Accept header chose (<c>as=Table</c>, <c>as=PartialObjectMetadata</c>).</summary>
internal enum ResponseShape
{
    /// <summary>The objects themselves.</summary>
    Object,

    /// <summary>A meta.k8s.io Table of rows with printer columns (kubectl get).</summary>
    Table,

    /// <summary>meta.k8s.io PartialObjectMetadata: only apiVersion, kind and metadata (metadata-only informers).</summary>
    Metadata,
}
