using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.People;

/// <summary>The language to write to a person in when they did not just write themselves: their choice, else their channel's locale.</summary>
public static class PreferredLanguage
{
    public static Language Of(UserProfile profile) =>
        profile.Language ?? (LanguageCodes.TryParse(profile.ChannelLocale, out var locale) ? locale : Language.En);
}
