namespace RelationshipCoach.Teams;

/// <summary>The "Teams" configuration section: the bot's identity and the endpoints it trusts.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>The Azure Bot's Entra app id; empty means local trying, where only loopback callers are accepted.</summary>
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    /// <summary>MultiTenant (tokens from the botframework.com tenant) or SingleTenant (tokens from MicrosoftAppTenantId).</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /// <summary>Overrides the Entra token endpoint derived from the app type and tenant.</summary>
    public string? TokenEndpoint { get; set; }
    /// <summary>Where accepted activities wait, one file each, until they are handled.</summary>
    public string InboxFolder { get; set; } = "data/teams-inbox";

    public bool IsLocal => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The bot's channel account id, as Teams addresses it.</summary>
    public string BotId => $"28:{MicrosoftAppId}";

    public Uri TokenUri()
    {
        if (!string.IsNullOrWhiteSpace(TokenEndpoint)) return new Uri(TokenEndpoint);
        var single = string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);
        if (single && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            throw new InvalidOperationException("Teams:MicrosoftAppType SingleTenant needs Teams:MicrosoftAppTenantId.");
        var tenant = single ? MicrosoftAppTenantId : "botframework.com";
        return new Uri($"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token");
    }
}
