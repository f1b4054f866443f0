namespace RelationshipCoach.Core.Guidance;

/// <summary>The <see cref="Replies.Reply.Kind"/> values of the replies guidance produces.</summary>
public static class GuidanceKinds
{
    public const string Guidance = "guidance";
    public const string Clarify = "guidance.clarify";
    public const string Idea = "guidance.idea";
    public const string RelationshipLevel = "relationship.level";
}
