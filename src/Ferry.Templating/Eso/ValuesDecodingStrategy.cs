namespace Ferry.Templating.Eso;

/// <summary>How rendered values are decoded before they are stored (templateFrom[].valuesDecodingStrategy).</summary>
public enum ValuesDecodingStrategy
{
    None,
    Base64,
    Base64Url,

    /// <summary>Base64, else base64url, else the value as it is.</summary>
    Auto,
}
