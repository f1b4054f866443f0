using System.CommandLine;
using RelationshipCoach.Teams.Manifest;

namespace RelationshipCoach.Commands;

/// <summary>`teams-package`: writes the Teams app zip (manifest with the bot's app id, icons) to upload in Teams or the Developer Portal.</summary>
public static class TeamsPackageVerb
{
    public static Command Create()
    {
        var appId = new Option<Guid>("--app-id") { Description = "The Azure Bot's Microsoft App Id (Teams:MicrosoftAppId).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the zip, e.g. coach.zip.", Required = true };
        var version = new Option<string?>("--app-version") { Description = "The app's version (semver); raise it on every upload. Default: the manifest's." };
        var command = new Command("teams-package", "Write the Teams app package (manifest.json with the app id, color.png, outline.png) as a zip.")
        {
            appId, output, version,
        };
        command.SetAction(result =>
        {
            var file = result.GetValue(output)!;
            file.Directory?.Create();
            using (var stream = file.Create())
                TeamsAppPackage.Write(stream, result.GetValue(appId), result.GetValue(version));
            Console.WriteLine($"Wrote {file.FullName}.");
            return 0;
        });
        return command;
    }
}
