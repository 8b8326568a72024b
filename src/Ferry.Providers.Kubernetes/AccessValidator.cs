using k8s;
using k8s.Models;

namespace Ferry.Providers.Kubernetes;

/// <summary>
/// ESO's Validate: may this session get Secrets in the remote namespace? A SelfSubjectRulesReview first, then a
/// SelfSubjectAccessReview; an API server that serves neither (404) is asked with a plain list of one Secret.
/// </summary>
internal static class AccessValidator
{
    public const string NotAllowedMessage = "client is not allowed to get secrets";

    public static async ValueTask<ClientValidation> ValidateAsync(IKubernetes api, string ns, CancellationToken cancellationToken)
    {
        try
        {
            var rules = await TryAsync(() => api.AuthorizationV1.CreateSelfSubjectRulesReviewAsync(
                new V1SelfSubjectRulesReview { Spec = new V1SelfSubjectRulesReviewSpec { NamespaceProperty = ns } }, cancellationToken: cancellationToken));
            if (rules?.Status?.ResourceRules?.Any(AllowsGetSecrets) == true)
            {
                return ClientValidation.Ready;
            }

            var access = await TryAsync(() => api.AuthorizationV1.CreateSelfSubjectAccessReviewAsync(
                new V1SelfSubjectAccessReview
                {
                    Spec = new V1SelfSubjectAccessReviewSpec
                    {
                        ResourceAttributes = new V1ResourceAttributes { Resource = "secrets", NamespaceProperty = ns, Verb = "get" },
                    },
                },
                cancellationToken: cancellationToken));
            if (access is not null)
            {
                return access.Status?.Allowed == true
                    ? ClientValidation.Ready
                    : new ClientValidation(ClientValidationOutcome.Error, NotAllowedMessage);
            }

            return await ListOneAsync(api, ns, cancellationToken);
        }
        catch (Exception ex) when (KubernetesErrors.IsApiFailure(ex))
        {
            return new ClientValidation(ClientValidationOutcome.Unknown, $"could not verify if client is valid: {KubernetesErrors.Describe(ex)}");
        }
    }

    private static bool AllowsGetSecrets(V1ResourceRule rule) =>
        (rule.Resources?.Contains("secrets") == true || rule.Resources?.Contains("*") == true)
        && (rule.Verbs?.Contains("get") == true || rule.Verbs?.Contains("*") == true)
        && (rule.ApiGroups is null || rule.ApiGroups.Count == 0 || rule.ApiGroups.Contains(string.Empty) || rule.ApiGroups.Contains("*"));

    // A review the server does not serve (404) is skipped; any other failure is the answer.
    private static async ValueTask<T?> TryAsync<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (KubernetesErrors.IsNotFound(ex))
        {
            return null;
        }
    }

    private static async ValueTask<ClientValidation> ListOneAsync(IKubernetes api, string ns, CancellationToken cancellationToken)
    {
        try
        {
            await api.CoreV1.ListNamespacedSecretAsync(ns, limit: 1, cancellationToken: cancellationToken);
            return ClientValidation.Ready;
        }
        catch (Exception ex) when (KubernetesErrors.StatusCode(ex) is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.Unauthorized)
        {
            return new ClientValidation(ClientValidationOutcome.Error, $"{NotAllowedMessage}: {KubernetesErrors.Describe(ex)}");
        }
    }
}
