namespace Ferry.Templating.Parsing;

/// <summary>if, range or with: a pipeline, a body and an optional else body.</summary>
internal sealed class BranchNode(BranchKind kind, int position, int line, PipeNode pipe, ListNode list, ListNode? elseList)
    : Node(position)
{
    public BranchKind Kind { get; } = kind;

    public int Line { get; } = line;

    public PipeNode Pipe { get; } = pipe;

    public ListNode List { get; } = list;

    public ListNode? ElseList { get; } = elseList;

    public override string ToString()
    {
        var name = Kind switch
        {
            BranchKind.If => "if",
            BranchKind.Range => "range",
            _ => "with",
        };
        var text = "{{" + name + " " + Pipe + "}}" + List;
        if (ElseList is not null)
        {
            text += "{{else}}" + ElseList;
        }

        return text + "{{end}}";
    }
}
