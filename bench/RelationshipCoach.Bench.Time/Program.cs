using System.Diagnostics;
using NodaTime;
using RelationshipCoach.Bench.Time;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

// Usage:
//   dotnet run -c Release --project bench/RelationshipCoach.Bench.Time              throughput and first-call latency
//   dotnet run -c Release --project bench/RelationshipCoach.Bench.Time -- --eval a.tsv [b.tsv ...]   accuracy on case files
//   dotnet run -c Release --project bench/RelationshipCoach.Bench.Time -- --try de 2026-11-24T10:00 "morgen um 3"
if (args.Length >= 1 && args[0] == "--eval") return Evaluate(args[1..]);
if (args.Length == 4 && args[0] == "--try") return Try(args[1], args[2], args[3]);
return Benchmark();

static int Try(string lang, string reference, string text)
{
    Language? language = LanguageCodes.TryParse(lang, out var parsed) ? parsed : null;
    var result = TimeExpressionRecognizer.Instance.Recognize(text, language, CaseFile.Minutes.Parse(reference).Value, DateTimeZone.Utc);
    Console.WriteLine(TimeExpressionJson.ToJson(result));
    Console.WriteLine($"spans: {string.Join(", ", result.Spans.Select(s => $"\"{text.Substring(s.Start, s.Length)}\""))}  remainder: \"{result.Remainder(text)}\"");
    return 0;
}

static int Evaluate(string[] files)
{
    int allRight = 0, allTotal = 0, falseMoments = 0;
    foreach (var file in files)
    {
        var language = CaseFile.LanguageOf(file);
        int right = 0, total = 0;
        foreach (var (reference, text, expected) in CaseFile.Read(file))
        {
            var result = TimeExpressionRecognizer.Instance.Recognize(text, language, reference, DateTimeZone.Utc);
            var actual = result.Kind switch
            {
                TimeExpressionKind.Moment => CaseFile.Minutes.Format(result.Moment!.Value),
                TimeExpressionKind.Recurrence => "RRULE:" + result.Recurrence!.RRule,
                _ => "none",
            };
            total++;
            if (actual == expected) right++;
            else
            {
                if (expected == "none") falseMoments++;
                Console.WriteLine($"  MISS {language.Code()} {CaseFile.Minutes.Format(reference)} \"{text}\": expected {expected}, got {actual}");
            }
        }
        Console.WriteLine($"{Path.GetFileName(file)}: {right}/{total} = {100.0 * right / total:F1}%");
        allRight += right;
        allTotal += total;
    }
    Console.WriteLine($"overall: {allRight}/{allTotal} = {100.0 * allRight / allTotal:F1}%, false positives on time-free text: {falseMoments}");
    return 0;
}

static int Benchmark()
{
    var reference = new LocalDateTime(2026, 11, 24, 10, 0);
    var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    var first = Stopwatch.StartNew();
    var firstResult = TimeExpressionRecognizer.Instance.Recognize("remind me to call Acme tomorrow at 3pm", Language.En, reference, zone);
    first.Stop();
    var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
    Console.WriteLine($"first call after start: {first.Elapsed.TotalMilliseconds:F1} ms ({firstResult.Kind}); process start to first result: {sinceProcessStart.TotalMilliseconds:F0} ms");

    var texts = BenchTexts.All;
    var languages = BenchTexts.Languages;
    for (var k = 0; k < 20_000; k++) TimeExpressionRecognizer.Instance.Recognize(texts[k % texts.Length], languages[k % texts.Length], reference, zone);

    const int n = 200_000;
    var hits = 0;
    var sw = Stopwatch.StartNew();
    for (var k = 0; k < n; k++)
        if (TimeExpressionRecognizer.Instance.Recognize(texts[k % texts.Length], languages[k % texts.Length], reference, zone).Kind != TimeExpressionKind.None) hits++;
    sw.Stop();
    Console.WriteLine($"throughput (one thread, language given): {n / sw.Elapsed.TotalSeconds:N0} texts/s ({hits} of {n} had a time)");

    sw.Restart();
    for (var k = 0; k < n; k++) TimeExpressionRecognizer.Instance.Recognize(texts[k % texts.Length], null, reference, zone);
    sw.Stop();
    Console.WriteLine($"throughput (one thread, language auto):  {n / sw.Elapsed.TotalSeconds:N0} texts/s");
    return 0;
}
