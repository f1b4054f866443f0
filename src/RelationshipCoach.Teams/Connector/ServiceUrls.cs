using System.Net;

namespace RelationshipCoach.Teams.Connector;

/// <summary>Which service URLs the bot will talk to at all: HTTPS ones, and plain HTTP only on this machine (the Teams App Test Tool).</summary>
public static class ServiceUrls
{
    public static bool IsAcceptable(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The URL of a connector path, whatever the service URL's trailing slash.</summary>
    public static Uri Combine(string serviceUrl, string path) => new(new Uri(serviceUrl.TrimEnd('/') + "/"), path);
}
