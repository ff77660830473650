namespace PlanAct.Testing.FakeOpenAI;

/// <summary>Names of the endpoints <see cref="FakeOpenAIServer"/> recognises (see <see cref="RecordedRequest.Endpoint"/>).</summary>
public static class FakeEndpoints
{
    /// <summary><c>POST …/chat/completions</c>.</summary>
    public const string Chat = "chat";

    /// <summary><c>POST …/completions</c> (legacy text completions).</summary>
    public const string Completions = "completions";

    /// <summary><c>GET …/models</c>.</summary>
    public const string Models = "models";

    /// <summary><c>GET …/key</c> or <c>…/auth/key</c> (OpenRouter key info).</summary>
    public const string Key = "key";

    /// <summary>Anything else (answered 404).</summary>
    public const string Other = "other";

    /// <summary>Classifies a request path.</summary>
    public static string Classify(string path)
    {
        var p = path.TrimEnd('/');
        if (p.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            return Chat;
        }

        if (p.EndsWith("/completions", StringComparison.Ordinal))
        {
            return Completions;
        }

        if (p.EndsWith("/models", StringComparison.Ordinal))
        {
            return Models;
        }

        return p.EndsWith("/key", StringComparison.Ordinal) ? Key : Other;
    }
}
