using System.Text.Json;

namespace RelationshipCoach.Tests.Hosting;

/// <summary>The runtime settings the service's memory and throughput figures depend on ship in its runtimeconfig.json.</summary>
public sealed class RuntimeSettingsTests
{
    private static readonly JsonElement Properties = ReadProperties();

    [Fact]
    public void Gen0_is_capped_at_3_MB_so_a_large_reported_cache_does_not_size_it()
    {
        Assert.Equal(3 * 1024 * 1024, Properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
        Assert.True(Properties.GetProperty("System.GC.Server").GetBoolean());
    }

    [Fact]
    public void Tiered_compilation_counts_calls_from_the_start_without_instrumenting()
    {
        Assert.Equal(0, Properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.False(Properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    private static JsonElement ReadProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "RelationshipCoach.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
