using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Conversation;
using RelationshipCoach.Slack.Rendering;

namespace RelationshipCoach.Slack.Commands;

/// <summary>
/// /coach: the command's text goes to the coach as it is. A quick answer is the command's response itself; a slow
/// one gets an immediate ephemeral acknowledgement and follows through the response_url.
/// </summary>
public sealed class SlashCommandHandler(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<SlashCommandHandler> log)
{
    /// <summary>Slack shows an error after 3 s; this leaves room for the network.</summary>
    public static readonly TimeSpan AnswerBudget = TimeSpan.FromSeconds(2);

    /// <summary>Shown while the coach works; a symbol, because the coach, not the channel, chooses words.</summary>
    public const string WorkingText = "⏳";

    public async Task<JsonObject> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var scope = scopes.CreateAsyncScope();
        var work = AskCoachAsync(scope.ServiceProvider, command, lifetime.ApplicationStopping);
        // WaitAsync drops its timer as soon as the work is done; a Task.Delay raced against it would keep a timer
        // alive for the whole budget after every quick answer.
        await ((Task)work.WaitAsync(AnswerBudget, clock, ct)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!work.IsCompletedSuccessfully)
        {
            _ = FollowUpAsync(work, scope, command, all: true);
            return new JsonObject { ["response_type"] = "ephemeral", ["text"] = WorkingText };
        }
        var replies = work.Result;
        if (replies.Count > 1 && command.ResponseUrl is not null) _ = FollowUpAsync(work, scope, command, all: false);
        else await scope.DisposeAsync();
        return replies.Count > 0 ? SlackReplies.ResponseBody(replies[0]) : new JsonObject { ["response_type"] = "ephemeral", ["text"] = " " };
    }

    private static async Task<IReadOnlyList<Reply>> AskCoachAsync(IServiceProvider services, SlashCommand command, CancellationToken ct)
    {
        await Task.Yield();
        var token = await services.GetRequiredService<SlackBotTokens>().ForTeamAsync(command.Team, ct);
        var inbound = await services.GetRequiredService<SlackInbound>().CreateAsync(command.Team, command.User, command.Text, action: null, token, ct);
        return await services.GetRequiredService<Coach>().HandleAsync(inbound, ct);
    }

    /// <summary>The replies (all, or those after the first that went in the response) through the response_url.</summary>
    private async Task FollowUpAsync(Task<IReadOnlyList<Reply>> work, AsyncServiceScope scope, SlashCommand command, bool all)
    {
        await using var _ = scope;
        try
        {
            var replies = await work;
            if (command.ResponseUrl is null) return;
            await scope.ServiceProvider.GetRequiredService<SlackReplies>()
                .RespondAsync(command.ResponseUrl, all ? replies : replies.Skip(1), lifetime.ApplicationStopping);
        }
        catch (Exception e) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            log.LogError(e, "The answer to a slash command could not be delivered.");
        }
    }
}
