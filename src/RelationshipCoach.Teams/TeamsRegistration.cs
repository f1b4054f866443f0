using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Polly;
using RelationshipCoach.Teams.Activities;
using RelationshipCoach.Teams.Authentication;
using RelationshipCoach.Teams.Connector;

namespace RelationshipCoach.Teams;

/// <summary>Plugs the Teams channel into the host: its services and its messaging endpoint.</summary>
public static class TeamsRegistration
{
    public const string OpenIdHttpClient = "Teams.OpenIdMetadata";

    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<TeamsOptions>(builder.Configuration.GetSection(TeamsOptions.Section));

        services.AddHttpClient(OpenIdHttpClient);
        services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(sp => OpenIdMetadata.Create(
            sp.GetRequiredService<IOptions<TeamsOptions>>().Value.OpenIdMetadataUrl,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdHttpClient)));
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<CallerCheck>();

        services.AddHttpClient(AppTokenProvider.HttpClientName);
        services.AddSingleton<AppTokenProvider>();
        services.AddHttpClient<ConnectorClient>().AddResilienceHandler("teams-connector", pipeline =>
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // Teams' rate-limit guide: back off exponentially with jitter on 429, 412, 502, 504 (and any 5xx); Retry-After wins.
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result: { } r } => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)r.StatusCode >= 500,
                    _ => false,
                }),
            }).AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                // Half the calls failing over 30 s (at least 10) opens the circuit for 30 s: a channel that is down is left
                // alone, and what could not be sent waits in the coach's delivery ledger instead of hammering it.
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(30),
            }));

        services.AddSingleton<ActivityInbox>();
        services.AddSingleton<ActivityQueue>();
        services.AddHostedService<ActivityWorker>();
        services.AddScoped<ActivityProcessor>();
        services.AddScoped<TeamRoster>();
        services.AddScoped<TeamsMessenger>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapActivities();
        return endpoints;
    }
}
