using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RelationshipCoach.Teams.Authentication;

/// <summary>
/// Checks the bearer token the Bot Connector sends with every activity: signed with a key from the Bot Framework's
/// OpenID metadata (endorsed for the channel), issued by api.botframework.com, for our app id, in date with
/// five minutes' skew, and naming the activity's service URL.
/// </summary>
public sealed class BotTokenValidator(IConfigurationManager<OpenIdConnectConfiguration> metadata, IOptions<TeamsOptions> options, ILogger<BotTokenValidator> logger)
{
    public const string Issuer = "https://api.botframework.com";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<bool> IsValidAsync(string? authorization, string? serviceUrl, string? channelId, CancellationToken ct)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        var token = authorization["Bearer ".Length..].Trim();
        if (token.Length == 0) return false;

        var result = await ValidateAsync(token, await metadata.GetConfigurationAsync(ct));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // A key Microsoft rolled in since we last fetched: refetch once (the manager throttles refreshes).
            metadata.RequestRefresh();
            result = await ValidateAsync(token, await metadata.GetConfigurationAsync(ct));
        }
        if (!result.IsValid)
        {
            logger.LogInformation("Refused a Teams request: {Reason}", result.Exception?.GetType().Name ?? "invalid token");
            return false;
        }
        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var claimed) || !SameServiceUrl(claimed, serviceUrl))
        {
            logger.LogInformation("Refused a Teams request: the token's serviceurl does not match the activity's.");
            return false;
        }
        if (!IsEndorsed(await metadata.GetConfigurationAsync(ct), jwt.Kid, channelId))
        {
            logger.LogInformation("Refused a Teams request: the signing key is not endorsed for channel {Channel}.", channelId);
            return false;
        }
        return true;
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration configuration) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = options.Value.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = ClockSkew,
        });

    private static bool SameServiceUrl(string? claimed, string? actual) =>
        !string.IsNullOrEmpty(claimed) && !string.IsNullOrEmpty(actual)
        && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>A key that lists endorsements must list the activity's channel; an activity without a channel id passes, as in the SDK.</summary>
    private static bool IsEndorsed(OpenIdConnectConfiguration configuration, string? kid, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId)) return true;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null) return true;
        var endorsements = Endorsements(raw).ToList();
        return endorsements.Count == 0 || endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Endorsements(object raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.ToString()),
        IEnumerable<object> list => list.Select(o => o?.ToString() ?? ""),
        string single => [single],
        _ => [],
    };
}
