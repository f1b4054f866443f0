using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using RelationshipCoach.Teams.Connector;

namespace RelationshipCoach.Teams.Authentication;

/// <summary>The Bot Framework's OpenID metadata and signing keys, fetched on first use and refreshed by the configuration manager.</summary>
public static class OpenIdMetadata
{
    public static ConfigurationManager<OpenIdConnectConfiguration> Create(string metadataUrl, HttpClient http)
    {
        var uri = new Uri(metadataUrl);
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !ServiceUrls.IsLoopback(uri) };
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
    }
}
