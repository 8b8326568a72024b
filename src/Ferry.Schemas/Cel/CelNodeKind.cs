namespace Ferry.Schemas.Cel;

internal enum CelNodeKind
{
    Literal,
    Identifier,
    Select,
    Has,
    Call,
    List,
    Map,
    Comprehension,
}
