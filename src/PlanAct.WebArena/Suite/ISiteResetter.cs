namespace PlanAct.WebArena.Suite;

/// <summary>Resets sites to their initial state before a task that requires it (<c>require_reset</c>).</summary>
public interface ISiteResetter
{
    /// <summary>Resets <paramref name="sites"/>.</summary>
    /// <param name="sites">The site keys to reset.</param>
    /// <param name="cancellationToken">Cancels the reset.</param>
    /// <returns>A task that completes when the reset is done.</returns>
    Task ResetAsync(IReadOnlyList<string> sites, CancellationToken cancellationToken);
}
