namespace Ferry.Templating.Functions;

/// <summary>
/// A template function failed (Go: it returned a non-nil error or panicked); execution stops with
/// "error calling NAME: message". Messages never include data values.
/// </summary>
public sealed class TemplateFunctionException(string message) : Exception(message);
