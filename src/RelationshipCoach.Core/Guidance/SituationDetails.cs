using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>The concrete details of a rep's situation that guidance echoes back or offers to act on.</summary>
public sealed record SituationDetails(string? Client, string? Topic, bool MentionsCall, bool MentionsProject)
{
    public static SituationDetails Read(string text, Language language) => new(
        ClientNameFinder.Find(text, language),
        TopicFinder.Find(text, language),
        Mentions.Call(text),
        Mentions.Project(text));
}
