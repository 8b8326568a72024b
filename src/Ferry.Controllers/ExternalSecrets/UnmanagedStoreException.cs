namespace Ferry.Controllers.ExternalSecrets;

/// <summary>A referenced store belongs to another controller class: ESO skips the ExternalSecret without a status change.</summary>
internal sealed class UnmanagedStoreException(string message) : Exception(message);
