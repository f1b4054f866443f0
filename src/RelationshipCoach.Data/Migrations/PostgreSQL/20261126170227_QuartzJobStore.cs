using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelationshipCoach.Data.Migrations.PostgreSQL
{
    /// <summary>Quartz's job store tables, created by the app's own migration so that no one runs DDL by hand.</summary>
    public partial class QuartzJobStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in QuartzSchema.CreateStatements(DatabaseProvider.PostgreSQL)) migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
