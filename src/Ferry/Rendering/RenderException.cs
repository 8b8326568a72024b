namespace Ferry.Rendering;

/// <summary>`ferry render` could not read its inputs; the message names the file and key, never a value.</summary>
internal sealed class RenderException(string message) : Exception(message);
