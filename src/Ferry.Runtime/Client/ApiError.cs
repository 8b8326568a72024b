using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;

namespace Ferry.Runtime.Client;

/// <summary>
/// The one place that turns KubernetesClient's two exception types (and network faults) into an
/// <see cref="ApiErrorKind"/>; controllers match on the kind, never on exception types or message text.
/// </summary>
public static class ApiError
{
    public static ApiErrorKind Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            HttpOperationException http => FromStatus((int)http.Response.StatusCode, ReasonOf(http.Response.Content)),
            KubernetesException kube => FromStatus(kube.Status?.Code ?? 0, kube.Status?.Reason),
            HttpRequestException or IOException => ApiErrorKind.Transient,
            // HttpClient reports its own timeout as a cancellation with a TimeoutException inside.
            TaskCanceledException { InnerException: TimeoutException } => ApiErrorKind.Transient,
            _ => ApiErrorKind.Unknown,
        };
    }

    /// <summary>True when the exception is the given kind (reads well in <c>catch ... when</c>).</summary>
    public static bool Is(Exception exception, ApiErrorKind kind) => Classify(exception) == kind;

    internal static ApiErrorKind FromStatus(int code, string? reason) => code switch
    {
        404 => ApiErrorKind.NotFound,
        409 when reason == "AlreadyExists" => ApiErrorKind.AlreadyExists,
        409 => ApiErrorKind.Conflict,
        410 => ApiErrorKind.Gone,
        401 or 403 => ApiErrorKind.Forbidden,
        400 or 422 => ApiErrorKind.Invalid,
        429 => ApiErrorKind.TooManyRequests,
        408 or >= 500 and < 600 => ApiErrorKind.Transient,
        // A watch stream reports an expired resourceVersion as a Status whose reason is "Expired" (sometimes without a code).
        _ when reason is "Expired" or "Gone" => ApiErrorKind.Gone,
        _ => ApiErrorKind.Unknown,
    };

    private static string? ReasonOf(string? statusBody)
    {
        if (string.IsNullOrEmpty(statusBody))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(statusBody);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("reason", out var reason)
                && reason.ValueKind == JsonValueKind.String
                ? reason.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The HTTP status code of an API failure, or null for anything else.</summary>
    public static HttpStatusCode? StatusCodeOf(Exception exception) => exception switch
    {
        HttpOperationException http => http.Response.StatusCode,
        KubernetesException { Status.Code: { } code } => (HttpStatusCode)code,
        _ => null,
    };
}
