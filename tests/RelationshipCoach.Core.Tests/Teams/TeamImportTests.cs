using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Teams;

namespace RelationshipCoach.Core.Tests.Teams;

public sealed class TeamImportTests
{
    private static readonly UserRef Lead = new(Channels.Slack, "T1", "ULEAD");

    [Fact]
    public async Task A_leads_channel_members_join_the_team_with_their_names_but_not_the_lead_nor_other_workspaces()
    {
        var users = new MemoryUsers();
        var teams = new MemoryTeams();
        await users.SaveAsync((await users.GetOrCreateAsync(Lead, default)) with { Role = Role.Lead }, default);
        var import = new TeamImport(users, teams);

        var added = await import.ImportAsync(Lead,
        [
            new ImportedColleague(new UserRef(Channels.Slack, "T1", "UANNA"), "Anna", "anna@example.com"),
            new ImportedColleague(new UserRef(Channels.Slack, "T1", "UBEN"), "Ben", null),
            new ImportedColleague(Lead, "Lead", null),
            new ImportedColleague(new UserRef(Channels.Slack, "T2", "UEVE"), "Eve", null),
        ], Instant.FromUtc(2026, 11, 26, 9, 0), default);

        Assert.Equal(["Anna", "Ben"], added.Select(a => a.DisplayName));
        Assert.Equal(["Anna", "Ben"], teams.Rows.Select(r => users.All[r.RepId].DisplayName));
        Assert.Equal("anna@example.com", users.All.Values.Single(u => u.DisplayName == "Anna").Email);
        Assert.Empty(await import.ImportAsync(Lead, [new ImportedColleague(new UserRef(Channels.Slack, "T1", "UANNA"), "Anna", null)], Instant.FromUtc(2026, 11, 27, 9, 0), default));
    }

    [Fact]
    public async Task A_rep_cannot_import_a_team()
    {
        var users = new MemoryUsers();
        var teams = new MemoryTeams();
        var added = await new TeamImport(users, teams).ImportAsync(Lead,
            [new ImportedColleague(new UserRef(Channels.Slack, "T1", "UANNA"), "Anna", null)], Instant.FromUtc(2026, 11, 26, 9, 0), default);

        Assert.Empty(added);
        Assert.Empty(teams.Rows);
    }

    private sealed class MemoryUsers : IUserDirectory
    {
        public Dictionary<long, UserProfile> All { get; } = [];

        public Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken ct)
        {
            var found = All.Values.FirstOrDefault(u => u.Ref == user);
            if (found is null) All[All.Count + 1] = found = new UserProfile(All.Count + 1, user);
            return Task.FromResult(found);
        }

        public Task<UserProfile?> FindAsync(long id, CancellationToken ct) => Task.FromResult(All.GetValueOrDefault(id));

        public Task SaveAsync(UserProfile profile, CancellationToken ct)
        {
            All[profile.Id] = profile;
            return Task.CompletedTask;
        }
    }

    private sealed class MemoryTeams : ITeamStore
    {
        public List<TeamMembership> Rows { get; } = [];

        public Task<bool> AddAsync(long leadId, long repId, Instant at, CancellationToken ct)
        {
            if (Rows.Any(r => r.LeadId == leadId && r.RepId == repId && r.IsActive)) return Task.FromResult(false);
            Rows.Add(new TeamMembership(leadId, repId, at, null));
            return Task.FromResult(true);
        }

        public Task<bool> RemoveAsync(long leadId, long repId, Instant at, CancellationToken ct) => throw new NotSupportedException();

        public Task<IReadOnlyList<TeamMembership>> MembersAsync(long leadId, Instant leftSince, CancellationToken ct) => throw new NotSupportedException();

        public Task<IReadOnlyList<TeamMembership>> LeadsOfAsync(IReadOnlyCollection<long> repIds, CancellationToken ct) => throw new NotSupportedException();

        public Task<IReadOnlyList<long>> LeadsWithMembersAsync(CancellationToken ct) => throw new NotSupportedException();
    }
}
