using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Teams.Activities;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Teams;

/// <summary>Only the Bot Connector, proven by a token signed with its published keys, gets anything processed or stored.</summary>
public sealed class TeamsAuthenticationTests(TeamsBot bot) : IClassFixture<TeamsBot>
{
    public static TheoryData<string> RefusedTokens => ["audience", "issuer", "signature", "expired", "serviceUrl", "unsigned", "unknown key", "garbage"];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_token_that_is_wrong_in_any_way_gets_401_and_nothing_is_stored(string wrong)
    {
        using var otherKey = RSA.Create(2048);
        var channel = bot.Channel;
        var token = wrong switch
        {
            "audience" => channel.Token(audience: "another-bot"),
            "issuer" => channel.Token(issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
            "signature" => channel.Token(key: otherKey),
            "expired" => channel.Token(expires: DateTime.UtcNow.AddMinutes(-6)),
            "serviceUrl" => channel.Token(serviceUrl: "https://smba.trafficmanager.net/amer/"),
            "unsigned" => channel.UnsignedToken(),
            "unknown key" => channel.Token(key: otherKey, kid: "rolled-key"),
            _ => "not-a-jwt",
        };
        var user = "refused-" + wrong.Replace(' ', '-');
        var message = bot.Activities.Message(user, "call Acme pricing");

        var response = await bot.PostAsync(message, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(message, user);
    }

    [Fact]
    public async Task A_token_within_the_five_minutes_of_clock_skew_is_accepted()
    {
        var message = bot.Activities.Message("skew-rep", "help");

        var response = await bot.PostAsync(message, bot.Channel.Token(expires: DateTime.UtcNow.AddMinutes(-2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_key_endorsed_for_teams_does_not_sign_for_another_channel()
    {
        var message = bot.Activities.Message("webchat-rep", "help");
        message["channelId"] = "webchat";

        var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_when_an_app_id_is_configured()
    {
        var message = bot.Activities.Message("no-token-rep", "help");

        var response = await bot.Http.PostAsJsonAsync("/api/messages", message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(message, "no-token-rep");
    }

    [Fact]
    public async Task Without_an_app_id_a_caller_that_is_not_provably_local_is_refused()
    {
        await using var host = CoachFactory.With(new Dictionary<string, string?> { ["Teams:OpenIdMetadataUrl"] = bot.Channel.MetadataUrl });

        var response = await host.CreateClient().PostAsJsonAsync("/api/messages", bot.Activities.Message("remote-rep", "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_id_a_loopback_caller_is_answered_without_a_token_like_the_Teams_App_Test_Tool()
    {
        await using var host = CoachFactory.With(new Dictionary<string, string?> { ["Teams:OpenIdMetadataUrl"] = bot.Channel.MetadataUrl })
            .WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, LoopbackCaller>()));
        var message = bot.Activities.Message("local-rep", "help");

        var response = await host.CreateClient().PostAsJsonAsync("/api/messages", message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await bot.Channel.WaitForAsync(c => c.Path.EndsWith("/activities/" + (string)message["id"]!));
        Assert.Equal("", reply.Authorization);
    }

    private async Task AssertNothingStoredAsync(JsonObject message, string user)
    {
        await using var scope = bot.Host.Services.CreateAsyncScope();
        var activity = System.Text.Json.JsonSerializer.Deserialize<Activity>(message, ActivityJson.Options)!;
        Assert.True(await scope.ServiceProvider.GetRequiredService<IInboundLedger>().FirstTimeAsync(ActivityKeys.Delivery(activity), CancellationToken.None));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IChannelAddressBook>()
            .LookupAsync(new UserRef(Channels.Teams, TeamsActivities.Tenant, "aad-" + user), CancellationToken.None));
    }

    /// <summary>Makes every test-server request come from 127.0.0.1, as the Teams App Test Tool's would.</summary>
    private sealed class LoopbackCaller : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, proceed) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Loopback;
                return proceed();
            });
            next(app);
        };
    }
}
