using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Teams;

/// <summary>A colleague as a channel's member list reports them: their reference and whatever name and email it gives.</summary>
public sealed record ImportedColleague(UserRef Ref, string? DisplayName, string? Email);

/// <summary>
/// Fills a lead's team from a channel's member list (a Teams team's roster, a Slack channel's members). Only a lead
/// imports, only colleagues of the lead's own tenant or workspace, and the lead is never their own member.
/// </summary>
public sealed class TeamImport(IUserDirectory users, ITeamStore teams)
{
    /// <summary>The colleagues who joined the team (those already in it are not listed).</summary>
    public async Task<IReadOnlyList<UserProfile>> ImportAsync(UserRef leadRef, IReadOnlyList<ImportedColleague> colleagues, Instant at, CancellationToken ct)
    {
        var lead = await users.GetOrCreateAsync(leadRef, ct);
        if (lead.Role != Role.Lead) return [];
        var added = new List<UserProfile>();
        foreach (var colleague in colleagues.Where(c => c.Ref.Channel == leadRef.Channel && c.Ref.Tenant == leadRef.Tenant && c.Ref != leadRef))
        {
            var profile = await users.GetOrCreateAsync(colleague.Ref, ct);
            var hinted = profile with { DisplayName = profile.DisplayName ?? colleague.DisplayName, Email = profile.Email ?? colleague.Email };
            if (hinted != profile) await users.SaveAsync(hinted, ct);
            if (await teams.AddAsync(lead.Id, profile.Id, at, ct)) added.Add(hinted);
        }
        return added;
    }
}
