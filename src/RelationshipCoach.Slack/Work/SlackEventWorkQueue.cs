using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Slack.Work;

/// <summary>
/// The workers that answer stored events, on threads below normal priority: a stored event can wait in the inbox
/// folder, so when requests arrive faster than they can be answered the cores go to acknowledging them first, and
/// the answers catch up as soon as the rush eases. Clicks and form submissions, kept only in memory, stay on the
/// ordinary workers.
/// </summary>
public sealed class SlackEventWorkQueue(IServiceScopeFactory scopes, ILogger<SlackWorkQueue> log) : SlackWorkQueue(scopes, log)
{
    private readonly BackgroundThreads _threads = new("Slack events", Math.Max(4, 2 * Environment.ProcessorCount));

    protected override TaskScheduler Scheduler => _threads;

    public override void Dispose()
    {
        base.Dispose();
        _threads.Dispose();
    }
}
