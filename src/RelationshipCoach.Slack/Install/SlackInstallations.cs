using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Slack.Install;

/// <summary>Workspace installations in the installation store, encrypted with ASP.NET Core Data Protection so no token is stored in clear.</summary>
public sealed class SlackInstallations(IInstallationStore store, IDataProtectionProvider protection, IMemoryCache recent)
{
    /// <summary>
    /// Every event and command needs its workspace's token: one read and decryption a minute per workspace is enough.
    /// A reinstall here replaces the remembered one at once; one on another instance is seen within the minute.
    /// </summary>
    public static readonly TimeSpan RecentFor = TimeSpan.FromMinutes(1);

    /// <summary>A workspace without an installation (one served by Slack:BotToken) is looked up again this often.</summary>
    public static readonly TimeSpan NotInstalledFor = TimeSpan.FromSeconds(10);

    private readonly IDataProtector _protector = protection.CreateProtector("RelationshipCoach.Slack.Installation");

    public async Task SaveAsync(SlackInstallation installation, CancellationToken ct)
    {
        await store.SaveAsync(Channels.Slack, installation.TeamId, _protector.Protect(JsonSerializer.Serialize(installation)), ct);
        recent.Set(Key(installation.TeamId), installation, RecentFor);
    }

    /// <summary>The installation, or null when there is none or its keys are gone (then the workspace must install again).</summary>
    public async Task<SlackInstallation?> FindAsync(string team, CancellationToken ct)
    {
        if (recent.TryGetValue(Key(team), out SlackInstallation? known)) return known;
        var stored = await store.FindAsync(Channels.Slack, team, ct);
        if (stored is null)
        {
            recent.Set<SlackInstallation?>(Key(team), null, NotInstalledFor);
            return null;
        }
        try
        {
            var installation = JsonSerializer.Deserialize<SlackInstallation>(_protector.Unprotect(stored));
            if (installation is not null) recent.Set(Key(team), installation, RecentFor);
            return installation;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static (string, string) Key(string team) => ("slack-installation", team);
}
