using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RelationshipCoach.Data.Stores;

/// <summary>
/// An EF compiled query, compiled once per model: a compiled query only runs against the model it was first used
/// with, and one process can hold contexts of both providers (the tests run SQLite and PostgreSQL hosts side by side).
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(CoachDbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
