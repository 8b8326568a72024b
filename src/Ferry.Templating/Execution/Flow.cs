namespace Ferry.Templating.Execution;

/// <summary>How a walk ended: normally, or by {{break}} / {{continue}} inside a range.</summary>
internal enum Flow
{
    Normal,
    Break,
    Continue,
}
