using Microsoft.Extensions.Configuration;

namespace RelationshipCoach.Slack;

/// <summary>The Slack:* configuration keys, read once at start; docs/slack.md lists them with their meaning.</summary>
public sealed record SlackOptions
{
    public const string DefaultScopes = "app_mentions:read,chat:write,commands,im:history,im:read,im:write,users:read,users:read.email";

    public string? SigningSecret { get; init; }
    public string? BotToken { get; init; }
    public string? AppToken { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public string? RedirectUrl { get; init; }
    public Uri ApiBaseUrl { get; init; } = new("https://slack.com/api/");
    public Uri AuthorizeUrl { get; init; } = new("https://slack.com/oauth/v2/authorize");
    public string Scopes { get; init; } = DefaultScopes;
    public string InboxFolder { get; init; } = "data/slack-inbox";
    public string KeysFolder { get; init; } = "data/keys";

    /// <summary>The HTTP endpoints exist only when requests can be verified.</summary>
    public bool HttpEnabled => SigningSecret is not null;
    public bool InstallEnabled => ClientId is not null && ClientSecret is not null;
    public bool SocketModeEnabled => AppToken is not null;

    public static SlackOptions Read(IConfiguration config)
    {
        static string? Value(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        var apiBase = Value(config["Slack:ApiBaseUrl"]) ?? "https://slack.com/api/";
        if (!Uri.TryCreate(apiBase.EndsWith('/') ? apiBase : apiBase + "/", UriKind.Absolute, out var apiUri))
            throw new InvalidOperationException($"Slack:ApiBaseUrl must be an absolute URL, not '{apiBase}'.");
        var authorize = Value(config["Slack:AuthorizeUrl"]) ?? "https://slack.com/oauth/v2/authorize";
        if (!Uri.TryCreate(authorize, UriKind.Absolute, out var authorizeUri))
            throw new InvalidOperationException($"Slack:AuthorizeUrl must be an absolute URL, not '{authorize}'.");
        return new SlackOptions
        {
            SigningSecret = Value(config["Slack:SigningSecret"]),
            BotToken = Value(config["Slack:BotToken"]),
            AppToken = Value(config["Slack:AppToken"]),
            ClientId = Value(config["Slack:ClientId"]),
            ClientSecret = Value(config["Slack:ClientSecret"]),
            RedirectUrl = Value(config["Slack:RedirectUrl"]),
            ApiBaseUrl = apiUri,
            AuthorizeUrl = authorizeUri,
            Scopes = Value(config["Slack:Scopes"]) ?? DefaultScopes,
            InboxFolder = Value(config["Slack:InboxFolder"]) ?? "data/slack-inbox",
            KeysFolder = Value(config["DataProtection:KeysFolder"]) ?? "data/keys",
        };
    }
}
