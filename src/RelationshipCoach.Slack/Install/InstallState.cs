using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace RelationshipCoach.Slack.Install;

/// <summary>The OAuth state: a random nonce, signed and valid for ten minutes, that the callback checks against the browser's cookie.</summary>
public sealed class InstallState(IDataProtectionProvider protection)
{
    public const string CookieName = "slack_install_nonce";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("RelationshipCoach.Slack.InstallState").ToTimeLimitedDataProtector();

    public (string State, string Nonce) Create()
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (_protector.Protect(nonce, Lifetime), nonce);
    }

    public bool IsValid(string? state, string? cookieNonce)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(cookieNonce)) return false;
        try
        {
            var nonce = _protector.Unprotect(state);
            return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(nonce), System.Text.Encoding.ASCII.GetBytes(cookieNonce));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
