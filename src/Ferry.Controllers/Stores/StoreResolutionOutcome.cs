namespace Ferry.Controllers.Stores;

/// <summary>Why a store can or cannot be used by one consumer.</summary>
public enum StoreResolutionOutcome
{
    /// <summary>The store exists, admits the namespace, is Ready, and a client was lent.</summary>
    Usable,

    /// <summary>No such store.</summary>
    NotFound,

    /// <summary>A ClusterSecretStore whose conditions (namespaces, selector, regexes) do not admit the namespace.</summary>
    NamespaceRefused,

    /// <summary>The store is not Ready and the flood gate is on: no sync goes through it.</summary>
    NotReady,

    /// <summary>The store's controller class is not the one this operator serves.</summary>
    OtherControllerClass,

    /// <summary>The store names a provider Ferry does not implement.</summary>
    ProviderNotSupported,

    /// <summary>The provider refused to build a client (bad credentials, unreachable): retry with backoff.</summary>
    ClientFailed,
}
