namespace Ferry.Templating.Parsing;

/// <summary>A node of the parse tree. <see cref="ToString"/> is Go's canonical form, used in error contexts.</summary>
internal abstract class Node(int position)
{
    /// <summary>Character offset of the node in the template text.</summary>
    public int Position { get; } = position;

    public abstract override string ToString();
}
