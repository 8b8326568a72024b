namespace Ferry.Schemas.Cel;

internal enum CelTypeKind
{
    Dyn,
    Bool,
    Int,
    Uint,
    Double,
    String,
    Bytes,
    Null,
    List,
    Map,
    Object,
    Optional,
    Timestamp,
    Duration,
}
