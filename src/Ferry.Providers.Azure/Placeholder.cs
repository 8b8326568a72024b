namespace Ferry.Providers.Azure;
internal static class Placeholder { }
