using Ferry.Providers;
using Ferry.Providers.Pooling;

namespace Ferry.Controllers.Stores;

/// <summary>
/// The answer of <see cref="IStoreResolver"/>. When <see cref="Outcome"/> is Usable, <see cref="Lease"/> holds a
/// pooled client the caller must dispose when its reconcile ends; otherwise <see cref="Message"/> says why, in words
/// fit for a status condition (it never contains a secret value).
/// </summary>
public sealed record StoreResolution(
    StoreResolutionOutcome Outcome,
    string Message,
    StoreIdentity? Identity = null,
    ISecretsProvider? Provider = null,
    SecretsClientLease? Lease = null);
