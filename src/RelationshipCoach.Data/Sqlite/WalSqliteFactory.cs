using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>Microsoft.Data.Sqlite's provider factory, except that its connections are <see cref="WalSqliteConnection"/>s.</summary>
public sealed class WalSqliteFactory : DbProviderFactory
{
    public static readonly WalSqliteFactory Instance = new();

    public override DbConnection CreateConnection() => new WalSqliteConnection();
    public override DbCommand CreateCommand() => SqliteFactory.Instance.CreateCommand();
    public override DbParameter CreateParameter() => SqliteFactory.Instance.CreateParameter();
    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => SqliteFactory.Instance.CreateConnectionStringBuilder();
}
