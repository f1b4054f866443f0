using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RelationshipCoach.Teams.Activities;
using RelationshipCoach.Teams.Connector;
using RelationshipCoach.Teams.Manifest;

namespace RelationshipCoach.Teams.Tests;

public sealed class OutboundTests
{
    private const string TokenJson = """{"token_type":"Bearer","expires_in":3600,"access_token":"tok-1"}""";

    private static IOptions<TeamsOptions> Options(string? appId = "app-1", string type = "MultiTenant", string? tenant = null) =>
        Microsoft.Extensions.Options.Options.Create(new TeamsOptions { MicrosoftAppId = appId, MicrosoftAppPassword = "pw", MicrosoftAppType = type, MicrosoftAppTenantId = tenant });

    [Fact]
    public async Task The_app_token_is_fetched_once_and_again_only_five_minutes_before_it_expires()
    {
        var endpoint = new StubHandler(_ => StubHandler.Json(TokenJson));
        var clock = new ManualClock();
        var tokens = new AppTokenProvider(endpoint, Options(), clock);

        Assert.Equal("tok-1", await tokens.GetAsync(CancellationToken.None));
        clock.Now += TimeSpan.FromMinutes(54);
        await tokens.GetAsync(CancellationToken.None);
        Assert.Single(endpoint.Requests);
        clock.Now += TimeSpan.FromMinutes(2);
        await tokens.GetAsync(CancellationToken.None);

        Assert.Equal(2, endpoint.Requests.Count);
        var (request, body) = endpoint.Requests[0];
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.RequestUri!.ToString());
        Assert.Contains("grant_type=client_credentials", body);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", body);
    }

    [Fact]
    public void A_single_tenant_bot_asks_its_own_tenant_and_an_override_wins()
    {
        Assert.Equal("https://login.microsoftonline.com/t-42/oauth2/v2.0/token", Options(type: "SingleTenant", tenant: "t-42").Value.TokenUri().ToString());
        Assert.Throws<InvalidOperationException>(() => Options(type: "SingleTenant").Value.TokenUri());
        Assert.Equal("http://127.0.0.1:9/token", new TeamsOptions { TokenEndpoint = "http://127.0.0.1:9/token" }.TokenUri().ToString());
    }

    [Fact]
    public async Task Without_an_app_id_the_connector_is_called_without_a_token()
    {
        var connector = new StubHandler(_ => StubHandler.Json("""{"id":"a-1"}""", HttpStatusCode.Created));
        var client = new ConnectorClient(new HttpClient(connector), new AppTokenProvider(connector, Options(appId: null), new ManualClock()), NullLogger<ConnectorClient>.Instance);

        var id = await client.SendAsync("http://localhost:56150/_connector", "a:1", new Activity { Type = "message" }, CancellationToken.None);

        Assert.Equal("a-1", id);
        var request = Assert.Single(connector.Requests).Request;
        Assert.Null(request.Headers.Authorization);
        Assert.Equal("http://localhost:56150/_connector/v3/conversations/a%3A1/activities", request.RequestUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://evil.example.com/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("not a url")]
    public async Task A_service_url_that_is_neither_https_nor_local_is_never_called(string serviceUrl)
    {
        var connector = new StubHandler(_ => StubHandler.Json(TokenJson));
        var client = new ConnectorClient(new HttpClient(connector), new AppTokenProvider(connector, Options(), new ManualClock()), NullLogger<ConnectorClient>.Instance);

        await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(serviceUrl, "a:1", new Activity(), CancellationToken.None));

        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task A_refused_send_fails_with_the_status()
    {
        var connector = new StubHandler(r => r.RequestUri!.AbsolutePath.EndsWith("/token")
            ? StubHandler.Json(TokenJson)
            : StubHandler.Json("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", HttpStatusCode.Forbidden));
        var options = Options();
        options.Value.TokenEndpoint = "https://login.example.com/token";
        var client = new ConnectorClient(new HttpClient(connector), new AppTokenProvider(connector, options, new ManualClock()), NullLogger<ConnectorClient>.Instance);

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync("https://smba.trafficmanager.net/emea/", "a:1", new Activity(), CancellationToken.None));

        Assert.Equal(403, refused.Status);
        Assert.Equal("Bearer", connector.Requests[1].Request.Headers.Authorization!.Scheme);
    }

    [Fact]
    public void The_app_package_holds_the_manifest_with_the_app_id_everywhere_and_both_icons()
    {
        var appId = Guid.Parse("3f2a6c1e-8d4b-4e2a-9c1f-7a5b3d2e1f00");
        using var zip = new MemoryStream();
        TeamsAppPackage.Write(zip, appId, "1.2.3");

        zip.Position = 0;
        using var archive = new ZipArchive(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        var manifest = JsonNode.Parse(archive.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(appId.ToString(), (string)manifest["id"]!);
        Assert.Equal(appId.ToString(), (string)manifest["bots"]![0]!["botId"]!);
        Assert.Equal(appId.ToString(), (string)manifest["webApplicationInfo"]!["id"]!);
        Assert.Equal("1.2.3", (string)manifest["version"]!);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Contains(manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray(), p => (string)p!["name"]! == "OnlineMeeting.ReadBasic.Chat");
    }
}
