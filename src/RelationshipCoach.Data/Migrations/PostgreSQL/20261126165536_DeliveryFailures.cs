using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RelationshipCoach.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class DeliveryFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "held_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "FailureReason",
                table: "held_messages",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstFailedAt",
                table: "held_messages",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "failed_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstFailedAt = table.Column<long>(type: "bigint", nullable: false),
                    FailedAt = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_failed_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_failed_deliveries_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_failed_deliveries_FailedAt",
                table: "failed_deliveries",
                column: "FailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_failed_deliveries_UserId",
                table: "failed_deliveries",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "failed_deliveries");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "held_messages");

            migrationBuilder.DropColumn(
                name: "FailureReason",
                table: "held_messages");

            migrationBuilder.DropColumn(
                name: "FirstFailedAt",
                table: "held_messages");
        }
    }
}
