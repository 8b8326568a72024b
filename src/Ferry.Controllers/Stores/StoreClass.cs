using Ferry.Api.V1;

namespace Ferry.Controllers.Stores;

/// <summary>ESO's controller-class filter: a store is served when spec.controller is empty or names this class.</summary>
public static class StoreClass
{
    public static bool IsServed(SecretStoreSpec spec, string controllerClass)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return string.IsNullOrEmpty(spec.Controller) || spec.Controller == controllerClass;
    }
}
