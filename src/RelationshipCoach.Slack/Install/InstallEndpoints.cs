using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Slack.Api;

namespace RelationshipCoach.Slack.Install;

/// <summary>OAuth v2 install: /api/slack/install sends the browser to Slack, /api/slack/oauth/callback stores the workspace's bot token.</summary>
public static class InstallEndpoints
{
    public const string CallbackPath = "/api/slack/oauth/callback";

    public static void MapSlackInstall(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/slack/install", Install);
        app.MapGet(CallbackPath, CallbackAsync);
    }

    private static IResult Install(HttpContext http, SlackOptions options, InstallState states)
    {
        var (state, nonce) = states.Create();
        http.Response.Cookies.Append(InstallState.CookieName, nonce, new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, MaxAge = InstallState.Lifetime, Path = CallbackPath,
        });
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["client_id"] = options.ClientId, ["scope"] = options.Scopes, ["state"] = state, ["redirect_uri"] = RedirectUri(http, options),
        });
        return Results.Redirect(options.AuthorizeUrl + query.ToUriComponent());
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext http, SlackOptions options, InstallState states, SlackApiClient api, SlackInstallations installations, ILoggerFactory logs, CancellationToken ct)
    {
        var query = http.Request.Query;
        if (!states.IsValid(query["state"], http.Request.Cookies[InstallState.CookieName]))
            return Results.BadRequest("This install link has expired or was not started here. Start again at /api/slack/install.");
        if (query["error"].FirstOrDefault() is { } error) return Results.BadRequest($"Slack did not install the app: {error}.");
        if (string.IsNullOrEmpty(query["code"])) return Results.BadRequest("Slack sent no code.");

        var access = await api.ExchangeCodeAsync(options.ClientId!, options.ClientSecret!, query["code"]!, RedirectUri(http, options), ct);
        if ((string?)access?["access_token"] is not { } token || (string?)access["team"]?["id"] is not { } team)
            return Results.Problem("Slack did not confirm the install; see the log.", statusCode: StatusCodes.Status502BadGateway);

        var name = (string?)access["team"]?["name"];
        await installations.SaveAsync(new SlackInstallation(team, name, token, (string?)access["bot_user_id"]), ct);
        http.Response.Cookies.Delete(InstallState.CookieName, new CookieOptions { Path = CallbackPath });
        logs.CreateLogger(typeof(InstallEndpoints)).LogInformation("Slack workspace {Team} installed the coach.", team);
        return Results.Text($"RelationshipCoach is installed in {name ?? team}. You can close this page and message the coach in Slack.");
    }

    private static string RedirectUri(HttpContext http, SlackOptions options) =>
        options.RedirectUrl ?? $"{http.Request.Scheme}://{http.Request.Host}{CallbackPath}";
}
