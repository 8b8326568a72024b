using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using k8s.Models;

namespace Ferry.Api.Tests;

/// <summary>The house rules for CRD shapes, checked over every type reachable from the served kinds.</summary>
public sealed class ApiTypeShapeTests
{
    [Fact]
    public void ReachableTypes_EveryClass_IsSealedWithNamedSettableProperties()
    {
        var problems = new List<string>();
        var types = ReachableApiTypes().ToList();
        Assert.True(types.Count > 100, $"only {types.Count} types reached from the kinds");
        foreach (var type in types)
        {
            if (!type.IsSealed)
            {
                problems.Add($"{type.Name} is not sealed");
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonPropertyNameAttribute>() is null)
                {
                    problems.Add($"{type.Name}.{property.Name} has no [JsonPropertyName]");
                }

                if (property.SetMethod is not { IsPublic: true })
                {
                    problems.Add($"{type.Name}.{property.Name} is not settable");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void ReachableTypes_OptionalValueFields_AreNullable()
    {
        // A value type that is not nullable would write a zero for a field the user left out.
        var problems = ReachableApiTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property => (type, property)))
            .Where(pair => pair.property.PropertyType.IsValueType && Nullable.GetUnderlyingType(pair.property.PropertyType) is null)
            .Select(pair => $"{pair.type.Name}.{pair.property.Name}")
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void ReachableTypes_Enums_NameEveryMemberForTheWire()
    {
        var enums = ReachableApiTypes(includeEnums: true).Where(type => type.IsEnum).ToList();

        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            Assert.NotNull(type.GetCustomAttribute<JsonConverterAttribute>());
            Assert.All(type.GetFields(BindingFlags.Public | BindingFlags.Static), field => Assert.NotNull(field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()));
        }
    }

    private static IEnumerable<Type> ReachableApiTypes(bool includeEnums = false)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(ApiKinds.All.Select(kind => kind.ClrType));
        while (pending.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Enqueue(argument);
                }

                continue;
            }

            if (type.Assembly != typeof(ApiKinds).Assembly || type == typeof(IntegerOrString) || !seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                if (includeEnums)
                {
                    yield return type;
                }

                continue;
            }

            yield return type;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType != typeof(V1ObjectMeta) && property.PropertyType != typeof(JsonElement))
                {
                    pending.Enqueue(property.PropertyType);
                }
            }
        }
    }
}
