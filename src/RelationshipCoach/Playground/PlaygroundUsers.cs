using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Playground;

/// <summary>The demo users a person can pick in the playground (Playground:Users), created with their roles once the database is ready.</summary>
public sealed class PlaygroundUsers(IServiceProvider services, IConfiguration configuration, DatabaseReadiness readiness, ILogger<PlaygroundUsers> log)
    : WhenDatabaseReady(readiness, log)
{
    public const string Tenant = "playground";

    public IReadOnlyDictionary<string, Role> All { get; } = Read(configuration);

    public static UserRef Ref(string user) => new(Channels.Playground, Tenant, user);

    protected override async Task RunAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        foreach (var (name, role) in All)
        {
            var profile = await users.GetOrCreateAsync(Ref(name), ct);
            if (profile.Role != role || profile.DisplayName is null)
                await users.SaveAsync(profile with { Role = role, DisplayName = profile.DisplayName ?? name }, ct);
        }
    }

    private static Dictionary<string, Role> Read(IConfiguration configuration) =>
        configuration.GetSection("Playground:Users").GetChildren()
            .ToDictionary(c => c.Key, c => Enum.TryParse<Role>(c.Value, ignoreCase: true, out var r) ? r : Role.Rep, StringComparer.Ordinal);
}
