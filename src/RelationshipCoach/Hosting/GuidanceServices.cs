using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Data.Stores;
using RelationshipCoach.Guidance;

namespace RelationshipCoach.Hosting;

/// <summary>
/// The guidance engine: the offline classifier (trained on first start, then loaded from its cache), and the writer —
/// the knowledge base's own words, or with Guidance:Provider=OpenAI a language model that falls back to them.
/// </summary>
public static class GuidanceServices
{
    public static IServiceCollection AddGuidance(this IServiceCollection services, IConfiguration configuration)
    {
        var cache = configuration["Guidance:ModelCache"] ?? SituationAnalyzer.DefaultCacheDirectory;
        var analyzer = new Lazy<SituationAnalyzer>(() => SituationAnalyzer.LoadOrTrain(cache));
        services.AddSingleton<ISituationAnalyzer>(_ => analyzer.Value);
        services.AddHostedService(sp => new GuidanceWarmUp(analyzer, sp.GetRequiredService<ILogger<GuidanceWarmUp>>()));
        services.AddSingleton<GuidanceReplyBuilder>();
        services.AddScoped<GuidanceLog>();
        services.AddScoped<IGuidanceLog, QueuedGuidanceLog>();
        services.AddSingleton<ShownGuidanceWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ShownGuidanceWriter>());

        var provider = configuration["Guidance:Provider"] ?? "Offline";
        if (provider.Equals("OpenAI", StringComparison.OrdinalIgnoreCase))
        {
            var budget = TimeSpan.TryParse(configuration["Guidance:Timeout"], System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : ModelWrittenGuidance.DefaultBudget;
            services.AddSingleton(_ => ChatClient(configuration));
            services.AddSingleton<IGuidanceWriter>(sp => new ModelWrittenGuidance(
                sp.GetRequiredService<IChatClient>(), budget, sp.GetRequiredService<GuidanceReplyBuilder>(), sp.GetRequiredService<TimeProvider>()));
        }
        else if (provider.Equals("Offline", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IGuidanceWriter, OfflineGuidanceWriter>();
        }
        else
        {
            throw new InvalidOperationException($"Guidance:Provider must be Offline or OpenAI, not '{provider}'.");
        }
        return services;
    }

    /// <summary>Any OpenAI-compatible endpoint: OpenAI itself, Azure OpenAI's v1 endpoint, or a local Ollama.</summary>
    private static IChatClient ChatClient(IConfiguration configuration)
    {
        var model = configuration["Guidance:Model"] ?? "gpt-4o-mini";
        var key = configuration["Guidance:ApiKey"] is { Length: > 0 } k ? k : "none";
        var options = new OpenAIClientOptions();
        if (configuration["Guidance:Endpoint"] is { Length: > 0 } endpoint) options.Endpoint = new Uri(endpoint);
        return new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(key), options).AsIChatClient();
    }
}
