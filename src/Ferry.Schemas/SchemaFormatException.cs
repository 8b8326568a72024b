namespace Ferry.Schemas;

/// <summary>
/// An openAPIV3Schema that is not a structural schema, uses something unsupported, or carries a broken CEL rule.
/// The message starts with the schema path, e.g. <c>openAPIV3Schema.properties[spec].x-kubernetes-validations[0].rule</c>.
/// </summary>
public sealed class SchemaFormatException : Exception
{
    public SchemaFormatException()
    {
    }

    public SchemaFormatException(string message)
        : base(message)
    {
    }

    public SchemaFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemaFormatException(string schemaPath, string detail)
        : base($"{schemaPath}: {detail}")
    {
        SchemaPath = schemaPath;
        Detail = detail;
    }

    /// <summary>Where in the schema the problem is.</summary>
    public string SchemaPath { get; } = string.Empty;

    /// <summary>What is wrong there, without the path.</summary>
    public string Detail { get; } = string.Empty;
}
