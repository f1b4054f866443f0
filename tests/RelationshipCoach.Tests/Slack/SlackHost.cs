using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Slack;

/// <summary>The real host wired to a fake Slack over loopback HTTP, with a signing secret and a single-workspace bot token.</summary>
public class SlackHost : IAsyncLifetime
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public FakeSlack Slack { get; private set; } = null!;
    public CoachFactory Factory { get; private set; } = null!;
    public SlackSender Sender { get; private set; } = null!;

    protected virtual Dictionary<string, string?> Settings(FakeSlack slack) => new()
    {
        ["Slack:SigningSecret"] = Secret,
        ["Slack:BotToken"] = FakeSlack.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiUrl.ToString(),
    };

    public async Task InitializeAsync()
    {
        Slack = await FakeSlack.StartAsync();
        Factory = CoachFactory.With(Settings(Slack));
        Sender = new SlackSender(Factory.CreateClient(), Secret);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
