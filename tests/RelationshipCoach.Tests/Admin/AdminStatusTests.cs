using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Playground;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Admin;

public sealed class AdminStatusTests
{
    [Fact]
    public async Task Without_a_configured_key_there_is_no_admin_endpoint()
    {
        await using var host = new CoachFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await host.CreateClient().GetAsync("/admin/status")).StatusCode);
    }

    [Fact]
    public async Task The_status_shows_failed_deliveries_to_the_key_holder_only()
    {
        await using var host = CoachFactory.With(new Dictionary<string, string?> { ["Admin:ApiKey"] = "s3cret-admin-key" });
        var http = host.CreateClient();
        Assert.True((await http.GetAsync("/healthz")).IsSuccessStatusCode);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var rep = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().GetOrCreateAsync(PlaygroundUsers.Ref("rep1"), default);
            await scope.ServiceProvider.GetRequiredService<IDeliveryLedger>().RecordFailedAsync(rep.Id,
                new Reply { Kind = "call.reminder", Title = "Confirm your call with Acme in writing" },
                new DeliveryFailure(NodaTime.SystemClock.Instance.GetCurrentInstant(), 25, "HttpRequestException: connector answered 503"), default);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/admin/status")).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Get, "/admin/status") { Headers = { { "X-Admin-Key", "guess" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);

        var right = new HttpRequestMessage(HttpMethod.Get, "/admin/status") { Headers = { { "X-Admin-Key", "s3cret-admin-key" } } };
        var status = (await (await http.SendAsync(right)).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(0, (int)status["unanswered"]!["slack"]!);
        Assert.Equal(0, (int)status["unanswered"]!["teams"]!);
        Assert.Equal(1, (int)status["failed"]!["count"]!);
        var failure = status["failed"]!["recent"]!.AsArray().Single()!;
        Assert.Equal("playground/playground/rep1", (string)failure["user"]!);
        Assert.Equal(25, (int)failure["attempts"]!);
    }
}
