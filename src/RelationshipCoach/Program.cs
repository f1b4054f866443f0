using RelationshipCoach.Commands;
using RelationshipCoach.Hosting;

NativeHeap.MapLargeBlocksSeparately();
if (Verbs.IsVerb(args)) return await Verbs.RunAsync(args);
await CoachApp.Build(args).RunAsync();
return 0;

/// <summary>The entry point; public so that integration tests can host it.</summary>
public partial class Program;
