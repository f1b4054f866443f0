using System.Text.Json;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Playground;

/// <summary>Delivers proactive replies to playground users by putting them in their feed.</summary>
public sealed class PlaygroundMessenger(IUserDirectory users, PlaygroundFeed feed)
{
    public async Task SendAsync(UserRef to, Reply reply, CancellationToken ct)
    {
        var profile = await users.GetOrCreateAsync(to, ct);
        await feed.AppendAsync(profile.Id, JsonSerializer.Serialize(reply, ReplyJson.Options), ct);
    }
}
