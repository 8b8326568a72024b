namespace Ferry.Templating.Parsing;

/// <summary>Thrown inside the parser to unwind; the message is already in Go's format.</summary>
internal sealed class ParseError(string message) : Exception(message);
