namespace Ferry.Templating.Eso;

/// <summary>Applying a template failed; the message names the template key and never a value.</summary>
public sealed class SecretTemplateException(string message, Exception? inner = null) : Exception(message, inner);
