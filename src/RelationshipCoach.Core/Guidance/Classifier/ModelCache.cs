namespace RelationshipCoach.Core.Guidance.Classifier;

/// <summary>
/// Keeps the trained model as a file in a directory, named after a key (pipeline version and corpus fingerprint),
/// so a process starts without training and a changed corpus is retrained rather than served stale.
/// </summary>
internal sealed class ModelCache(string directory, string key)
{
    private const string FilePrefix = "guidance-model-";

    public string ModelPath { get; } = Path.Combine(directory, $"{FilePrefix}{ShortKey(key)}.bin");

    public IdeaModel? TryLoad()
    {
        if (!File.Exists(ModelPath)) return null;
        try
        {
            using var file = File.OpenRead(ModelPath);
            return IdeaModel.Read(new BufferedStream(file, 1 << 16));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A truncated or foreign file is not worth failing over: training again takes seconds.
            return null;
        }
    }

    public void Save(IdeaModel model)
    {
        Directory.CreateDirectory(directory);
        // Written aside and moved into place so a process reading the cache never sees half a model.
        var temporary = Path.Combine(directory, $"{FilePrefix}{Guid.NewGuid():N}.tmp");
        using (var file = File.Create(temporary)) model.Write(file);
        File.Move(temporary, ModelPath, overwrite: true);
        // Older models, including the ML.NET zips this cache kept before, are no longer read.
        foreach (var stale in Directory.EnumerateFiles(directory, $"{FilePrefix}*").Where(f => f != ModelPath && !f.EndsWith(".tmp", StringComparison.Ordinal)))
            TryDelete(stale);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Another process may be reading an older model; it is removed on a later save.
        }
    }

    private static string ShortKey(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..16];
}
