using System.Text.Json.Nodes;
using Ferry.Schemas.Cel;
using Ferry.Schemas.Model;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Validation;

/// <summary>
/// Runs x-kubernetes-validations rules over an object as apiextensions-apiserver's CEL validator does: each rule on
/// every present value of its node, <c>oldSelf</c> bound to the correlated old value (by property name, map key, or
/// the keys of a map list), transition rules only where an old value correlates, a per-rule cost limit and a total
/// budget per object. Errors carry the node's type as their value, like <c>spec: Invalid value: "object": msg</c>.
/// </summary>
internal sealed class CelRuleValidator
{
    /// <summary>Kubernetes' PerCallLimit: the most one rule evaluation may cost.</summary>
    internal const long PerCallLimit = 1_000_000;

    /// <summary>Kubernetes' RuntimeCELCostBudget: the most all rules of one object may cost together.</summary>
    internal const long TotalBudget = 10_000_000;

    private readonly List<FieldError> _errors;
    private long _remaining = TotalBudget;
    private bool _exhausted;

    private CelRuleValidator(List<FieldError> errors)
    {
        _errors = errors;
    }

    public static void Validate(SchemaNode root, JsonNode? value, JsonNode? old, List<FieldError> errors, string path = "") =>
        new CelRuleValidator(errors).Node(root, value, old, path, 0);

    private void Node(SchemaNode schema, JsonNode? value, JsonNode? old, string path, int depth)
    {
        if (_exhausted || value is null || !schema.HasRulesBelow || depth > 512)
        {
            return;
        }

        // Ratcheting: a value equal to its old value is not checked again, except by transition rules.
        var unchanged = old is not null && JsonEquality.DeepEquals(value, old);
        foreach (var rule in schema.Rules)
        {
            if (unchanged && !rule.IsTransition)
            {
                continue;
            }

            Evaluate(schema, rule, value, old, path);
            if (_exhausted)
            {
                return;
            }
        }

        switch (value)
        {
            case JsonObject obj:
                var oldObj = old as JsonObject;
                foreach (var (key, child) in obj)
                {
                    if (schema.Properties.TryGetValue(key, out var property))
                    {
                        Node(property, child, oldObj?[key], FieldPaths.Child(path, key), depth + 1);
                    }
                    else if (schema.AdditionalProperties is { } additional)
                    {
                        Node(additional, child, oldObj?[key], FieldPaths.Key(path, key), depth + 1);
                    }
                }

                break;
            case JsonArray array when schema.Items is { } items:
                var oldItems = Correlation.IndexListItems(schema, old);
                for (var i = 0; i < array.Count; i++)
                {
                    Correlation.TryListItem(schema, oldItems, array[i], out var oldItem);
                    Node(items, array[i], oldItem, FieldPaths.Index(path, i), depth + 1);
                }

                break;
        }
    }

    private void Evaluate(SchemaNode schema, ValidationRule rule, JsonNode value, JsonNode? old, string path)
    {
        var scope = new CelScope("self", CelJson.ToValue(value, schema), null);
        if (rule.IsTransition)
        {
            if (old is null && !rule.OptionalOldSelf)
            {
                return;
            }

            var oldSelf = CelJson.ToValue(old, schema);
            scope = new CelScope("oldSelf", rule.OptionalOldSelf ? (old is null ? CelOptional.None : new CelOptional(oldSelf)) : oldSelf, scope);
        }

        var typeValue = GoFormat.Quote(schema.Type);
        var interpreter = new CelInterpreter(Math.Min(PerCallLimit, _remaining));
        object result;
        try
        {
            result = rule.Program.Evaluate(interpreter, scope);
        }
        catch (CelCostExceededException)
        {
            Charge(interpreter.Used, path, typeValue);
            if (!_exhausted)
            {
                _errors.Add(FieldError.Invalid(path, typeValue,
                    $"operation cancelled: actual cost limit exceeded: call cost exceeds limit for rule: {ErrorText(rule)}"));
            }

            return;
        }
        catch (CelEvalException e)
        {
            Charge(interpreter.Used, path, typeValue);
            var detail = e.Message.StartsWith("no such overload", StringComparison.Ordinal)
                ? $"'{e.Message}': call arguments did not match a supported operator, function or macro signature for rule: {ErrorText(rule)}"
                : $"{e.Message} evaluating rule: {ErrorText(rule)}";
            _errors.Add(ForReason(null, FieldPathOf(rule, path, useFieldPath: false), typeValue, detail));
            return;
        }

        Charge(interpreter.Used, path, typeValue);
        if (_exhausted || result is true)
        {
            return;
        }

        var message = MessageOf(rule, scope, path, typeValue);
        if (!_exhausted)
        {
            _errors.Add(ForReason(rule.Reason, FieldPathOf(rule, path, useFieldPath: true), typeValue, message));
        }
    }

    private string MessageOf(ValidationRule rule, CelScope scope, string path, string typeValue)
    {
        var fallback = rule.Message is { Length: > 0 } message ? message.Trim() : $"failed rule: {ErrorText(rule)}";
        if (rule.MessageExpression is null)
        {
            return fallback;
        }

        var interpreter = new CelInterpreter(Math.Min(PerCallLimit, _remaining));
        try
        {
            var text = rule.MessageExpression.Evaluate(interpreter, scope) as string;
            Charge(interpreter.Used, path, typeValue);

            // An empty, blank or multi-line result falls back to message, as the API server does.
            return string.IsNullOrWhiteSpace(text) || text.Contains('\n', StringComparison.Ordinal) ? fallback : text;
        }
        catch (Exception e) when (e is CelEvalException or CelCostExceededException)
        {
            Charge(interpreter.Used, path, typeValue);
            return fallback;
        }
    }

    private void Charge(long used, string path, string typeValue)
    {
        _remaining -= used;
        if (_remaining <= 0 && !_exhausted)
        {
            _exhausted = true;
            _errors.Add(FieldError.Invalid(path, typeValue, "validation failed due to running out of cost budget, no further validation rules will be run"));
        }
    }

    private static string FieldPathOf(ValidationRule rule, string path, bool useFieldPath) =>
        useFieldPath ? rule.FieldPath.Aggregate(path, FieldPaths.Child) : path;

    private static string ErrorText(ValidationRule rule) =>
        rule.Message is { Length: > 0 } message ? message.Trim() : rule.Rule.Trim();

    private static FieldError ForReason(string? reason, string path, string typeValue, string detail) => reason switch
    {
        "FieldValueForbidden" => FieldError.Forbidden(path, detail),
        "FieldValueRequired" => FieldError.Required(path, detail),
        "FieldValueDuplicate" => FieldError.Duplicate(path, typeValue),
        _ => FieldError.Invalid(path, typeValue, detail),
    };
}
