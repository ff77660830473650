using PlanAct.DemoSite;
using PlanAct.WebArena.Suite;

namespace PlanAct.Console.Demo;

/// <summary>Resets the in-process demo site before tasks that change it.</summary>
internal sealed class DemoSiteResetter(DemoSiteServer site) : ISiteResetter
{
    /// <inheritdoc />
    public Task ResetAsync(IReadOnlyList<string> sites, CancellationToken cancellationToken) => site.ResetAsync(cancellationToken);
}
