using System.Net;
using System.Text.Json;
using k8s.Autorest;

namespace Ferry.Providers.Kubernetes;

/// <summary>
/// Classifies what the KubernetesClient throws, once. Messages come from the API server's Status (which names
/// objects, users and verbs, never data) or from the transport, never from a request or response body.
/// </summary>
internal static class KubernetesErrors
{
    public static bool IsApiFailure(Exception ex) =>
        ex is HttpOperationException or HttpRequestException or k8s.Exceptions.KubernetesClientException
            || (ex is TaskCanceledException { InnerException: TimeoutException });

    public static HttpStatusCode? StatusCode(Exception ex) =>
        ex is HttpOperationException { Response: { } response } ? response.StatusCode : null;

    public static bool IsNotFound(Exception ex) => StatusCode(ex) == HttpStatusCode.NotFound;

    /// <summary>The API server's Status message (for example <c>secrets "db" is forbidden: ...</c>), else the transport's.</summary>
    public static string Describe(Exception ex)
    {
        if (ex is HttpOperationException { Response: { } response })
        {
            return StatusMessage(response.Content) ?? $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}";
        }

        return ex.InnerException is { } inner && ex is HttpRequestException ? $"{ex.Message} ({inner.Message})" : ex.Message;
    }

    /// <summary>Wraps a failed call as <paramref name="context"/>: the reason.</summary>
    public static ProviderException Wrap(string context, Exception ex) => new($"{context}: {Describe(ex)}", ex);

    private static string? StatusMessage(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueEquals("Status")
                && document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                    ? message.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
