using System.Text.RegularExpressions;

namespace PlanAct.Agents.Connectors.Http;

/// <summary>Removes API keys and bearer tokens from text before it reaches a log, trace or exception.</summary>
public sealed partial class SecretRedactor
{
    /// <summary>What secrets are replaced with.</summary>
    public const string Mask = "***";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "api-key", "x-api-key", "Cookie", "Set-Cookie",
    };

    private readonly string[] _secrets;

    /// <summary>A redactor that knows no secret values: it hides bearer tokens, <c>api_key=…</c> values and key-like strings.</summary>
    public static SecretRedactor PatternsOnly { get; } = new([]);

    /// <summary>Creates a redactor for the given secret values (empty and very short values are ignored).</summary>
    public SecretRedactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = [.. secrets.Where(s => s is { Length: >= 6 }).Select(s => s!).Distinct().OrderByDescending(s => s.Length)];
    }

    /// <summary>True for headers whose value is always hidden (e.g. <c>Authorization</c>).</summary>
    public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

    /// <summary>
    /// The text with every known secret, bearer token, <c>api_key=…</c>/<c>api-key: …</c> value and OpenAI/OpenRouter-style
    /// <c>sk-…</c> key replaced by <see cref="Mask"/>.
    /// </summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (var s in _secrets)
        {
            text = text.Replace(s, Mask, StringComparison.Ordinal);
        }

        text = Bearer().Replace(text, "Bearer " + Mask);
        text = KeyAssignment().Replace(text, m => m.Groups["prefix"].Value + Mask);
        return KeyLike().Replace(text, Mask);
    }

    /// <summary>A header value as it may be logged.</summary>
    public string HeaderValue(string name, string value) => IsSecretHeader(name) ? Mask : Redact(value);

    [GeneratedRegex(@"Bearer\s+[^\s""',;]+", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?<prefix>api[_-]?key[""'=:\s]+)[^\s""',]+", RegexOptions.IgnoreCase)]
    private static partial Regex KeyAssignment();

    [GeneratedRegex(@"(?i:\bsk-[A-Za-z0-9_\-]{6,})|sk-(or-v1-|proj-|ant-)?[A-Za-z0-9_\-]{16,}")]
    private static partial Regex KeyLike();
}
