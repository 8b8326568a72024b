using System.Globalization;
using System.Security;
using System.Text;

namespace Ferry.Testing.Backends.Aws;

/// <summary>
/// The fake's STS over the AWS Query protocol (form-encoded <c>Action=...</c>, XML answers): AssumeRole (signed,
/// with external id and session tags), AssumeRoleWithWebIdentity (unsigned, with a token the test trusts) and
/// GetCallerIdentity. Every issued key is accepted by the other services until it expires on the fake's clock.
/// </summary>
public sealed class AwsFakeSts
{
    public const string SigningName = "sts";
    public const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    private readonly AwsFakeState _state;
    private readonly Dictionary<string, string?> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _webIdentityTokens = new(StringComparer.Ordinal);
    private readonly List<AwsFakeStsSession> _sessions = [];

    internal AwsFakeSts(AwsFakeState state) => _state = state;

    /// <summary>Lifetime of issued credentials when the caller does not ask for one.</summary>
    public TimeSpan DefaultDuration { get; set; } = TimeSpan.FromHours(1);

    public IReadOnlyList<AwsFakeStsSession> Sessions
    {
        get
        {
            lock (_state.Gate)
            {
                return [.. _sessions];
            }
        }
    }

    /// <summary>A role that may be assumed; with <paramref name="externalId"/>, AssumeRole must send exactly it.</summary>
    public string AddRole(string roleName, string? externalId = null)
    {
        var arn = $"arn:aws:iam::{_state.AccountId}:role/{roleName}";
        lock (_state.Gate)
        {
            _roles[arn] = externalId;
        }

        return arn;
    }

    /// <summary>Trusts a web identity token (as the role's OIDC trust would), for any role or only <paramref name="roleArn"/>.</summary>
    public void TrustWebIdentityToken(string token, string? roleArn = null)
    {
        lock (_state.Gate)
        {
            _webIdentityTokens[token] = roleArn;
        }
    }

    internal (int Status, string Xml) Handle(string action, IReadOnlyDictionary<string, string> form, AwsFakeAccessKey? caller)
    {
        lock (_state.Gate)
        {
            return action switch
            {
                "AssumeRole" => (200, AssumeRole(form, caller!)),
                "AssumeRoleWithWebIdentity" => (200, AssumeRoleWithWebIdentity(form)),
                "GetCallerIdentity" => (200, Envelope("GetCallerIdentity",
                    $"<Arn>{Escape(caller!.PrincipalArn)}</Arn><UserId>{Escape(caller.AccessKeyId)}</UserId><Account>{_state.AccountId}</Account>")),
                _ => throw new AwsFakeError(400, "InvalidAction", $"Could not find operation {action} for version 2011-06-15"),
            };
        }
    }

    internal static string ErrorXml(AwsFakeError error) =>
        $"<ErrorResponse xmlns=\"{Namespace}\"><Error><Type>{(error.Status >= 500 ? "Receiver" : "Sender")}</Type><Code>{Escape(error.Code)}</Code><Message>{Escape(error.Message)}</Message></Error><RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>";

    private string AssumeRole(IReadOnlyDictionary<string, string> form, AwsFakeAccessKey caller)
    {
        var roleArn = Required(form, "RoleArn");
        var sessionName = Required(form, "RoleSessionName");
        var externalId = form.GetValueOrDefault("ExternalId");
        if (!_roles.TryGetValue(roleArn, out var requiredExternalId) || (requiredExternalId is not null && requiredExternalId != externalId))
        {
            throw new AwsFakeError(403, "AccessDenied", $"User: {caller.PrincipalArn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}");
        }

        var tags = Members(form, "Tags.member.", ".Key")
            .ToDictionary(i => form[$"Tags.member.{i}.Key"], i => form.GetValueOrDefault($"Tags.member.{i}.Value") ?? string.Empty, StringComparer.Ordinal);
        var transitive = Members(form, "TransitiveTagKeys.member.", string.Empty).Select(i => form[$"TransitiveTagKeys.member.{i}"]).ToList();
        return Envelope("AssumeRole", Issue("AssumeRole", roleArn, sessionName, externalId, tags, transitive, caller.PrincipalArn, form));
    }

    private string AssumeRoleWithWebIdentity(IReadOnlyDictionary<string, string> form)
    {
        var roleArn = Required(form, "RoleArn");
        var sessionName = Required(form, "RoleSessionName");
        var token = Required(form, "WebIdentityToken");
        if (!_webIdentityTokens.TryGetValue(token, out var allowedRole))
        {
            throw new AwsFakeError(400, "InvalidIdentityToken", "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements");
        }

        if (!_roles.ContainsKey(roleArn) || (allowedRole is not null && allowedRole != roleArn))
        {
            throw new AwsFakeError(403, "AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity");
        }

        var credentials = Issue("AssumeRoleWithWebIdentity", roleArn, sessionName, null, new Dictionary<string, string>(), [], null, form);
        return Envelope("AssumeRoleWithWebIdentity",
            $"<SubjectFromWebIdentityToken>system:serviceaccount</SubjectFromWebIdentityToken><Audience>sts.amazonaws.com</Audience><Provider>oidc.fake</Provider>{credentials}");
    }

    private string Issue(string action, string roleArn, string sessionName, string? externalId, Dictionary<string, string> tags,
        List<string> transitive, string? callerArn, IReadOnlyDictionary<string, string> form)
    {
        var duration = form.TryGetValue("DurationSeconds", out var seconds)
            ? TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture))
            : DefaultDuration;
        if (duration < TimeSpan.FromMinutes(15) || duration > TimeSpan.FromHours(12))
        {
            throw new AwsFakeError(400, "ValidationError", "1 validation error detected: Value at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
        }

        var roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        var principal = $"arn:aws:sts::{_state.AccountId}:assumed-role/{roleName}/{sessionName}";
        var expires = _state.Now + duration;
        var key = new AwsFakeAccessKey(AwsFakeState.RandomId("ASIA", 16), AwsFakeState.RandomSecret(40), principal, AwsFakeState.RandomSecret(120), expires);
        _state.AddKey(key);
        _sessions.Add(new AwsFakeStsSession(action, roleArn, sessionName, externalId, tags, transitive, callerArn, key.AccessKeyId, expires));
        var expiration = expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"<Credentials><AccessKeyId>{key.AccessKeyId}</AccessKeyId><SecretAccessKey>{Escape(key.SecretAccessKey)}</SecretAccessKey>"
            + $"<SessionToken>{Escape(key.SessionToken!)}</SessionToken><Expiration>{expiration}</Expiration></Credentials>"
            + $"<AssumedRoleUser><AssumedRoleId>AROA{AwsFakeState.RandomId(string.Empty, 17)}:{Escape(sessionName)}</AssumedRoleId><Arn>{Escape(principal)}</Arn></AssumedRoleUser>"
            + "<PackedPolicySize>6</PackedPolicySize>";
    }

    private static IEnumerable<int> Members(IReadOnlyDictionary<string, string> form, string prefix, string suffix)
    {
        for (var i = 1; form.ContainsKey($"{prefix}{i}{suffix}"); i++)
        {
            yield return i;
        }
    }

    private static string Required(IReadOnlyDictionary<string, string> form, string name) =>
        form.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new AwsFakeError(400, "ValidationError", $"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must not be null");

    private static string Envelope(string action, string result) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<{action}Response xmlns=\"{Namespace}\"><{action}Result>")
            .Append(result)
            .Append(CultureInfo.InvariantCulture, $"</{action}Result><ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></{action}Response>")
            .ToString();

    private static string Escape(string text) => SecurityElement.Escape(text);
}
