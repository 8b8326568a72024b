namespace Ferry.Providers.Paths;

/// <summary>gjson's result types: objects and arrays are both <see cref="Json"/>.</summary>
public enum GJsonType
{
    Null,
    False,
    Number,
    String,
    True,
    Json,
}
