using RelationshipCoach.Core.Conversation;

namespace RelationshipCoach.Core.People;

/// <summary>Where the coach keeps the people it talks to.</summary>
public interface IUserDirectory
{
    /// <summary>The profile for a channel user, created on first contact.</summary>
    Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken ct);

    Task<UserProfile?> FindAsync(long id, CancellationToken ct);

    Task SaveAsync(UserProfile profile, CancellationToken ct);
}
