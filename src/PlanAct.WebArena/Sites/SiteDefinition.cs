namespace PlanAct.WebArena.Sites;

/// <summary>A site a task can name: its key, config placeholder, environment variables and public hostname.</summary>
/// <param name="Key">The site key used in <c>sites</c> (e.g. <c>shopping_admin</c>).</param>
/// <param name="PublicUrl">The public-looking base URL shown to agents instead of the deployment's (e.g. <c>http://onestopmarket.com</c>), or <see langword="null"/>.</param>
public sealed record SiteDefinition(string Key, string? PublicUrl)
{
    /// <summary>The placeholder in configs, e.g. <c>__SHOPPING_ADMIN__</c>.</summary>
    public string Placeholder => "__" + EnvironmentName + "__";

    /// <summary>The original WebArena environment variable, e.g. <c>SHOPPING_ADMIN</c>.</summary>
    public string EnvironmentName => Key.ToUpperInvariant().Replace('.', '_').Replace('-', '_');

    /// <summary>The BrowserGym environment variable, e.g. <c>WA_SHOPPING_ADMIN</c>.</summary>
    public string BrowserGymEnvironmentName => "WA_" + EnvironmentName;
}
