using System.CommandLine;

namespace RelationshipCoach.Commands;

/// <summary>
/// The executable's verbs. With no verb the service runs and takes the usual ASP.NET Core arguments,
/// which System.CommandLine must not see, so a verb is recognised by its first word alone.
/// </summary>
public static class Verbs
{
    private static RootCommand Root() => new("RelationshipCoach: the coach for client relationships. Without a verb it runs the service.")
    {
        MigrateVerb.Create(),
        WhenVerb.Create(),
        AdviseVerb.Create(),
        TeamsPackageVerb.Create(),
        DigestVerb.Create(),
        DemoDataVerb.Create(),
    };

    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "-?" || Root().Subcommands.Any(c => c.Name == args[0]));

    public static Task<int> RunAsync(string[] args) => Root().Parse(args).InvokeAsync();
}
