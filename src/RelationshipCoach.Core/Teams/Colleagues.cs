using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Teams;

/// <summary>Finds the colleague a person named, only among the people of that person's own channel tenant or workspace.</summary>
public sealed class Colleagues(IPeopleSearch people)
{
    public async Task<IReadOnlyList<UserProfile>> FindAsync(UserRef asking, string named, CancellationToken ct)
    {
        var name = ColleagueName.Clean(named);
        if (name.Length == 0) return [];
        var found = await people.FindInTenantAsync(asking.Channel, asking.Tenant, name, ct);
        // An exact id, email or name beats people whose name merely starts with what was typed.
        var exact = found.Where(p => Is(p.Ref.UserId, name) || Is(p.Email, name) || Is(p.DisplayName, name)).ToList();
        return (exact.Count > 0 ? exact : found).Where(p => p.Id != 0).ToList();
    }

    private static bool Is(string? value, string name) => string.Equals(value, name, StringComparison.OrdinalIgnoreCase);
}
