namespace Ferry.Providers.Webhook.JsonPath;

/// <summary>A JSONPath that does not parse or does not match; messages name the path, never the document.</summary>
internal sealed class JsonPathException(string message) : Exception(message);
