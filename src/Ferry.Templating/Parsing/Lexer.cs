using System.Globalization;
using System.Text;
using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Parsing;

/// <summary>
/// Splits template text into tokens, following Go's text/template lexer state by state: text, delimiters with
/// trim markers, comments, and the tokens inside an action. Lexing stops at the first error token.
/// </summary>
internal sealed class Lexer
{
    private const int Eof = -1;
    private const string LeftComment = "/*";
    private const string RightComment = "*/";

    private readonly string _input;
    private readonly string _leftDelim;
    private readonly string _rightDelim;
    private readonly bool _breakOk;
    private readonly bool _continueOk;
    private readonly List<Token> _tokens = [];
    private int _pos;
    private int _start;
    private bool _atEof;
    private int _parenDepth;
    private int _line = 1;
    private int _startLine = 1;

    private Lexer(string input, string leftDelim, string rightDelim, bool breakOk, bool continueOk)
    {
        _input = input;
        _leftDelim = leftDelim.Length == 0 ? "{{" : leftDelim;
        _rightDelim = rightDelim.Length == 0 ? "}}" : rightDelim;
        _breakOk = breakOk;
        _continueOk = continueOk;
    }

    private enum State
    {
        Text,
        LeftDelim,
        Comment,
        RightDelim,
        InsideAction,
        Space,
        Identifier,
        Field,
        Variable,
        Char,
        Number,
        Quote,
        RawQuote,
        Done,
    }

    public static List<Token> Lex(string input, string leftDelim, string rightDelim, bool breakOk, bool continueOk)
    {
        var lexer = new Lexer(input, leftDelim, rightDelim, breakOk, continueOk);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        var state = State.Text;
        while (state != State.Done)
        {
            state = state switch
            {
                State.Text => LexText(),
                State.LeftDelim => LexLeftDelim(),
                State.Comment => LexComment(),
                State.RightDelim => LexRightDelim(),
                State.InsideAction => LexInsideAction(),
                State.Space => LexSpace(),
                State.Identifier => LexIdentifier(),
                State.Field => LexFieldOrVariable(TokenKind.Field),
                State.Variable => LexVariable(),
                State.Char => LexChar(),
                State.Number => LexNumber(),
                State.Quote => LexQuote(),
                State.RawQuote => LexRawQuote(),
                _ => State.Done,
            };
        }
    }

    private int Next()
    {
        if (_pos >= _input.Length)
        {
            _atEof = true;
            return Eof;
        }

        var (rune, width) = RuneAt(_pos);
        _pos += width;
        if (rune == '\n')
        {
            _line++;
        }

        return rune;
    }

    private int Peek()
    {
        var rune = Next();
        Backup();
        return rune;
    }

    private void Backup()
    {
        if (_atEof || _pos <= 0)
        {
            return;
        }

        var width = _pos >= 2 && char.IsLowSurrogate(_input[_pos - 1]) && char.IsHighSurrogate(_input[_pos - 2]) ? 2 : 1;
        _pos -= width;
        if (_input[_pos] == '\n')
        {
            _line--;
        }
    }

    private (int Rune, int Width) RuneAt(int index)
    {
        if (char.IsHighSurrogate(_input[index]) && index + 1 < _input.Length && char.IsLowSurrogate(_input[index + 1]))
        {
            return (char.ConvertToUtf32(_input[index], _input[index + 1]), 2);
        }

        return (_input[index], 1);
    }

    private void Emit(TokenKind kind)
    {
        _tokens.Add(new Token(kind, _start, _input[_start.._pos], _startLine));
        _start = _pos;
        _startLine = _line;
    }

    private void Ignore()
    {
        _line += CountNewlines(_start, _pos);
        _start = _pos;
        _startLine = _line;
    }

    private int CountNewlines(int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (_input[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private bool Accept(string valid)
    {
        var rune = Next();
        if (rune != Eof && valid.Contains((char)rune, StringComparison.Ordinal))
        {
            return true;
        }

        Backup();
        return false;
    }

    private void AcceptRun(string valid)
    {
        while (true)
        {
            var rune = Next();
            if (rune == Eof || rune > 0xFFFF || !valid.Contains((char)rune, StringComparison.Ordinal))
            {
                break;
            }
        }

        Backup();
    }

    private State Error(string message)
    {
        _tokens.Add(new Token(TokenKind.Error, _start, message, _startLine));
        return State.Done;
    }

    private bool StartsWithAt(int index, string value) =>
        index <= _input.Length && _input.AsSpan(index).StartsWith(value, StringComparison.Ordinal);

    private static bool IsSpace(int rune) => rune is ' ' or '\t' or '\r' or '\n';

    private static bool IsAlphaNumeric(int rune) =>
        rune == '_' || (rune >= 0 && Rune.IsValid(rune) && (Rune.IsLetter(new Rune(rune)) || Rune.IsDigit(new Rune(rune))));

    private bool HasLeftTrimMarker(int index) =>
        index + 1 < _input.Length && _input[index] == '-' && IsSpace(_input[index + 1]);

    private bool HasRightTrimMarker(int index) =>
        index >= 0 && index + 1 < _input.Length && IsSpace(_input[index]) && _input[index + 1] == '-';

    private State LexText()
    {
        var x = _input.IndexOf(_leftDelim, _pos, StringComparison.Ordinal);
        if (x >= 0)
        {
            _pos = x;
            var trimLength = 0;
            if (HasLeftTrimMarker(_pos + _leftDelim.Length))
            {
                var text = _input.AsSpan(_start, _pos - _start);
                trimLength = text.Length - text.TrimEnd(" \t\r\n").Length;
            }

            _pos -= trimLength;
            if (_pos > _start)
            {
                _line += CountNewlines(_start, _pos);
                Emit(TokenKind.Text);
            }

            _pos += trimLength;
            Ignore();
            return State.LeftDelim;
        }

        _pos = _input.Length;
        if (_pos > _start)
        {
            _line += CountNewlines(_start, _pos);
            Emit(TokenKind.Text);
        }

        Emit(TokenKind.Eof);
        return State.Done;
    }

    private (bool Delim, bool TrimSpaces) AtRightDelim()
    {
        if (HasRightTrimMarker(_pos) && StartsWithAt(_pos + 2, _rightDelim))
        {
            return (true, true);
        }

        return (StartsWithAt(_pos, _rightDelim), false);
    }

    private State LexLeftDelim()
    {
        _pos += _leftDelim.Length;
        var trimSpace = HasLeftTrimMarker(_pos);
        var afterMarker = trimSpace ? 2 : 0;
        if (StartsWithAt(_pos + afterMarker, LeftComment))
        {
            _pos += afterMarker;
            Ignore();
            return State.Comment;
        }

        Emit(TokenKind.LeftDelim);
        _pos += afterMarker;
        Ignore();
        _parenDepth = 0;
        return State.InsideAction;
    }

    private State LexComment()
    {
        _pos += LeftComment.Length;
        var i = _input.IndexOf(RightComment, _pos, StringComparison.Ordinal);
        if (i < 0)
        {
            return Error("unclosed comment");
        }

        _pos = i + RightComment.Length;
        var (delim, trimSpace) = AtRightDelim();
        if (!delim)
        {
            return Error("comment ends before closing delimiter");
        }

        if (trimSpace)
        {
            _pos += 2;
        }

        _pos += _rightDelim.Length;
        if (trimSpace)
        {
            _pos += LeadingSpaceLength(_pos);
        }

        Ignore();
        return State.Text;
    }

    private int LeadingSpaceLength(int index)
    {
        var rest = _input.AsSpan(index);
        return rest.Length - rest.TrimStart(" \t\r\n").Length;
    }

    private State LexRightDelim()
    {
        var trimSpace = HasRightTrimMarker(_pos);
        if (trimSpace)
        {
            _pos += 2;
            Ignore();
        }

        _pos += _rightDelim.Length;
        Emit(TokenKind.RightDelim);
        if (trimSpace)
        {
            _pos += LeadingSpaceLength(_pos);
            Ignore();
        }

        return State.Text;
    }

    private State LexInsideAction()
    {
        var (delim, _) = AtRightDelim();
        if (delim)
        {
            return _parenDepth == 0 ? State.RightDelim : Error("unclosed left paren");
        }

        var rune = Next();
        switch (rune)
        {
            case Eof:
                return Error("unclosed action");
            case ' ' or '\t' or '\r' or '\n':
                Backup();
                return State.Space;
            case '=':
                Emit(TokenKind.Assign);
                return State.InsideAction;
            case ':':
                if (Next() != '=')
                {
                    return Error("expected :=");
                }

                Emit(TokenKind.Declare);
                return State.InsideAction;
            case '|':
                Emit(TokenKind.Pipe);
                return State.InsideAction;
            case '"':
                return State.Quote;
            case '`':
                return State.RawQuote;
            case '$':
                return State.Variable;
            case '\'':
                return State.Char;
            case '(':
                Emit(TokenKind.LeftParen);
                _parenDepth++;
                return State.InsideAction;
            case ')':
                Emit(TokenKind.RightParen);
                _parenDepth--;
                return _parenDepth < 0 ? Error("unexpected right paren " + DescribeRune(rune)) : State.InsideAction;
        }

        if (rune == '.' && _pos < _input.Length && (_input[_pos] < '0' || _input[_pos] > '9'))
        {
            return State.Field;
        }

        if (rune is '.' or '+' or '-' || (rune >= '0' && rune <= '9'))
        {
            Backup();
            return State.Number;
        }

        if (IsAlphaNumeric(rune))
        {
            Backup();
            return State.Identifier;
        }

        if (rune <= 0x7F && GoQuote.IsPrint(rune))
        {
            Emit(TokenKind.Char);
            return State.InsideAction;
        }

        return Error("unrecognized character in action: " + DescribeRune(rune));
    }

    private State LexSpace()
    {
        var spaces = 0;
        while (IsSpace(Peek()))
        {
            Next();
            spaces++;
        }

        if (HasRightTrimMarker(_pos - 1) && StartsWithAt(_pos - 1 + 2, _rightDelim))
        {
            Backup();
            if (spaces == 1)
            {
                return State.RightDelim;
            }
        }

        Emit(TokenKind.Space);
        return State.InsideAction;
    }

    private State LexIdentifier()
    {
        while (true)
        {
            var rune = Next();
            if (IsAlphaNumeric(rune))
            {
                continue;
            }

            Backup();
            var word = _input[_start.._pos];
            if (!AtTerminator())
            {
                return Error("bad character " + DescribeRune(rune));
            }

            var keyword = KeywordKind(word);
            if (keyword is { } kind)
            {
                Emit((kind == TokenKind.Break && !_breakOk) || (kind == TokenKind.Continue && !_continueOk)
                    ? TokenKind.Identifier
                    : kind);
            }
            else if (word[0] == '.')
            {
                Emit(TokenKind.Field);
            }
            else if (word is "true" or "false")
            {
                Emit(TokenKind.Bool);
            }
            else
            {
                Emit(TokenKind.Identifier);
            }

            return State.InsideAction;
        }
    }

    private static TokenKind? KeywordKind(string word) => word switch
    {
        "." => TokenKind.Dot,
        "block" => TokenKind.Block,
        "break" => TokenKind.Break,
        "continue" => TokenKind.Continue,
        "define" => TokenKind.Define,
        "else" => TokenKind.Else,
        "end" => TokenKind.End,
        "if" => TokenKind.If,
        "range" => TokenKind.Range,
        "nil" => TokenKind.Nil,
        "template" => TokenKind.Template,
        "with" => TokenKind.With,
        _ => null,
    };

    private State LexVariable()
    {
        if (AtTerminator())
        {
            Emit(TokenKind.Variable);
            return State.InsideAction;
        }

        return LexFieldOrVariable(TokenKind.Variable);
    }

    private State LexFieldOrVariable(TokenKind kind)
    {
        if (AtTerminator())
        {
            Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot);
            return State.InsideAction;
        }

        int rune;
        while (true)
        {
            rune = Next();
            if (!IsAlphaNumeric(rune))
            {
                Backup();
                break;
            }
        }

        if (!AtTerminator())
        {
            return Error("bad character " + DescribeRune(rune));
        }

        Emit(kind);
        return State.InsideAction;
    }

    private bool AtTerminator()
    {
        var rune = Peek();
        if (IsSpace(rune))
        {
            return true;
        }

        return rune is Eof or '.' or ',' or '|' or ':' or ')' or '(' || StartsWithAt(_pos, _rightDelim);
    }

    private State LexChar()
    {
        while (true)
        {
            var rune = Next();
            if (rune == '\\')
            {
                var escaped = Next();
                if (escaped != Eof && escaped != '\n')
                {
                    continue;
                }

                return Error("unterminated character constant");
            }

            if (rune is Eof or '\n')
            {
                return Error("unterminated character constant");
            }

            if (rune == '\'')
            {
                break;
            }
        }

        Emit(TokenKind.CharConstant);
        return State.InsideAction;
    }

    private State LexNumber()
    {
        if (!ScanNumber())
        {
            return Error("bad number syntax: " + QuoteText(_input[_start.._pos]));
        }

        var sign = Peek();
        if (sign is '+' or '-')
        {
            if (!ScanNumber() || _input[_pos - 1] != 'i')
            {
                return Error("bad number syntax: " + QuoteText(_input[_start.._pos]));
            }

            Emit(TokenKind.Complex);
        }
        else
        {
            Emit(TokenKind.Number);
        }

        return State.InsideAction;
    }

    private bool ScanNumber()
    {
        Accept("+-");
        var digits = "0123456789_";
        if (Accept("0"))
        {
            if (Accept("xX"))
            {
                digits = "0123456789abcdefABCDEF_";
            }
            else if (Accept("oO"))
            {
                digits = "01234567_";
            }
            else if (Accept("bB"))
            {
                digits = "01_";
            }
        }

        AcceptRun(digits);
        if (Accept("."))
        {
            AcceptRun(digits);
        }

        if (digits.Length == 11 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (digits.Length == 23 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        Accept("i");
        if (IsAlphaNumeric(Peek()))
        {
            Next();
            return false;
        }

        return true;
    }

    private State LexQuote()
    {
        while (true)
        {
            var rune = Next();
            if (rune == '\\')
            {
                var escaped = Next();
                if (escaped != Eof && escaped != '\n')
                {
                    continue;
                }

                return Error("unterminated quoted string");
            }

            if (rune is Eof or '\n')
            {
                return Error("unterminated quoted string");
            }

            if (rune == '"')
            {
                break;
            }
        }

        Emit(TokenKind.String);
        return State.InsideAction;
    }

    private State LexRawQuote()
    {
        while (true)
        {
            var rune = Next();
            if (rune == Eof)
            {
                return Error("unterminated raw quoted string");
            }

            if (rune == '`')
            {
                break;
            }
        }

        Emit(TokenKind.RawString);
        return State.InsideAction;
    }

    /// <summary>Go's %#U: U+002D '-'.</summary>
    public static string DescribeRune(int rune)
    {
        if (rune < 0)
        {
            rune = 0xFFFD;
        }

        var hex = rune.ToString("X4", CultureInfo.InvariantCulture);
        return GoQuote.IsPrint(rune) ? $"U+{hex} '{char.ConvertFromUtf32(rune)}'" : $"U+{hex}";
    }

    private static string QuoteText(string text)
    {
        var output = new ByteBuilder();
        GoQuote.AppendQuoted(output, GoString.FromUtf8(text).Span, (byte)'"', false);
        return output.ToGoString().ToUtf8String();
    }
}
