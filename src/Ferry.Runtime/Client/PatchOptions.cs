namespace Ferry.Runtime.Client;

/// <summary>Options of a patch; the field manager matters for server-side apply.</summary>
public sealed record PatchOptions
{
    public string? FieldManager { get; init; }

    /// <summary>Take ownership of conflicting fields (server-side apply only).</summary>
    public bool? Force { get; init; }
}
