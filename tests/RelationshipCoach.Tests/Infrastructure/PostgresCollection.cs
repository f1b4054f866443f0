namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>The tests sharing one PostgreSQL server; they run one after another, which also spares the machine's cores.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
