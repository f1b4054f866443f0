using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Playground;

/// <summary>Generated hostile requests to the playground API on the default SQLite store.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public async Task Hostile_requests_never_get_a_500_and_invalid_ones_change_nothing()
    {
        await using var probe = await HostileInputProbe.StartAsync(new Dictionary<string, string?>());
        await probe.CheckAsync(iterations: 300);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_before_it_is_read()
    {
        await using var probe = await HostileInputProbe.StartAsync(new Dictionary<string, string?>());
        await probe.CheckOversizedBodyAsync();
    }
}
