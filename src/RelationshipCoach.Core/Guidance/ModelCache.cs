using Microsoft.ML;

namespace RelationshipCoach.Core.Guidance;

/// <summary>
/// Keeps the trained model as a zip in a directory, named after a key (pipeline version and corpus fingerprint),
/// so a process starts without training and a changed corpus is retrained rather than served stale.
/// </summary>
internal sealed class ModelCache(string directory, string key)
{
    private const string FilePrefix = "guidance-model-";

    public string ModelPath { get; } = Path.Combine(directory, $"{FilePrefix}{ShortKey(key)}.zip");

    public ITransformer? TryLoad(MLContext ml)
    {
        if (!File.Exists(ModelPath)) return null;
        try
        {
            return ml.Model.Load(ModelPath, out _);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or FormatException or IOException)
        {
            // A truncated or foreign file is not worth failing over: training again takes seconds.
            return null;
        }
    }

    public void Save(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        Directory.CreateDirectory(directory);
        // Written aside and moved into place so a process reading the cache never sees half a model.
        var temporary = Path.Combine(directory, $"{FilePrefix}{Guid.NewGuid():N}.tmp");
        ml.Model.Save(model, inputSchema, temporary);
        File.Move(temporary, ModelPath, overwrite: true);
        foreach (var stale in Directory.EnumerateFiles(directory, $"{FilePrefix}*.zip").Where(f => f != ModelPath))
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
