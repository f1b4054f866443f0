using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data;

/// <summary>The app's tables; each database provider has its own subclass so that each keeps its own migrations.</summary>
public abstract class CoachDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<UserRow> Users => Set<UserRow>();
    public DbSet<CallRow> Calls => Set<CallRow>();
    public DbSet<FeedItemRow> FeedItems => Set<FeedItemRow>();
    public DbSet<ProcessedRequestRow> ProcessedRequests => Set<ProcessedRequestRow>();
    public DbSet<ChannelAddressRow> ChannelAddresses => Set<ChannelAddressRow>();
    public DbSet<InstallationRow> Installations => Set<InstallationRow>();
    public DbSet<GuidanceEventRow> GuidanceEvents => Set<GuidanceEventRow>();
    public DbSet<AbsenceRow> Absences => Set<AbsenceRow>();
    public DbSet<HeldMessageRow> HeldMessages => Set<HeldMessageRow>();
    public DbSet<ProactiveSendRow> ProactiveSends => Set<ProactiveSendRow>();
    public DbSet<FailedDeliveryRow> FailedDeliveries => Set<FailedDeliveryRow>();
    public DbSet<EngagementRow> Engagements => Set<EngagementRow>();
    public DbSet<PhaseRow> Phases => Set<PhaseRow>();
    public DbSet<CheckInRow> CheckIns => Set<CheckInRow>();
    public DbSet<TeamMemberRow> TeamMembers => Set<TeamMemberRow>();
    public DbSet<DigestSettingRow> DigestSettings => Set<DigestSettingRow>();
    public DbSet<DigestChartRow> DigestCharts => Set<DigestChartRow>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<UserRow>(e =>
        {
            e.ToTable("users");
            e.HasIndex(u => new { u.Channel, u.Tenant, u.ChannelUserId }).IsUnique();
            e.Property(u => u.Channel).HasMaxLength(32);
            e.Property(u => u.Tenant).HasMaxLength(128);
            e.Property(u => u.ChannelUserId).HasMaxLength(128);
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Email).HasMaxLength(320);
            e.Property(u => u.Role).HasMaxLength(16);
            e.Property(u => u.Language).HasMaxLength(8);
            e.Property(u => u.ChannelLocale).HasMaxLength(32);
            e.Property(u => u.TimeZoneId).HasMaxLength(64);
            e.Property(u => u.WorkingHours).HasMaxLength(64);
            e.Property(u => u.Intensity).HasMaxLength(16);
        });
        model.Entity<HeldMessageRow>(e =>
        {
            e.ToTable("held_messages");
            e.HasOne(h => h.User).WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(h => new { h.UserId, h.HoldUntil });
            e.Property(h => h.Title).HasMaxLength(200);
            e.Property(h => h.FailureReason).HasMaxLength(300);
        });
        model.Entity<FailedDeliveryRow>(e =>
        {
            e.ToTable("failed_deliveries");
            e.HasOne(f => f.User).WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(f => f.FailedAt);
            e.Property(f => f.Kind).HasMaxLength(64);
            e.Property(f => f.Title).HasMaxLength(200);
            e.Property(f => f.Reason).HasMaxLength(300);
        });
        model.Entity<ProactiveSendRow>(e =>
        {
            e.ToTable("proactive_sends");
            e.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.UserId, p.At });
        });
        model.Entity<AbsenceRow>(e =>
        {
            e.ToTable("absences");
            e.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => new { a.UserId, a.LastDay });
            e.Property(a => a.FirstDay).HasMaxLength(10);
            e.Property(a => a.LastDay).HasMaxLength(10);
        });
        model.Entity<CallRow>(e =>
        {
            e.ToTable("calls");
            e.HasOne(c => c.Rep).WithMany().HasForeignKey(c => c.RepId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.RepId, c.Status, c.HeldAt });
            e.Property(c => c.Client).HasMaxLength(200);
            e.Property(c => c.Topic).HasMaxLength(1000);
            e.Property(c => c.Status).HasMaxLength(16);
            e.Property(c => c.Notes).HasMaxLength(4000);
            e.Property(c => c.NotNeededReason).HasMaxLength(1000);
        });
        model.Entity<FeedItemRow>(e =>
        {
            e.ToTable("feed_items");
            e.HasOne(f => f.User).WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(f => new { f.UserId, f.Id });
        });
        model.Entity<ProcessedRequestRow>(e =>
        {
            e.ToTable("processed_requests");
            e.HasKey(p => p.Key);
            e.Property(p => p.Key).HasMaxLength(200);
            e.HasIndex(p => p.At);
        });
        model.Entity<ChannelAddressRow>(e =>
        {
            e.ToTable("channel_addresses");
            e.HasKey(a => a.UserId);
            e.HasOne(a => a.User).WithOne().HasForeignKey<ChannelAddressRow>(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            e.Property(a => a.Address).HasMaxLength(4000);
        });
        model.Entity<GuidanceEventRow>(e =>
        {
            e.ToTable("guidance_events");
            e.HasOne(g => g.User).WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(g => new { g.UserId, g.At });
            e.Property(g => g.IdeaId).HasMaxLength(32);
            e.Property(g => g.Kind).HasMaxLength(16);
        });
        model.Entity<TeamMemberRow>(e =>
        {
            e.ToTable("team_members");
            e.HasOne(m => m.Lead).WithMany().HasForeignKey(m => m.LeadId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.Rep).WithMany().HasForeignKey(m => m.RepId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(m => new { m.LeadId, m.RepId, m.LeftAt });
            e.HasIndex(m => new { m.RepId, m.LeftAt });
        });
        model.Entity<DigestSettingRow>(e =>
        {
            e.ToTable("digest_settings");
            e.HasKey(d => d.LeadId);
            e.HasOne(d => d.Lead).WithOne().HasForeignKey<DigestSettingRow>(d => d.LeadId).OnDelete(DeleteBehavior.Cascade);
            e.Property(d => d.RRule).HasMaxLength(200);
            e.Property(d => d.Anchor).HasMaxLength(32);
        });
        model.Entity<DigestChartRow>(e =>
        {
            e.ToTable("digest_charts");
            e.HasKey(c => c.Token);
            e.Property(c => c.Token).HasMaxLength(32);
            e.HasIndex(c => c.ExpiresAt);
        });
        model.Entity<InstallationRow>(e =>
        {
            e.ToTable("installations");
            e.HasKey(i => new { i.Channel, i.Tenant });
            e.Property(i => i.Channel).HasMaxLength(32);
            e.Property(i => i.Tenant).HasMaxLength(128);
            e.Property(i => i.ProtectedValue).HasMaxLength(8000);
        });
        model.Entity<EngagementRow>(e =>
        {
            e.ToTable("engagements");
            e.HasOne(g => g.Owner).WithMany().HasForeignKey(g => g.OwnerId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(g => g.Phases).WithOne().HasForeignKey(p => p.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(g => new { g.OwnerId, g.Status });
            e.Property(g => g.Client).HasMaxLength(200);
            e.Property(g => g.Name).HasMaxLength(200);
            e.Property(g => g.Level).HasMaxLength(32);
            e.Property(g => g.Goals).HasMaxLength(4000);
            e.Property(g => g.Responsibilities).HasMaxLength(4000);
            e.Property(g => g.Expectations).HasMaxLength(4000);
            e.Property(g => g.Status).HasMaxLength(16);
            e.Property(g => g.ScheduleText).HasMaxLength(400);
            e.Property(g => g.ScheduleRule).HasMaxLength(400);
            e.Property(g => g.ScheduleAnchor).HasMaxLength(32);
            e.Property(g => g.Retrospective).HasMaxLength(4000);
        });
        model.Entity<PhaseRow>(e =>
        {
            e.ToTable("phases");
            e.HasIndex(p => new { p.EngagementId, p.Position }).IsUnique();
            e.Property(p => p.Name).HasMaxLength(100);
            e.Property(p => p.Start).HasMaxLength(10);
            e.Property(p => p.End).HasMaxLength(10);
            e.Property(p => p.Goal).HasMaxLength(1000);
            e.Property(p => p.Status).HasMaxLength(16);
            e.Property(p => p.Health).HasMaxLength(16);
        });
        model.Entity<CheckInRow>(e =>
        {
            e.ToTable("check_ins");
            e.HasOne(c => c.Engagement).WithMany().HasForeignKey(c => c.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.EngagementId, c.State });
            e.Property(c => c.Kind).HasMaxLength(16);
            e.Property(c => c.State).HasMaxLength(16);
            e.Property(c => c.Health).HasMaxLength(16);
            e.Property(c => c.Note).HasMaxLength(4000);
            e.Property(c => c.NextStep).HasMaxLength(4000);
        });
    }
}

/// <summary>The app's tables on SQLite, the default single-instance store.</summary>
public sealed class SqliteCoachDbContext(DbContextOptions<SqliteCoachDbContext> options) : CoachDbContext(options);

/// <summary>The app's tables on PostgreSQL, for several instances behind one URL.</summary>
public sealed class PostgresCoachDbContext(DbContextOptions<PostgresCoachDbContext> options) : CoachDbContext(options);
