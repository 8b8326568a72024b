using System.ComponentModel;

namespace Ferry.Api.Generators;

[Description("Settings of the UUID generator; there are none, and the value is returned under the key uuid.")]
public sealed class UUIDSpec
{
}
