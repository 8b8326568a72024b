using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Security;
using Ferry.LocalCluster.Semantics;
using Microsoft.AspNetCore.Http;

namespace Ferry.LocalCluster.Http;

/// <summary>TokenRequest, TokenReview and the access reviews: create-only calls that answer and store nothing.</summary>
internal sealed partial class ApiHandler
{
    private static readonly long MinimumExpirationSeconds = 600;

    private static bool IsReview(ResourceType type) =>
        type.Group is "authentication.k8s.io" or "authorization.k8s.io";

    private async Task TokenRequestAsync(HttpContext context, ResourceRequest request)
    {
        var body = HttpIo.ParseObject(await HttpIo.ReadBodyAsync(context), context.Request.ContentType);
        var account = _service.Get(request.Type, request.Namespace, request.Name!);
        var spec = JsonFields.Object(body, "spec") ?? [];
        var audiences = JsonFields.Strings(JsonFields.Array(spec, "audiences"));
        if (audiences.Count == 0)
        {
            audiences = [.. ServiceAccountTokens.ApiAudiences];
        }

        var seconds = spec["expirationSeconds"] is JsonValue value && value.TryGetValue<long>(out var requested) ? requested : 3600;
        var tokenRequestType = new ResourceType
        {
            Group = "authentication.k8s.io", Version = "v1", Kind = "TokenRequest", Plural = "tokenrequests",
            Singular = "tokenrequest", Namespaced = true, Strategy = new ResourceStrategy(),
        };
        if (seconds < MinimumExpirationSeconds)
        {
            throw ApiErrors.Invalid(tokenRequestType, request.Name!,
                [new FieldError(FieldErrorType.Invalid, "spec.expirationSeconds", "may not specify a duration less than 10 minutes", JsonValue.Create(seconds))]);
        }

        if (seconds > 1L << 32)
        {
            throw ApiErrors.Invalid(tokenRequestType, request.Name!,
                [new FieldError(FieldErrorType.Invalid, "spec.expirationSeconds", "may not specify a duration larger than 2^32 seconds", JsonValue.Create(seconds))]);
        }

        var now = _service.UtcNow;
        var expires = now.AddSeconds(seconds);
        var bound = JsonFields.Object(spec, "boundObjectRef");
        var token = _tokens.Issue(request.Namespace, request.Name!, account.Uid, audiences, expires, bound);
        var response = new JsonObject
        {
            ["kind"] = "TokenRequest",
            ["apiVersion"] = "authentication.k8s.io/v1",
            ["metadata"] = new JsonObject { ["name"] = request.Name, ["namespace"] = request.Namespace, ["creationTimestamp"] = _service.Now() },
            ["spec"] = new JsonObject
            {
                ["audiences"] = new JsonArray([.. audiences.Select(a => (JsonNode)a)]),
                ["expirationSeconds"] = seconds,
                ["boundObjectRef"] = bound?.DeepClone(),
            },
            ["status"] = new JsonObject
            {
                ["token"] = token,
                ["expirationTimestamp"] = expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            },
        };
        await HttpIo.WriteJsonAsync(context, 201, response);
    }

    private async Task ReviewAsync(HttpContext context, ResourceType type, UserInfo user)
    {
        var body = HttpIo.ParseObject(await HttpIo.ReadBodyAsync(context), context.Request.ContentType);
        var spec = JsonFields.Object(body, "spec") ?? [];
        var status = type.Plural switch
        {
            "tokenreviews" => TokenReviewStatus(spec),
            "selfsubjectreviews" => new JsonObject { ["userInfo"] = Authenticator.ToJson(user) },
            _ => new JsonObject { ["allowed"] = true, ["reason"] = "the local cluster allows every request" },
        };
        var response = new JsonObject
        {
            ["kind"] = type.Kind,
            ["apiVersion"] = type.ApiVersion,
            ["metadata"] = new JsonObject { ["creationTimestamp"] = null },
            ["spec"] = spec.DeepClone(),
            ["status"] = status,
        };
        await HttpIo.WriteJsonAsync(context, 201, response);
    }

    private JsonObject TokenReviewStatus(JsonObject spec)
    {
        var token = JsonFields.String(spec, "token") ?? string.Empty;
        var audiences = JsonFields.Strings(JsonFields.Array(spec, "audiences"));
        var wanted = audiences.Count == 0 ? ServiceAccountTokens.ApiAudiences : audiences;
        UserInfo? reviewed;
        string error;
        lock (_service.Store.Gate)
        {
            reviewed = _authenticator.AuthenticateToken(token, wanted, out error);
        }

        if (reviewed is null)
        {
            return new JsonObject { ["user"] = new JsonObject(), ["error"] = "[invalid bearer token, " + error + "]" };
        }

        return new JsonObject
        {
            ["authenticated"] = true,
            ["user"] = Authenticator.ToJson(reviewed),
            ["audiences"] = new JsonArray([.. wanted.Select(a => (JsonNode)a)]),
        };
    }
}
