namespace RelationshipCoach.Core.People;

/// <summary>Finds people the coach already knows, to resolve a colleague's name and to join one person's profiles on several channels.</summary>
public interface IPeopleSearch
{
    /// <summary>
    /// People of one channel's tenant or workspace whose channel user id or email equals <paramref name="name"/>, or whose
    /// display name equals or starts with it (case-insensitive); never anyone from another tenant.
    /// </summary>
    Task<IReadOnlyList<UserProfile>> FindInTenantAsync(string channel, string tenant, string name, CancellationToken ct);

    /// <summary>Every profile, on any channel, whose channel-verified email is <paramref name="email"/> (case-insensitive).</summary>
    Task<IReadOnlyList<UserProfile>> WithEmailAsync(string email, CancellationToken ct);
}
