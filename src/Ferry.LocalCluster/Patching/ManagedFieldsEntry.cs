namespace Ferry.LocalCluster.Patching;

/// <summary>One <c>metadata.managedFields</c> entry: who owns which fields, through which operation.</summary>
internal sealed class ManagedFieldsEntry
{
    public required string Manager { get; init; }

    public required string Operation { get; init; }

    public required string ApiVersion { get; set; }

    public string? Subresource { get; init; }

    public string? Time { get; set; }

    public required FieldTree Fields { get; set; }

    public bool SameOwner(string manager, string operation, string? subresource) =>
        string.Equals(Manager, manager, StringComparison.Ordinal)
        && string.Equals(Operation, operation, StringComparison.Ordinal)
        && string.Equals(Subresource ?? string.Empty, subresource ?? string.Empty, StringComparison.Ordinal);
}
