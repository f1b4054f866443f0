using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Slack.Install;

/// <summary>Workspace installations in the installation store, encrypted with ASP.NET Core Data Protection so no token is stored in clear.</summary>
public sealed class SlackInstallations(IInstallationStore store, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("RelationshipCoach.Slack.Installation");

    public Task SaveAsync(SlackInstallation installation, CancellationToken ct) =>
        store.SaveAsync(Channels.Slack, installation.TeamId, _protector.Protect(JsonSerializer.Serialize(installation)), ct);

    /// <summary>The installation, or null when there is none or its keys are gone (then the workspace must install again).</summary>
    public async Task<SlackInstallation?> FindAsync(string team, CancellationToken ct)
    {
        var stored = await store.FindAsync(Channels.Slack, team, ct);
        if (stored is null) return null;
        try
        {
            return JsonSerializer.Deserialize<SlackInstallation>(_protector.Unprotect(stored));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
