using k8s;
using k8s.Exceptions;
using k8s.KubeConfigModels;

namespace Ferry.Providers.Kubernetes.Connection;

/// <summary>
/// Turns the kubeconfig of <c>authRef</c> into a client configuration (its current context). Unlike ESO, a kubeconfig
/// whose user runs an exec plugin is refused: the Secret is written by namespace users, and an exec entry would make
/// the operator run a command of their choosing.
/// </summary>
internal static class KubeconfigReader
{
    public static KubernetesClientConfiguration Read(SecretValue kubeconfig)
    {
        K8SConfiguration parsed;
        try
        {
            using var stream = new MemoryStream(kubeconfig.ToArray());
            parsed = KubernetesClientConfiguration.LoadKubeConfig(stream);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The parser's message may quote the document, which holds credentials: name the failure only.
            throw new ProviderException($"failed to prepare auth: authRef does not hold a valid kubeconfig ({ex.GetType().Name})");
        }

        if (parsed.Users?.Any(u => u.UserCredentials?.ExternalExecution is not null || u.UserCredentials?.AuthProvider is not null) == true)
        {
            throw new ProviderException("failed to prepare auth: authRef kubeconfig users may not use exec or auth-provider plugins");
        }

        try
        {
            return KubernetesClientConfiguration.BuildConfigFromConfigObject(parsed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ProviderException($"failed to prepare auth: authRef kubeconfig is not usable: {Describe(ex)}");
        }
    }

    // KubeConfigException texts name contexts, clusters and files, never credential data.
    private static string Describe(Exception ex) =>
        ex is KubeConfigException ? ex.Message : ex.GetType().Name;
}
