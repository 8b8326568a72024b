namespace Ferry.Templating.Parsing;

/// <summary>One parsed template: the top-level one, or one made by define or block.</summary>
internal sealed class Tree(string name, string parseName, string text)
{
    public string Name { get; set; } = name;

    /// <summary>The name of the top-level template whose text this tree came from (used in error locations).</summary>
    public string ParseName { get; } = parseName;

    public string Text { get; } = text;

    public ListNode? Root { get; set; }

    /// <summary>Go's IsEmptyTree: only whitespace text and comments.</summary>
    public static bool IsEmpty(Node? node) => node switch
    {
        null => true,
        CommentNode => true,
        ListNode list => list.Nodes.All(IsEmpty),
        TextNode text => text.Text.Span.Trim(" \t\r\n\v\f"u8).IsEmpty,
        _ => false,
    };

    /// <summary>Go's ErrorContext: "parsename:line:col" (col a byte offset in the line) for a node.</summary>
    public string Location(Node node)
    {
        var position = Math.Min(node.Position, Text.Length);
        var before = Text.AsSpan(0, position);
        var lineStart = before.LastIndexOf('\n');
        var line = 1 + before.Count('\n');
        var column = System.Text.Encoding.UTF8.GetByteCount(before[(lineStart + 1)..]);
        return $"{ParseName}:{line}:{column}";
    }
}
