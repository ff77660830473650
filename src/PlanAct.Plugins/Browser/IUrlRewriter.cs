namespace PlanAct.Plugins.Browser;

/// <summary>
/// Maps between the URLs the browser really visits and the URLs a model sees (WebArena shows
/// <c>http://reddit.com</c> for a local Postmill on some port). Observations show <see cref="ToDisplay"/>;
/// URLs written by the model are mapped with <see cref="ToReal"/> before navigating.
/// </summary>
public interface IUrlRewriter
{
    /// <summary>Maps a real URL to the URL shown to the model.</summary>
    /// <param name="realUrl">The URL the browser is on.</param>
    /// <returns>The URL to show.</returns>
    string ToDisplay(string realUrl);

    /// <summary>Maps a URL written by the model to the URL to visit.</summary>
    /// <param name="displayUrl">The URL the model wrote.</param>
    /// <returns>The URL to visit.</returns>
    string ToReal(string displayUrl);
}
