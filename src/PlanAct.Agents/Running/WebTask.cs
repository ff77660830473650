namespace PlanAct.Agents.Running;

/// <summary>A web task for the agents: what to achieve, where to start, and which sites may be visited.</summary>
/// <param name="Id">A stable id used in trajectories and file names (e.g. the WebArena task id).</param>
/// <param name="Intent">The user's request in natural language.</param>
/// <param name="StartUrl">The page the browser opens before the first planner turn.</param>
public sealed record WebTask(string Id, string Intent, string StartUrl)
{
    /// <summary>
    /// Origins (scheme://host[:port]) the agents may navigate to; empty allows any. Shown to the planner; enforced by the
    /// browser session's URL policy (set by <see cref="PlanActRunner.RunWithNewBrowserAsync"/>, or by the caller for its own sessions).
    /// </summary>
    public IReadOnlyList<string> AllowedSites { get; init; } = [];

    /// <summary>Checks the task and throws naming the first invalid field.</summary>
    /// <exception cref="ArgumentException">A field is empty or the start URL is not an absolute http(s) URL.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new ArgumentException("WebTask.Id is empty; give a stable task id.", nameof(Id));
        }

        if (string.IsNullOrWhiteSpace(Intent))
        {
            throw new ArgumentException($"WebTask '{Id}': Intent is empty; give the request to carry out.", nameof(Intent));
        }

        if (!Uri.TryCreate(StartUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"WebTask '{Id}': StartUrl '{StartUrl}' is not an absolute http(s) URL.", nameof(StartUrl));
        }
    }
}
