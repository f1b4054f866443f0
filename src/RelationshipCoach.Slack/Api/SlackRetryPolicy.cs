using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace RelationshipCoach.Slack.Api;

/// <summary>Retries Slack Web API calls on 429 after the Retry-After Slack names, and on 5xx or network failures with backoff.</summary>
public static class SlackRetryPolicy
{
    /// <summary>A Retry-After longer than this is not waited for: the call fails and is logged instead.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    public static IHttpClientBuilder AddSlackRetries(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("slack-retry", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests
                    ? RetryAfter(response) is { } delay && delay <= MaxRetryAfter
                    : (int)response.StatusCode >= 500,
                { Exception: HttpRequestException or TimeoutException } => true,
                _ => false,
            }),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response ? RetryAfter(response) : null),
        }).AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            // Half the calls failing over 30 s (at least 10) opens the circuit for 30 s: a channel that is down is left
            // alone, and what could not be sent waits in the coach's delivery ledger instead of hammering it.
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(30),
        }));
        return builder;
    }

    /// <summary>Slack sends Retry-After in seconds; a 429 without it waits one second.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.FromSeconds(1));
}
