using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Conversation;

/// <summary>
/// Turns what a person said or clicked into the coach's replies: loads the person, settles language and
/// time zone, and hands the turn to the first route of the intent table that matches it.
/// </summary>
public sealed class Coach(IUserDirectory users, IServiceProvider handlers, TimeProvider clock)
{
    /// <summary>Longer messages are refused: no situation a rep describes needs more, and it bounds the work per message.</summary>
    public const int MaxTextLength = 4000;

    public async Task<IReadOnlyList<Reply>> HandleAsync(Inbound inbound, CancellationToken ct)
    {
        inbound = InboundText.Clean(inbound);
        var turn = await StartTurnAsync(inbound, ct);
        if (inbound.Text.Length > MaxTextLength)
            return [new Reply { Kind = "error.too-long", Blocks = [new TextBlock(turn.Say("error.too-long", MaxTextLength))] }];

        var route = IntentTable.Routes.FirstOrDefault(r => r.Matches(turn));
        if (route is null) return [Unknown(turn)];
        var handler = (IIntentHandler)(handlers.GetService(route.Handler)
            ?? throw new InvalidOperationException($"Handler {route.Handler.Name} is not registered."));
        return await handler.HandleAsync(turn, ct);
    }

    private async Task<Turn> StartTurnAsync(Inbound inbound, CancellationToken ct)
    {
        var profile = await users.GetOrCreateAsync(inbound.User, ct);
        var updated = WithChannelHints(profile, inbound);
        if (updated != profile) await users.SaveAsync(updated, ct);
        var language = ReplyLanguage(updated, inbound);
        var zone = Zones.Find(updated.TimeZoneId) ?? DateTimeZone.Utc;
        return new Turn(inbound, updated, language, zone, Instant.FromDateTimeOffset(clock.GetUtcNow()));
    }

    /// <summary>Channels report locale, time zone, name and email; a person's own settings always win over them.</summary>
    private static UserProfile WithChannelHints(UserProfile profile, Inbound inbound) => profile with
    {
        ChannelLocale = inbound.Locale ?? profile.ChannelLocale,
        TimeZoneId = profile.TimeZoneId ?? (Zones.Find(inbound.TimeZone) is not null ? inbound.TimeZone : null),
        DisplayName = inbound.DisplayName ?? profile.DisplayName,
        Email = inbound.Email ?? profile.Email,
    };

    /// <summary>The person's setting, else the channel's locale, else the language the message is written in.</summary>
    private static Language ReplyLanguage(UserProfile profile, Inbound inbound)
    {
        if (profile.Language is { } chosen) return chosen;
        if (LanguageCodes.TryParse(inbound.Locale ?? profile.ChannelLocale, out var channel)) return channel;
        return LanguageDetector.Detect(inbound.Text) ?? Language.En;
    }

    private static Reply Unknown(Turn turn) => new()
    {
        Kind = "unknown",
        Blocks = [new TextBlock(turn.Say(turn.Action is not null ? "unknown.action" : turn.Text.Length == 0 ? "unknown.empty" : "unknown.text"))],
        Actions = [new ReplyAction("help", turn.Say("help.action"))],
    };
}
