using System.Text.Json.Nodes;
using Ferry.Schemas.Cel;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Model;

/// <summary>
/// Compiles one x-kubernetes-validations entry against the schema it sits on, with the checks
/// apiextensions-apiserver applies when a CRD is created.
/// </summary>
internal static class RuleCompiler
{
    private static readonly string[] Reasons = ["FieldValueInvalid", "FieldValueForbidden", "FieldValueRequired", "FieldValueDuplicate"];

    public static ValidationRule Compile(SchemaNode node, JsonObject rule, string path)
    {
        var text = Text(rule, "rule", path);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SchemaFormatException($"{path}.rule", "Required value: rule is not specified");
        }

        var message = Text(rule, "message", path);
        if (message is not null && (message.Trim().Length == 0 || message.Contains('\n', StringComparison.Ordinal)))
        {
            throw new SchemaFormatException($"{path}.message", message.Trim().Length == 0
                ? "Invalid value: " + GoFormat.Quote(message) + ": message must be non-empty if specified"
                : "Invalid value: " + GoFormat.Quote(message) + ": message must not contain line breaks");
        }

        var reason = Text(rule, "reason", path);
        if (reason is not null && Array.IndexOf(Reasons, reason) < 0)
        {
            throw new SchemaFormatException($"{path}.reason",
                $"Unsupported value: {GoFormat.Quote(reason)}: supported values: \"FieldValueDuplicate\", \"FieldValueForbidden\", \"FieldValueInvalid\", \"FieldValueRequired\"");
        }

        var optionalOldSelf = rule["optionalOldSelf"] is JsonValue flag && flag.TryGetValue<bool>(out var set) && set;
        var selfType = CelType.FromSchema(node);
        var variables = new Dictionary<string, CelType>(StringComparer.Ordinal)
        {
            ["self"] = selfType,
            ["oldSelf"] = optionalOldSelf ? CelType.OptionalOf(selfType) : selfType,
        };

        var program = CompileOrThrow(text, variables, $"{path}.rule");
        if (program.ResultType.Kind is not (CelTypeKind.Bool or CelTypeKind.Dyn))
        {
            throw new SchemaFormatException($"{path}.rule", $"Invalid value: {GoFormat.Quote(text)}: cel expression must evaluate to a bool");
        }

        var isTransition = program.References("oldSelf");
        if (optionalOldSelf && !isTransition)
        {
            throw new SchemaFormatException($"{path}.optionalOldSelf", "Forbidden: may not be set if oldSelf is not used in rule");
        }

        CelProgram? messageProgram = null;
        var messageExpression = Text(rule, "messageExpression", path);
        if (messageExpression is not null)
        {
            messageProgram = CompileOrThrow(messageExpression, variables, $"{path}.messageExpression");
            if (messageProgram.ResultType.Kind is not (CelTypeKind.String or CelTypeKind.Dyn))
            {
                throw new SchemaFormatException($"{path}.messageExpression",
                    $"Invalid value: {GoFormat.Quote(messageExpression)}: must evaluate to a string");
            }
        }

        var fieldPath = Text(rule, "fieldPath", path);
        return new ValidationRule
        {
            Rule = text,
            Program = program,
            Message = message,
            MessageExpression = messageProgram,
            Reason = reason,
            FieldPath = fieldPath is null ? [] : RuleFieldPath.Parse(node, fieldPath, $"{path}.fieldPath"),
            OptionalOldSelf = optionalOldSelf,
            IsTransition = isTransition,
        };
    }

    private static CelProgram CompileOrThrow(string text, Dictionary<string, CelType> variables, string path)
    {
        try
        {
            return CelProgram.Compile(text, variables);
        }
        catch (CelCompileException e)
        {
            throw new SchemaFormatException(path, $"Invalid value: {GoFormat.Quote(text)}: compilation failed: {e.Message}");
        }
    }

    private static string? Text(JsonObject rule, string key, string path)
    {
        if (!rule.TryGetPropertyValue(key, out var value) || value is null)
        {
            return null;
        }

        return value is JsonValue v && JsonKinds.Of(v) == JsonKind.String
            ? JsonKinds.AsString(v)
            : throw new SchemaFormatException($"{path}.{key}", "Invalid value: must be a string");
    }
}
