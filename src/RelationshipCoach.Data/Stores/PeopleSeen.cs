using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Data.Stores;

/// <summary>
/// The people one scope (a request, a job run) has already read or written, so that a turn asks the database about
/// its person once: the coach, the address book and the messenger each look the same person up.
/// </summary>
public sealed class PeopleSeen
{
    private readonly Dictionary<UserRef, UserProfile> _byRef = [];
    private readonly Dictionary<long, UserProfile> _byId = [];

    public UserProfile? Find(UserRef user) => _byRef.GetValueOrDefault(user);

    public UserProfile? Find(long id) => _byId.GetValueOrDefault(id);

    public UserProfile Remember(UserProfile profile)
    {
        _byRef[profile.Ref] = profile;
        _byId[profile.Id] = profile;
        return profile;
    }

    public void Forget(long id)
    {
        if (_byId.Remove(id, out var profile)) _byRef.Remove(profile.Ref);
    }
}
