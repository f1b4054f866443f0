using Microsoft.Data.Sqlite;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>A Microsoft.Data.Sqlite connection that applies <see cref="WalSqlite"/> each time it opens; Quartz opens these.</summary>
public sealed class WalSqliteConnection : SqliteConnection
{
    public override void Open()
    {
        base.Open();
        WalSqlite.Apply(this);
    }

    public override async Task OpenAsync(CancellationToken cancellationToken)
    {
        await base.OpenAsync(cancellationToken);
        WalSqlite.Apply(this);
    }
}
