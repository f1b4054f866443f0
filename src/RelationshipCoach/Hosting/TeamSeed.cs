using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Teams;

namespace RelationshipCoach.Hosting;

/// <summary>
/// Creates the teams configured under RepTeams:Seed (each a Lead and its Members, written "channel/tenant/user") and plans
/// every lead's next digest. A seed is a starting point: a member the lead removed is not added back at the next start.
/// </summary>
public sealed class TeamSeed(IServiceProvider services, IConfiguration configuration, TimeProvider clock, bool playgroundEnabled, DatabaseReadiness readiness, ILogger<TeamSeed> log)
    : WhenDatabaseReady(readiness, log)
{
    public const string Section = "RepTeams:Seed";

    protected override async Task RunAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var teams = scope.ServiceProvider.GetRequiredService<ITeamStore>();
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        // The playground's seed is only for the playground: a deployment without it gets no playground people.
        foreach (var (leadRef, memberRefs) in Read(configuration).Where(t => playgroundEnabled || t.Lead.Channel != Channels.Playground))
        {
            var lead = await users.GetOrCreateAsync(leadRef, ct);
            if (lead.Role != Role.Lead) await users.SaveAsync(lead = lead with { Role = Role.Lead }, ct);
            var known = (await teams.MembersAsync(lead.Id, Instant.MinValue, ct)).Select(m => m.RepId).ToHashSet();
            foreach (var memberRef in memberRefs)
            {
                var member = await users.GetOrCreateAsync(memberRef, ct);
                if (member.Id != lead.Id && !known.Contains(member.Id)) await teams.AddAsync(lead.Id, member.Id, now, ct);
            }
        }
        await PlanDigestsAsync(scope.ServiceProvider, now, ct);
    }

    /// <summary>Every lead with a team gets a pending digest trigger, once; after that each sent digest plans the next.</summary>
    private async Task PlanDigestsAsync(IServiceProvider scoped, Instant now, CancellationToken ct)
    {
        var users = scoped.GetRequiredService<IUserDirectory>();
        var settings = scoped.GetRequiredService<IDigestSettingsStore>();
        var planner = scoped.GetRequiredService<DigestPlanner>();
        foreach (var leadId in await scoped.GetRequiredService<ITeamStore>().LeadsWithMembersAsync(ct))
        {
            if ((await settings.GetAsync(leadId, ct)).NextAt is not null) continue;
            if (await users.FindAsync(leadId, ct) is { Role: Role.Lead } lead) await planner.PlanAsync(lead, now, ct);
        }
    }


    public static IReadOnlyList<(UserRef Lead, IReadOnlyList<UserRef> Members)> Read(IConfiguration configuration) =>
        configuration.GetSection(Section).GetChildren()
            .Select(team => (Lead: ParseRef(team["Lead"], team.Path), Members: (IReadOnlyList<UserRef>)team.GetSection("Members").GetChildren().Select(m => ParseRef(m.Value, m.Path)).ToList()))
            .ToList();

    /// <summary>"channel/tenant/user", the way a person is written in logs; user ids may themselves contain slashes.</summary>
    public static UserRef ParseRef(string? text, string key)
    {
        var parts = (text ?? "").Split('/', 3);
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
            throw new InvalidOperationException($"{key} must be written channel/tenant/user (e.g. slack/T0123/U0456), not '{text}'.");
        return new UserRef(parts[0].Trim(), parts[1].Trim(), parts[2].Trim());
    }
}
