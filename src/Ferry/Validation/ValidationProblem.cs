namespace Ferry.Validation;

/// <summary>
/// One thing wrong with the input. File-level problems (unreadable file, invalid YAML) have no document; document
/// problems name the object as far as it could be read. Messages never carry a secret value.
/// </summary>
/// <param name="File">The path as the user gave it or as found under a given directory.</param>
/// <param name="Document">The 1-based index of the document in its YAML stream, when the problem is in one.</param>
/// <param name="Line">The line the document (or, for YAML errors, the error) starts on, from 1.</param>
/// <param name="Column">The column of a YAML error, from 1.</param>
/// <param name="ApiVersion">The document's apiVersion, when it has one.</param>
/// <param name="Kind">The document's kind, when it has one.</param>
/// <param name="Namespace">metadata.namespace; null for cluster-scoped kinds.</param>
/// <param name="Name">metadata.name (or generateName).</param>
/// <param name="Field">The field path the problem is in (<c>spec.target.deletionPolicy</c>); empty for the whole.</param>
/// <param name="Message">Why it is wrong.</param>
internal sealed record ValidationProblem(
    string File,
    int? Document,
    int? Line,
    int? Column,
    string? ApiVersion,
    string? Kind,
    string? Namespace,
    string? Name,
    string Field,
    string Message);
