using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Conversation;

/// <summary>One inbound message with everything a handler needs to answer it: who, in which language, zone and moment.</summary>
public sealed record Turn(Inbound Inbound, UserProfile User, Language Language, DateTimeZone Zone, Instant Now)
{
    public string Text => Inbound.Text;

    public InboundAction? Action => Inbound.Action;

    public LocalDateTime LocalNow => Now.InZone(Zone).LocalDateTime;

    /// <summary>The text for a key in the person's language.</summary>
    public string Say(string key, params object?[] args) => Texts.Default.Get(Language, key, args);
}
