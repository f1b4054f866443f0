using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>Applies <see cref="WalSqlite"/> to the connections EF Core opens.</summary>
public sealed class WalSqliteInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => WalSqlite.Apply((SqliteConnection)connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WalSqlite.Apply((SqliteConnection)connection);
        return Task.CompletedTask;
    }
}
