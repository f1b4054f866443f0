namespace RelationshipCoach.Core.Conversation;

/// <summary>Who a person is on one channel: the channel, the tenant or workspace, and the channel's user id.</summary>
public sealed record UserRef(string Channel, string Tenant, string UserId)
{
    public override string ToString() => $"{Channel}/{Tenant}/{UserId}";
}

/// <summary>The channels the coach speaks on.</summary>
public static class Channels
{
    public const string Playground = "playground";
    public const string Teams = "teams";
    public const string Slack = "slack";
}
