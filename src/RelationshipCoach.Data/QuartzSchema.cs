namespace RelationshipCoach.Data;

/// <summary>
/// Quartz's own DDL for its job store, read from the Quartz assembly that runs it, so the app's migrations
/// create exactly the tables the scheduler version in use expects.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "QRTZ_";

    /// <summary>The script's statements; Quartz separates them with "--;;" lines and leaves out the semicolons.</summary>
    public static IReadOnlyList<string> CreateStatements(DatabaseProvider provider)
    {
        var name = provider == DatabaseProvider.PostgreSQL
            ? "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql"
            : "Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql";
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Quartz no longer ships {name}.");
        using var reader = new StreamReader(stream);
        // The script leaves the table prefix as {0} (qualified) and {1} (bare); the app uses Quartz's default prefix.
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix).Replace("{1}", TablePrefix);
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in script.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.Trim() == "--;;") Flush();
            else if (!line.TrimStart().StartsWith("--", StringComparison.Ordinal)) current.Add(line);
        }
        Flush();
        return statements;

        void Flush()
        {
            var statement = string.Join('\n', current).Trim();
            if (statement.Length > 0) statements.Add(statement);
            current.Clear();
        }
    }
}
