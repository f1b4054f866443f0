using Microsoft.Extensions.Caching.Memory;

namespace RelationshipCoach.Slack.Api;

/// <summary>What Slack's users.info says about a person (time zone, locale, name, email), asked once and kept a few hours.</summary>
public sealed class SlackPeople(SlackApiClient api, IMemoryCache cache)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(6);

    public async Task<PersonHints> HintsAsync(string team, string user, string token, CancellationToken ct)
    {
        var key = $"slack-person:{team}:{user}";
        if (cache.TryGetValue(key, out PersonHints? known) && known is not null) return known;
        var info = await api.UserInfoAsync(token, user, ct);
        if (info is null) return PersonHints.None;
        var profile = info["profile"];
        var hints = new PersonHints(
            Locale: (string?)info["locale"],
            TimeZone: (string?)info["tz"],
            DisplayName: NonEmpty((string?)profile?["display_name"]) ?? NonEmpty((string?)info["real_name"]) ?? NonEmpty((string?)profile?["real_name"]),
            Email: NonEmpty((string?)profile?["email"]))
        {
            IsBot = (bool?)info["is_bot"] == true || (string?)info["id"] == "USLACKBOT",
        };
        cache.Set(key, hints, KeepFor);
        return hints;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>The channel's hints about a person; the coach decides what to make of them.</summary>
public sealed record PersonHints(string? Locale, string? TimeZone, string? DisplayName, string? Email)
{
    /// <summary>Bots (the coach itself included) sit in channels too, but are nobody's rep.</summary>
    public bool IsBot { get; init; }

    public static readonly PersonHints None = new(null, null, null, null);
}
