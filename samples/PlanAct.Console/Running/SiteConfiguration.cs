using Microsoft.Extensions.Configuration;
using PlanAct.Console.Cli;
using PlanAct.WebArena.Sites;

namespace PlanAct.Console.Running;

/// <summary>Site URLs for task placeholders: <c>PlanAct:WebArena:Sites:&lt;site&gt;</c>, then WA_* / plain environment variables.</summary>
internal static class SiteConfiguration
{
    /// <summary>The configuration section holding site URLs.</summary>
    public const string SectionName = "PlanAct:WebArena:Sites";

    /// <summary>Resolves the site URLs.</summary>
    public static SiteUrls Resolve(IConfiguration configuration, CliContext context)
    {
        var configured = configuration.GetSection(SectionName).GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
        return SiteUrlResolver.Resolve(configured, name => context.Environment.TryGetValue(name, out var v) ? v : null);
    }
}
