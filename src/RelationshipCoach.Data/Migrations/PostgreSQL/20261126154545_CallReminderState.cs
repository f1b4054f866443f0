using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelationshipCoach.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class CallReminderState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotNeededReason",
                table: "calls",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotNeededReason",
                table: "calls");
        }
    }
}
