using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace RelationshipCoach.Tests.Slack;

/// <summary>OAuth install on: client id and secret set, no single-workspace bot token.</summary>
public sealed class InstallHost : SlackHost
{
    protected override Dictionary<string, string?> Settings(FakeSlack slack) => new()
    {
        ["Slack:SigningSecret"] = Secret,
        ["Slack:ClientId"] = "123.456",
        ["Slack:ClientSecret"] = "client-secret",
        ["Slack:ApiBaseUrl"] = slack.ApiUrl.ToString(),
        ["Slack:AuthorizeUrl"] = new Uri(slack.BaseUrl, "oauth/v2/authorize").ToString(),
    };
}

public sealed class InstallTests(InstallHost host) : IClassFixture<InstallHost>
{
    [Fact]
    public async Task A_workspace_installs_and_its_encrypted_token_answers_its_people()
    {
        var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var start = await browser.GetAsync("/api/slack/install");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var location = start.Headers.Location!;
        Assert.StartsWith(new Uri(host.Slack.BaseUrl, "oauth/v2/authorize").ToString(), location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("123.456", query["client_id"]);
        Assert.Contains("chat:write", query["scope"].ToString());

        var forged = await browser.GetAsync($"/api/slack/oauth/callback?code=good-code&state=forged");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var otherBrowser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var stolen = await otherBrowser.GetAsync($"/api/slack/oauth/callback?code=good-code&state={Uri.EscapeDataString(query["state"]!)}");
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);

        var done = await browser.GetAsync($"/api/slack/oauth/callback?code=good-code&state={Uri.EscapeDataString(query["state"]!)}");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var exchange = Assert.Single(host.Slack.CallsTo("oauth.v2.access"));
        Assert.Equal("client-secret", (string?)exchange.Args["client_secret"]);

        var database = await File.ReadAllBytesAsync(Path.Combine(host.Factory.Folder, "coach.db"));
        Assert.DoesNotContain("xoxb-installed-token", System.Text.Encoding.UTF8.GetString(database));

        var ev = SlackSender.DirectMessage("UINST", "help");
        var envelope = SlackSender.Envelope(host.Sender.NewEventId(), ev);
        envelope["team_id"] = "T-INSTALLED";
        await host.Sender.PostAsync("/api/slack/events", envelope.ToJsonString(), "application/json");
        var posted = await host.Slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DUINST");
        Assert.Equal("xoxb-installed-token", posted.Token);
    }
}
