namespace Ferry.LocalCluster.Printing;

/// <summary>What a Table row carries besides its cells (the <c>includeObject</c> query parameter).</summary>
internal enum TableRowObject
{
    /// <summary>PartialObjectMetadata, the default.</summary>
    Metadata,

    /// <summary>The whole object (kubectl asks for it when sorting).</summary>
    Object,

    /// <summary>No object at all.</summary>
    None,
}
