using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Engagements;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Tests.Engagements;

/// <summary>Engagements kept in memory, with the store's version check.</summary>
public sealed class MemoryEngagementStore : IEngagementStore
{
    private readonly Dictionary<long, Engagement> _engagements = [];
    private readonly Dictionary<long, CheckIn> _checkIns = [];

    public IReadOnlyList<CheckIn> CheckIns => _checkIns.Values.OrderBy(c => c.Id).ToList();

    public Task<Engagement> AddAsync(Engagement engagement, CancellationToken ct)
    {
        var stored = engagement with { Id = _engagements.Count + 1 };
        _engagements[stored.Id] = stored;
        return Task.FromResult(stored);
    }

    public Task<Engagement?> GetAsync(long id, CancellationToken ct) => Task.FromResult(_engagements.GetValueOrDefault(id));

    public Task<IReadOnlyList<Engagement>> ListActiveAsync(long ownerId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Engagement>>(_engagements.Values.Where(e => e.OwnerId == ownerId && e.Status == EngagementStatus.Active).ToList());

    public Task<CheckIn?> GetCheckInAsync(long id, CancellationToken ct) => Task.FromResult(_checkIns.GetValueOrDefault(id));

    public Task<CheckIn?> GetOpenCheckInAsync(long engagementId, CancellationToken ct) =>
        Task.FromResult(_checkIns.Values.Where(c => c.EngagementId == engagementId && c.IsOpen).OrderByDescending(c => c.Id).FirstOrDefault());

    public Task<IReadOnlyList<CheckIn>?> TrySaveAsync(Engagement changed, IReadOnlyList<CheckIn> checkIns, CancellationToken ct)
    {
        if (_engagements[changed.Id].Version != changed.Version) return Task.FromResult<IReadOnlyList<CheckIn>?>(null);
        _engagements[changed.Id] = changed with { Version = changed.Version + 1 };
        var stored = checkIns.Select(c => c.Id == 0 ? c with { Id = _checkIns.Count + 1 } : c).ToList();
        foreach (var c in stored) _checkIns[c.Id] = c;
        return Task.FromResult<IReadOnlyList<CheckIn>?>(stored);
    }
}

/// <summary>Remembers each engagement's pending wake-up instead of running a scheduler.</summary>
public sealed class RecordingScheduler : ICheckInScheduler
{
    public Dictionary<long, Instant> Pending { get; } = [];

    public Task ScheduleAsync(long engagementId, Instant dueAt, CancellationToken ct)
    {
        Pending[engagementId] = dueAt;
        return Task.CompletedTask;
    }

    public Task CancelAsync(long engagementId, CancellationToken ct)
    {
        Pending.Remove(engagementId);
        return Task.CompletedTask;
    }
}

/// <summary>Keeps what would have been sent.</summary>
public sealed class RecordingMessenger : IMessenger
{
    public List<Reply> Sent { get; } = [];

    public Task SendAsync(UserRef to, Reply reply, CancellationToken ct)
    {
        Sent.Add(reply);
        return Task.CompletedTask;
    }
}

/// <summary>One rep in Berlin.</summary>
public sealed class OneRep(UserProfile rep) : IUserDirectory
{
    public Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken ct) => Task.FromResult(rep);

    public Task<UserProfile?> FindAsync(long id, CancellationToken ct) => Task.FromResult<UserProfile?>(id == rep.Id ? rep : null);

    public Task SaveAsync(UserProfile profile, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Absences kept in memory, for Core tests that run without a database.</summary>
public sealed class MemoryAbsenceLog : RelationshipCoach.Core.Availability.IAbsenceLog
{
    public List<(long UserId, DateInterval Absence)> Absences { get; } = [];

    public Task<IReadOnlyList<DateInterval>> CurrentAsync(long userId, LocalDate from, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DateInterval>>(Absences.Where(a => a.UserId == userId && a.Absence.End >= from).Select(a => a.Absence).ToList());

    public Task SetAsync(long userId, DateInterval absence, CancellationToken ct)
    {
        Absences.RemoveAll(a => a.UserId == userId && a.Absence.Start <= absence.End && a.Absence.End >= absence.Start);
        Absences.Add((userId, absence));
        return Task.CompletedTask;
    }

    public Task<bool> EndAsync(long userId, LocalDate today, CancellationToken ct) =>
        Task.FromResult(Absences.RemoveAll(a => a.UserId == userId && a.Absence.End >= today) > 0);
}
