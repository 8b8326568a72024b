namespace Ferry.Templating.Parsing;

/// <summary>The lexed tokens with the parser's lookahead; shared by the trees that define and block create.</summary>
internal sealed class TokenStream(List<Token> tokens)
{
    private int _next;
    private int _furthest;

    /// <summary>The token read furthest so far: Go reports parse errors at its line.</summary>
    public Token Furthest => tokens[_furthest];

    public int Index => _next;

    public Token Next()
    {
        var index = Math.Min(_next, tokens.Count - 1);
        _furthest = Math.Max(_furthest, index);
        _next = index + 1;
        return tokens[index];
    }

    public void Backup() => _next--;

    /// <summary>Rewinds to a token read earlier (Go's backup2/backup3).</summary>
    public void BackupTo(int index) => _next = index;

    public Token Peek()
    {
        var token = Next();
        Backup();
        return token;
    }

    public Token NextNonSpace()
    {
        Token token;
        do
        {
            token = Next();
        }
        while (token.Kind == TokenKind.Space);

        return token;
    }

    public Token PeekNonSpace()
    {
        var token = NextNonSpace();
        Backup();
        return token;
    }
}
