namespace RelationshipCoach.Core.Delivery;

/// <summary>
/// Keeps what a channel needs per workspace or tenant it is installed in (e.g. a Slack bot token). Values arrive
/// already encrypted by the channel; the store never sees them in clear.
/// </summary>
public interface IInstallationStore
{
    Task SaveAsync(string channel, string tenant, string protectedValue, CancellationToken ct);

    Task<string?> FindAsync(string channel, string tenant, CancellationToken ct);

    Task<bool> DeleteAsync(string channel, string tenant, CancellationToken ct);
}
