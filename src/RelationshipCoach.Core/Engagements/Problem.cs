using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Something wrong with what a rep wrote, as a text key and its arguments, worded only when it is said.</summary>
public sealed record Problem(string Key, IReadOnlyList<object> Args)
{
    public static Problem Of(string key, params object[] args) => new(key, args);

    /// <summary>The problem in the rep's language; dates are written the short way.</summary>
    public string Say(Language language) =>
        Texts.Default.Get(language, Key, Args.Select(a => a is LocalDate d ? EngagementDates.Short(d, language) : a).ToArray());
}
