namespace Ferry.Templating.Parsing;

internal enum BranchKind
{
    If,
    Range,
    With,
}
