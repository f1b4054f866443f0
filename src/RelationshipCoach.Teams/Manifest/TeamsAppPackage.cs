using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationshipCoach.Teams.Manifest;

/// <summary>The zip Teams admins upload: manifests/teams/manifest.json with the bot's app id filled in, plus its two icons.</summary>
public static class TeamsAppPackage
{
    private const string ResourcePrefix = "TeamsManifest/";
    private static readonly string[] Icons = ["color.png", "outline.png"];

    public static void Write(Stream output, Guid appId, string? version = null)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
            writer.Write(Manifest(appId, version).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        foreach (var icon in Icons)
        {
            using var source = Resource(icon);
            using var target = zip.CreateEntry(icon).Open();
            source.CopyTo(target);
        }
    }

    /// <summary>The app, its bot and its RSC identity are one Entra app here, so one id goes into all three places.</summary>
    public static JsonObject Manifest(Guid appId, string? version = null)
    {
        using var stream = Resource("manifest.json");
        var manifest = JsonNode.Parse(stream)!.AsObject();
        var id = appId.ToString();
        manifest["id"] = id;
        foreach (var bot in manifest["bots"]!.AsArray()) bot!["botId"] = id;
        manifest["webApplicationInfo"]!["id"] = id;
        if (!string.IsNullOrWhiteSpace(version)) manifest["version"] = version;
        return manifest;
    }

    private static Stream Resource(string name) =>
        typeof(TeamsAppPackage).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"The Teams manifest file {name} is not embedded.");
}
