using Microsoft.Playwright;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Playground;

/// <summary>The playground page in a real headless Chromium (Debian's), against the host on a real loopback port.</summary>
public sealed class PlaygroundPageTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly CoachFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        _factory.UseKestrel(0);
        _factory.StartServer();
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task A_person_logs_a_call_by_clicking_and_sees_it_under_open_items()
    {
        Assert.True(_browser is not null, $"Chromium is not installed at {Chromium}; .ci/run installs it (apt-get install chromium).");
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_factory.ClientOptions.BaseAddress.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.SelectOptionAsync("[data-testid=user]", "tester7");
        await page.SelectOptionAsync("[data-testid=locale]", "en");

        await page.FillAsync("[data-testid=text]", "help");
        await page.ClickAsync("[data-testid=send]");
        await page.ClickAsync(".reply[data-kind=help] button[data-action-id='call.form']");
        var form = page.Locator(".reply[data-kind='call.form']");
        await form.Locator("[data-input-id=client]").FillAsync("Initech");
        await form.Locator("[data-input-id=topic]").FillAsync("TPS report rollout");
        await form.Locator("button[data-action-id='call.log']").ClickAsync();
        await page.WaitForSelectorAsync(".reply[data-kind='call.logged']");

        await page.FillAsync("[data-testid=text]", "my open items");
        await page.ClickAsync("[data-testid=send]");
        var openItems = page.Locator(".reply[data-kind='open-items']");
        await openItems.WaitForAsync();
        Assert.Contains("Initech · TPS report rollout", await openItems.InnerTextAsync());
    }
}
