using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RelationshipCoach.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class TeamsAndDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "digest_charts",
                columns: table => new
                {
                    Token = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Png = table.Column<byte[]>(type: "bytea", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_charts", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "digest_settings",
                columns: table => new
                {
                    LeadId = table.Column<long>(type: "bigint", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    RRule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Anchor = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    NextAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_settings", x => x.LeadId);
                    table.ForeignKey(
                        name: "FK_digest_settings_users_LeadId",
                        column: x => x.LeadId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeadId = table.Column<long>(type: "bigint", nullable: false),
                    RepId = table.Column<long>(type: "bigint", nullable: false),
                    JoinedAt = table.Column<long>(type: "bigint", nullable: false),
                    LeftAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_team_members_users_LeadId",
                        column: x => x.LeadId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_team_members_users_RepId",
                        column: x => x.RepId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_digest_charts_ExpiresAt",
                table: "digest_charts",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_team_members_LeadId_RepId_LeftAt",
                table: "team_members",
                columns: new[] { "LeadId", "RepId", "LeftAt" });

            migrationBuilder.CreateIndex(
                name: "IX_team_members_RepId_LeftAt",
                table: "team_members",
                columns: new[] { "RepId", "LeftAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digest_charts");

            migrationBuilder.DropTable(
                name: "digest_settings");

            migrationBuilder.DropTable(
                name: "team_members");
        }
    }
}
