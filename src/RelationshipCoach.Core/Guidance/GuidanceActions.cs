namespace RelationshipCoach.Core.Guidance;

/// <summary>The ids of the buttons guidance replies carry, and the keys of the values each one sends back.</summary>
public static class GuidanceActions
{
    /// <summary>Shows the whole idea; values: <see cref="IdeaKey"/>.</summary>
    public const string More = "guidance.more";

    /// <summary>Shows the next idea for the same situation; values: <see cref="ExcludeKey"/>, <see cref="TextKey"/>.</summary>
    public const string Another = "guidance.another";

    /// <summary>The rep's verdict on an idea; values: <see cref="IdeaKey"/>, <see cref="HelpfulKey"/> ("yes"/"no").</summary>
    public const string Feedback = "guidance.feedback";

    /// <summary>Logs the call the rep mentioned; values: <see cref="ClientKey"/> and <see cref="TopicKey"/> when known.</summary>
    public const string CallLog = "call.log";

    /// <summary>Starts tracking the project the rep mentioned; values: <see cref="ClientKey"/> when known.</summary>
    public const string EngagementNew = "engagement.new";

    /// <summary>Explains a relationship level; values: <see cref="LevelKey"/>.</summary>
    public const string RelationshipLevel = "relationship.level";

    public const string IdeaKey = "idea";
    public const string ExcludeKey = "exclude";
    public const string TextKey = "text";
    public const string HelpfulKey = "helpful";
    public const string ClientKey = "client";
    public const string TopicKey = "topic";
    public const string LevelKey = "level";

    public const string Yes = "yes";
    public const string No = "no";
}
