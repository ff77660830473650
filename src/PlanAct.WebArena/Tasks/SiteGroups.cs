namespace PlanAct.WebArena.Tasks;

/// <summary>Names of the report groups of published WebArena-Lite tables.</summary>
public static class SiteGroups
{
    /// <summary>The group of tasks that name more than one site.</summary>
    public const string MultiSite = "multi-site";

    /// <summary>The groups in the order of published tables.</summary>
    public static IReadOnlyList<string> Ordered { get; } = ["shopping", "shopping_admin", "gitlab", "reddit", "map", MultiSite];
}
