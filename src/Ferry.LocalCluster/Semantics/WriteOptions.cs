namespace Ferry.LocalCluster.Semantics;

/// <summary>The parts of a write request that shape how it is stored: manager, validation mode, dry run.</summary>
internal sealed class WriteOptions
{
    public string FieldManager { get; init; } = "unknown";

    public FieldValidation Validation { get; init; } = FieldValidation.Warn;

    public bool DryRun { get; init; }

    public bool Force { get; init; }

    /// <summary>Warnings for the <c>Warning</c> response header (unknown fields under Warn).</summary>
    public List<string> Warnings { get; } = [];
}
