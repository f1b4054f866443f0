using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RelationshipCoach.Teams.Connector;

/// <summary>The bot's own access token for the connector (client credentials), cached until five minutes before it expires.</summary>
public sealed class AppTokenProvider(IHttpClientFactory clients, IOptions<TeamsOptions> options, TimeProvider clock)
{
    public const string HttpClientName = "Teams.Token";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _refreshAt;

    /// <summary>The token, or null in local mode where no app id is configured and the local connector needs none.</summary>
    public async Task<string?> GetAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (o.IsLocal) return null;
        if (_token is not null && clock.GetUtcNow() < _refreshAt) return _token;
        await _gate.WaitAsync(ct);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _refreshAt) return _token;
            using var response = await clients.CreateClient(HttpClientName).PostAsync(o.TokenUri(), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = o.MicrosoftAppId!,
                ["client_secret"] = o.MicrosoftAppPassword ?? "",
                ["scope"] = "https://api.botframework.com/.default",
            }), ct);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(ct)
                ?? throw new HttpRequestException("The token endpoint answered an empty body.");
            _token = body.AccessToken;
            _refreshAt = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(0, body.ExpiresIn)) - RefreshMargin;
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
