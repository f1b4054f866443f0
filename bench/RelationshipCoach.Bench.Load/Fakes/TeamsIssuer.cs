using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RelationshipCoach.Bench.Load.Fakes;

/// <summary>The Bot Framework's token issuer, faked: one RSA signing key, its JWKS entry, and channel tokens signed with it.</summary>
public sealed class TeamsIssuer : IDisposable
{
    public const string AppId = "0b7e4c2a-5d1f-4e8b-9a3c-6f2d1e0c9b8a";
    public const string AppPassword = "bench-password";
    public const string Kid = "bench-channel-key";
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA _key = RSA.Create(2048);

    /// <summary>The JWKS document, with the endorsements array the Bot Framework adds.</summary>
    public object Keys()
    {
        var p = _key.ExportParameters(false);
        return new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", kid = Kid, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent), endorsements = new[] { "msteams" } },
            },
        };
    }

    /// <summary>A token as the Bot Connector sends it; Teams reuses one for an hour, so the driver does too.</summary>
    public string ChannelToken(string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = AppId,
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        IssuedAt = DateTime.UtcNow.AddMinutes(-1),
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = Kid }, SecurityAlgorithms.RsaSha256),
    });

    public void Dispose() => _key.Dispose();
}
